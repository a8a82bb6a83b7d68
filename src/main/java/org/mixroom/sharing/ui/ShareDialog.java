package org.mixroom.sharing.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.mixroom.shared.ui.Notices;
import org.mixroom.sharing.CreatedShareLink;
import org.mixroom.sharing.NewShareLink;
import org.mixroom.sharing.ShareLinkView;
import org.mixroom.sharing.ShareLinks;
import org.mixroom.sharing.SharePermission;
import org.mixroom.sharing.SharingAddresses;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Makes a share link for guests (what they may do, until when, an optional password, whether they may download),
 * shows it once to copy, and lists the revision's links with a Revoke button each.
 */
class ShareDialog extends Dialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ShareLinks links;
    private final UUID viewer;
    private final UUID revisionId;
    private final Grid<ShareLinkView> grid = new Grid<>();

    ShareDialog(ShareLinks links, UUID viewer, UUID revisionId) {
        this.links = links;
        this.viewer = viewer;
        this.revisionId = revisionId;
        setHeaderTitle("Share this revision");
        setWidth("52em");

        Select<SharePermission> permission = new Select<>();
        permission.setLabel("Guests may");
        permission.setItems(SharePermission.values());
        permission.setItemLabelGenerator(p -> p == SharePermission.COMMENT ? "Listen and comment" : "Listen");
        permission.setValue(SharePermission.LISTEN);
        DatePicker expires = new DatePicker("Works until");
        expires.setMin(LocalDate.now());
        expires.setHelperText("Empty: 14 days");
        PasswordField password = new PasswordField("Password (optional)");
        Checkbox download = new Checkbox("Allow download");
        LinkField created = new LinkField("Link");
        Button create = new Button("Create link", click -> {
            CreatedShareLink link = Notices.attempt(() -> links.create(viewer, revisionId, new NewShareLink(
                    permission.getValue().name(),
                    expires.getValue() == null ? null
                            : expires.getValue().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                    password.getValue().isEmpty() ? null : password.getValue(), download.getValue())));
            if (link != null) {
                created.show(SharingAddresses.shareLink(VaadinServletRequest.getCurrent().getHttpServletRequest(),
                        link.token()));
                password.clear();
                Notices.done("Share link created.");
                refresh();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(permission, expires, password, download, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(l -> l.permission() == SharePermission.COMMENT ? "Listen and comment" : "Listen")
                .setHeader("Guests may");
        grid.addColumn(l -> TIME.format(l.createdAt()) + " by " + l.createdBy()).setHeader("Created");
        grid.addColumn(l -> TIME.format(l.expiresAt())).setHeader("Works until");
        grid.addColumn(l -> (l.passwordProtected() ? "Password" : "No password")
                + (l.download() ? ", download" : "")).setHeader("Options");
        grid.addColumn(l -> l.state().charAt(0) + l.state().substring(1).toLowerCase()).setHeader("State");
        grid.addComponentColumn(this::revokeButton).setHeader("");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Share links");

        add(form, created, new H3("Links"), grid);
        getFooter().add(new Button("Close", click -> close()));
        refresh();
    }

    private Button revokeButton(ShareLinkView link) {
        Button revoke = new Button("Revoke", click -> {
            if (Notices.attempt(() -> links.revoke(viewer, link.id())) != null) {
                Notices.done("Link revoked: it no longer works.");
                refresh();
            }
        });
        revoke.setAriaLabel("Revoke link created " + TIME.format(link.createdAt()) + " by " + link.createdBy());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setVisible("ACTIVE".equals(link.state()));
        return revoke;
    }

    private void refresh() {
        grid.setItems(links.list(viewer, revisionId));
    }
}
