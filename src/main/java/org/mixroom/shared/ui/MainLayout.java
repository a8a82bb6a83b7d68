package org.mixroom.shared.ui;

import org.mixroom.shared.security.MixroomUser;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in page: the name, a link to the projects, the features' {@link TopBarItem}s
 * (such as the notifications bell), who is signed in, and sign-out.
 *
 * <p>The production bundle loads the web components it finds from the layout's and pages' classes with them;
 * top-bar items are beans found only at run time, so the components the bell uses are named here.
 */
@Layout
@Uses(Popover.class)
@Uses(Icon.class)
@Uses(EmailField.class)
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, ObjectProvider<TopBarItem> items) {
        H1 title = new H1(new Anchor("", "Mixroom"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        Anchor projects = new Anchor("", "Projects");
        HorizontalLayout bar = new HorizontalLayout(title, projects);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        authentication.getAuthenticatedUser(MixroomUser.class).ifPresent(user -> {
            Span who = new Span("Signed in as " + user.displayName() + " (" + user.getUsername() + ").");
            who.getStyle().set("margin-left", "auto");
            bar.add(who);
            items.orderedStream().forEach(item -> bar.add(item.create(user)));
            bar.add(new Button("Sign out", click -> authentication.logout()));
        });
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
        setDrawerOpened(false);
    }
}
