package org.mixroom.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The start page. */
@Route("")
@PageTitle("Mixroom")
class HomeView extends VerticalLayout {

    HomeView() {
        add(
                new H1("Mixroom"),
                new Paragraph("Review mixes and masters: revisions, exact loudness analysis, "
                        + "timestamped comments, A/B comparison and approval, on your own server."));
    }
}
