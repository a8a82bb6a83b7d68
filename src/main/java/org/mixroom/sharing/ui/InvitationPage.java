package org.mixroom.sharing.ui;

import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.Notices;
import org.mixroom.shared.web.MixroomException;
import org.mixroom.sharing.InvitationDetails;
import org.mixroom.sharing.Invitations;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /invitations/{token}}: opening an invitation link joins the signed-in person to the project and takes
 * them there. Someone signed out signs in first and the login brings them back here. A used or expired
 * invitation shows one plain sentence.
 */
@Route("invitations")
@PageTitle("Invitation · Mixroom")
@PermitAll
class InvitationPage extends VerticalLayout implements HasUrlParameter<String> {

    private final Invitations invitations;

    InvitationPage(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        try {
            InvitationDetails joined = invitations.accept(CurrentUser.require().id(), token);
            Notices.done("You joined " + joined.projectName() + " as " + joined.role().name().toLowerCase() + ".");
            event.forwardTo("projects/" + joined.projectId());
        } catch (MixroomException e) {
            removeAll();
            add(new H2("Invitation not available"), new Paragraph(e.getMessage()),
                    new Anchor("", "Back to your projects"));
        }
    }
}
