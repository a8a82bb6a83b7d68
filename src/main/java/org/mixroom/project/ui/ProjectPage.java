package org.mixroom.project.ui;

import java.util.List;
import java.util.UUID;

import org.mixroom.project.Capability;
import org.mixroom.project.MemberAdded;
import org.mixroom.project.ProjectDetails;
import org.mixroom.project.ProjectRole;
import org.mixroom.project.ProjectService;
import org.mixroom.project.TrackAdded;
import org.mixroom.project.TrackView;
import org.mixroom.project.TracksReordered;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.LiveUpdates;
import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/** {@code /projects/{id}}: the tracks in album order (reordered by drag or by keyboard) and the members. */
@Route("projects")
@PermitAll
class ProjectPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ProjectService projects;
    private final LiveUpdates live;
    private final UUID viewer = CurrentUser.require().id();
    private final H2 heading = new H2();
    /** Every track's latest revision side by side: the album's consistency at a glance. */
    private final Anchor album = new Anchor("", "Album view");
    private final Grid<TrackView> tracks = new Grid<>();
    private final Grid<org.mixroom.project.MemberView> members = new Grid<>();
    private final HorizontalLayout addTrack = new HorizontalLayout();
    private final HorizontalLayout addMember = new HorizontalLayout();
    private UUID projectId;
    private String title = "Project";
    private TrackView dragged;
    private List<Registration> subscriptions = List.of();

    ProjectPage(ProjectService projects, LiveUpdates live) {
        this.projects = projects;
        this.live = live;
        tracks.addColumn(t -> t.position() + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
        tracks.addComponentColumn(t -> new Anchor("tracks/" + t.id(), t.title())).setHeader("Track");
        tracks.addComponentColumn(this::moveButtons).setHeader("Order");
        tracks.setAllRowsVisible(true);
        tracks.setAriaLabel("Tracks");
        tracks.addDragStartListener(e -> dragged = e.getDraggedItems().getFirst());
        tracks.addDragEndListener(e -> dragged = null);
        tracks.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && !dragged.equals(target)) {
                int position = target.position();
                if (e.getDropLocation() == GridDropLocation.BELOW && position < dragged.position()) {
                    position++;
                } else if (e.getDropLocation() == GridDropLocation.ABOVE && position > dragged.position()) {
                    position--;
                }
                move(dragged, position);
            }
        }));

        TextField trackTitle = new TextField("Track title");
        trackTitle.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        Button add = new Button("Add track", click -> {
            TrackView added = Notices.attempt(() -> projects.addTrack(viewer, projectId, trackTitle.getValue()));
            if (added != null) {
                trackTitle.clear();
                Notices.done("Track " + added.title() + " added.");
                refresh();
            }
        });
        add.addClickShortcut(Key.ENTER).listenOn(trackTitle);
        addTrack.add(trackTitle, add);
        addTrack.setAlignItems(FlexComponent.Alignment.BASELINE);

        members.addColumn(org.mixroom.project.MemberView::username).setHeader("Member");
        members.addColumn(org.mixroom.project.MemberView::displayName).setHeader("Name");
        members.addColumn(m -> m.role().name().toLowerCase()).setHeader("Role");
        members.setAllRowsVisible(true);
        members.setAriaLabel("Members");
        TextField username = new TextField("Username");
        Select<ProjectRole> role = new Select<>();
        role.setLabel("Role");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(r -> r.name().toLowerCase());
        role.setValue(ProjectRole.ENGINEER);
        Button addPerson = new Button("Add member", click -> {
            var added = Notices.attempt(() -> projects.addMember(viewer, projectId, username.getValue(),
                    role.getValue().name()));
            if (added != null) {
                username.clear();
                Notices.done(added.username() + " is now " + added.role().name().toLowerCase() + ".");
                refresh();
            }
        });
        addMember.add(username, role, addPerson);
        addMember.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(heading, new H3("Tracks"), album, tracks, addTrack, new H3("Members"), members, addMember);
    }

    private HorizontalLayout moveButtons(TrackView track) {
        Button up = new Button("Up", click -> move(track, track.position() - 1));
        up.setAriaLabel("Move " + track.title() + " up");
        up.setEnabled(track.position() > 0);
        Button down = new Button("Down", click -> move(track, track.position() + 1));
        down.setAriaLabel("Move " + track.title() + " down");
        down.setEnabled(track.position() < tracks.getListDataView().getItemCount() - 1);
        for (Button b : List.of(up, down)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(up, down);
    }

    private void move(TrackView track, int position) {
        if (Notices.attempt(() -> projects.moveTrack(viewer, track.id(), position)) != null) {
            Notices.done(track.title() + " is now track " + (position + 1) + ".");
            refresh();
        }
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            projectId = UUID.fromString(parameter);
            refresh();
        } catch (RuntimeException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such project.");
        }
    }

    private void refresh() {
        ProjectDetails project = projects.get(viewer, projectId);
        title = project.name() + " · Mixroom";
        heading.setText(project.name());
        album.setHref("projects/" + projectId + "/album");
        tracks.setItems(project.tracks());
        members.setItems(project.members());
        addTrack.setVisible(project.role().allows(Capability.EDIT_TRACKS));
        tracks.setRowsDraggable(project.role().allows(Capability.EDIT_TRACKS));
        tracks.setDropMode(project.role().allows(Capability.EDIT_TRACKS) ? GridDropMode.BETWEEN : null);
        addMember.setVisible(project.role().allows(Capability.MANAGE_MEMBERS));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscriptions = List.of(
                live.subscribe(event.getUI(), TrackAdded.class, e -> e.projectId().equals(projectId), this::refresh),
                live.subscribe(event.getUI(), TracksReordered.class, e -> e.projectId().equals(projectId),
                        this::refresh),
                live.subscribe(event.getUI(), MemberAdded.class, e -> e.projectId().equals(projectId), this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Registration::remove);
    }
}
