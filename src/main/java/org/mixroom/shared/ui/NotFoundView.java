package org.mixroom.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer for an address that names nothing, or something in a project the user is not a member of: the
 * two look the same, so the page does not tell whether a project exists.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H2("Not found"),
                new Paragraph("There is nothing at this address, or it belongs to a project you are not a member of."),
                new Anchor("", "Back to your projects"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
