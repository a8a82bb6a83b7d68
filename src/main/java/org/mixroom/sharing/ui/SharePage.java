package org.mixroom.sharing.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mixroom.review.CommentPosted;
import org.mixroom.review.CommentReopened;
import org.mixroom.review.CommentResolved;
import org.mixroom.review.ReplyPosted;
import org.mixroom.shared.ui.LiveUpdates;
import org.mixroom.shared.ui.Timestamps;
import org.mixroom.shared.ui.Waveform;
import org.mixroom.shared.web.MixroomException;
import org.mixroom.sharing.GuestComment;
import org.mixroom.sharing.GuestLink;
import org.mixroom.sharing.GuestLinks;
import org.mixroom.sharing.GuestRevision;
import org.mixroom.sharing.UnlockedLinks;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

/**
 * {@code /share/{token}}: what a guest without an account sees through a share link, without signing in: the
 * track's title, the player, the comments (kept live), a comment form only if the link allows comments, and a
 * download only if it allows that. A link with a password asks for it first and the session remembers it. A
 * link that does not work shows one plain sentence.
 */
@Route(value = "share", autoLayout = false)
@AnonymousAllowed
class SharePage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final GuestLinks guests;
    private final LiveUpdates live;
    private final VerticalLayout list = new VerticalLayout();
    private final Waveform waveform = new Waveform();
    private String token;
    private GuestLink link;
    private GuestCommentForm form;
    private String title = "Shared mix · Mixroom";
    private List<Registration> subscriptions = List.of();

    SharePage(GuestLinks guests, LiveUpdates live) {
        this.guests = guests;
        this.live = live;
        setMaxWidth("70em");
        list.setPadding(false);
        waveform.setWidthFull();
        waveform.getElement().setAttribute("aria-label", "Waveform: space plays or pauses, arrows seek 5 s");
        waveform.addRegionSelectedListener(e -> {
            if (form != null) {
                form.anchor(e.start(), e.end());
            }
        });
        waveform.addCommentRequestedListener(e -> {
            if (form != null) {
                form.anchor(e.start(), e.end());
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        show();
    }

    private void show() {
        removeAll();
        link = null;
        try {
            link = guests.open(token, null, unlocked());
            showRevision(guests.revision(link));
        } catch (MixroomException e) {
            if (e.kind() == MixroomException.Kind.FORBIDDEN) {
                askForPassword(null);
            } else {
                showNotWorking(e.getMessage());
            }
        }
    }

    private void askForPassword(String error) {
        removeAll();
        PasswordField password = new PasswordField("Password");
        if (error != null) {
            password.setInvalid(true);
            password.setErrorMessage(error);
        }
        Button open = new Button("Open", click -> {
            try {
                GuestLink opened = guests.open(token, password.getValue(), Set.of());
                WrappedSession session = VaadinSession.getCurrent().getSession();
                UnlockedLinks.add(session.getAttribute(UnlockedLinks.ATTRIBUTE), opened.linkId(),
                        ids -> session.setAttribute(UnlockedLinks.ATTRIBUTE, ids));
                show();
            } catch (MixroomException e) {
                if (e.kind() == MixroomException.Kind.NOT_FOUND) {
                    showNotWorking(e.getMessage());
                } else {
                    askForPassword(e.getMessage());
                }
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickShortcut(Key.ENTER).listenOn(password);
        add(new H1("Mixroom"), new Paragraph("This link is protected by a password."), password, open);
        password.focus();
    }

    private void showNotWorking(String message) {
        removeAll();
        title = "Link not available · Mixroom";
        add(new H1("Mixroom"), new Paragraph(message));
    }

    private void showRevision(GuestRevision revision) {
        String heading = revision.trackTitle() + " · revision " + revision.revisionNumber();
        title = heading + " · Mixroom";
        add(new H1("Mixroom"), new H2(heading));
        boolean ready = revision.ready() && revision.durationSeconds() != null && revision.durationSeconds() > 0;
        if (ready) {
            waveform.setSource("api/share/" + token + "/audio", "api/share/" + token + "/peaks",
                    revision.durationSeconds());
            Button play = new Button("Play/Pause", click -> waveform.playPause());
            play.setAriaLabel("Play or pause");
            HorizontalLayout transport = new HorizontalLayout(play);
            if (revision.download()) {
                Anchor download = new Anchor("api/share/" + token + "/audio?download=true", "Download");
                download.getElement().setAttribute("download", true);
                download.setRouterIgnore(true);
                transport.add(download);
            }
            add(waveform, transport);
        } else {
            add(new Paragraph("The player is being prepared; open the link again in a minute."));
        }
        if (link.mayComment()) {
            form = new GuestCommentForm(guests, token, this::unlocked, this::refreshComments);
            add(form);
        } else {
            form = null;
        }
        add(new H3("Comments"), list);
        refreshComments();
    }

    private void refreshComments() {
        List<GuestComment> comments;
        try {
            comments = guests.comments(guests.open(token, null, unlocked()));
        } catch (MixroomException e) {
            show();
            return;
        }
        list.removeAll();
        for (GuestComment c : comments) {
            list.add(new GuestCommentCard(c, waveform::seek));
        }
        if (comments.isEmpty()) {
            list.add(new Paragraph("No comments yet."));
        }
        waveform.setMarkers(comments.stream()
                .map(c -> new Waveform.Marker(c.id().toString(), c.startSeconds(), c.endSeconds(), c.author()))
                .toList());
    }

    private Set<UUID> unlocked() {
        return UnlockedLinks.in(VaadinSession.getCurrent().getSession().getAttribute(UnlockedLinks.ATTRIBUTE));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscriptions = List.of(
                live.subscribe(ui, CommentPosted.class, e -> isShown(e.revisionId()), this::refreshComments),
                live.subscribe(ui, ReplyPosted.class, e -> isShown(e.revisionId()), this::refreshComments),
                live.subscribe(ui, CommentResolved.class, e -> isShown(e.revisionId()), this::refreshComments),
                live.subscribe(ui, CommentReopened.class, e -> isShown(e.revisionId()), this::refreshComments));
    }

    private boolean isShown(UUID revisionId) {
        return link != null && link.revisionId().equals(revisionId);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Registration::remove);
    }
}
