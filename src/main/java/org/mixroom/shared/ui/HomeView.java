package org.mixroom.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.mixroom.shared.security.MixroomUser;

/** The start page, for signed-in users. */
@Route("")
@PageTitle("Mixroom")
@PermitAll
class HomeView extends VerticalLayout {

    HomeView(AuthenticationContext authentication) {
        add(
                new H1("Mixroom"),
                new Paragraph("Review mixes and masters: revisions, exact loudness analysis, "
                        + "timestamped comments, A/B comparison and approval, on your own server."));
        authentication.getAuthenticatedUser(MixroomUser.class).ifPresent(user -> add(
                new Paragraph("Signed in as " + user.displayName() + " (" + user.getUsername() + ")."),
                new Button("Sign out", click -> authentication.logout())));
    }
}
