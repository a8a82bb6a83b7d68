package org.mixroom.sharing.ui;

import java.util.Optional;
import java.util.UUID;

import org.mixroom.project.ProjectRole;
import org.mixroom.shared.ui.Notices;
import org.mixroom.shared.ui.PageTool;
import org.mixroom.sharing.CreatedInvitation;
import org.mixroom.sharing.Invitations;
import org.mixroom.sharing.SharingAddresses;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinServletRequest;

/** Below a project's members, for those who manage them: a one-time invitation link with a chosen role. */
@Component
class InviteTool implements PageTool {

    private final Invitations invitations;

    InviteTool(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public Place place() {
        return Place.PROJECT_MEMBERS;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(UUID viewer, UUID projectId) {
        if (!invitations.mayInvite(viewer, projectId)) {
            return Optional.empty();
        }
        Select<ProjectRole> role = new Select<>();
        role.setLabel("Invite as");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(r -> r.name().toLowerCase());
        role.setValue(ProjectRole.ENGINEER);
        LinkField link = new LinkField("Invitation link");
        Button create = new Button("Create invitation link", click -> {
            CreatedInvitation created = Notices.attempt(
                    () -> invitations.create(viewer, projectId, role.getValue().name()));
            if (created != null) {
                link.show(SharingAddresses.invitation(VaadinServletRequest.getCurrent().getHttpServletRequest(),
                        created.token()));
                Notices.done("Invitation link created; it works once, for 7 days.");
            }
        });
        HorizontalLayout form = new HorizontalLayout(role, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout tool = new VerticalLayout(form, link);
        tool.setPadding(false);
        return Optional.of(tool);
    }
}
