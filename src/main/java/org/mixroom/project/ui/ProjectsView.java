package org.mixroom.project.ui;

import java.util.UUID;

import org.mixroom.project.ProjectService;
import org.mixroom.project.ProjectView;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The start page: the projects the signed-in user is a member of, and a way to start a new one. */
@Route("")
@PageTitle("Mixroom")
@PermitAll
class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    private final UUID viewer = CurrentUser.require().id();
    private final Grid<ProjectView> grid = new Grid<>();

    ProjectsView(ProjectService projects) {
        this.projects = projects;
        grid.addComponentColumn(p -> new Anchor("projects/" + p.id(), p.name())).setHeader("Project");
        grid.addColumn(p -> p.role().name().toLowerCase()).setHeader("Your role");
        grid.addColumn(ProjectView::createdBy).setHeader("Created by");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Projects");
        Button create = new Button("New project", click -> openNewProjectDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Projects"), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(projects.list(viewer));
    }

    private void openNewProjectDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New project");
        TextField name = new TextField("Project name");
        name.setPlaceholder("Album, EP or single");
        name.setWidth("20em");
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        Button save = new Button("Create project", click -> {
            ProjectView created = Notices.attempt(() -> projects.create(viewer, name.getValue()));
            if (created != null) {
                dialog.close();
                Notices.done("Project " + created.name() + " created.");
                getUI().ifPresent(ui -> ui.navigate("projects/" + created.id()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }
}
