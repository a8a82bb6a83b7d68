package org.mixroom.project.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mixroom.project.AuditRecorded;
import org.mixroom.project.AuditView;
import org.mixroom.project.Capability;
import org.mixroom.project.MemberAdded;
import org.mixroom.project.MemberRemoved;
import org.mixroom.project.MemberView;
import org.mixroom.project.ProjectAudit;
import org.mixroom.project.ProjectDetails;
import org.mixroom.project.ProjectRole;
import org.mixroom.project.ProjectService;
import org.mixroom.project.TrackAdded;
import org.mixroom.project.TrackStateChanged;
import org.mixroom.project.TrackStatus;
import org.mixroom.project.TrackStatuses;
import org.mixroom.project.TrackView;
import org.mixroom.project.TracksReordered;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.LiveUpdates;
import org.mixroom.shared.ui.Notices;
import org.mixroom.shared.ui.PageTool;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.html.Span;
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

/**
 * {@code /projects/{id}}: the tracks in album order with their state (reordered by drag or by keyboard), the
 * members, and the project's history, all kept live.
 */
@Route("projects")
@PermitAll
class ProjectPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ProjectService projects;
    private final TrackStatuses statuses;
    private final ProjectAudit audit;
    private final LiveUpdates live;
    private final ObjectProvider<PageTool> tools;
    private final VerticalLayout trackTools = new VerticalLayout();
    private final VerticalLayout memberTools = new VerticalLayout();
    private final UUID viewer = CurrentUser.require().id();
    private final H2 heading = new H2();
    /** Every track's latest revision side by side: the album's consistency at a glance. */
    private final Anchor album = new Anchor("", "Album view");
    private final Grid<TrackView> tracks = new Grid<>();
    private final Grid<MemberView> members = new Grid<>();
    private final Grid<AuditView> history = new Grid<>();
    private Map<UUID, TrackStatus> states = Map.of();
    private final HorizontalLayout addTrack = new HorizontalLayout();
    private final HorizontalLayout addMember = new HorizontalLayout();
    private UUID projectId;
    private boolean managesMembers;
    private String title = "Project";
    private TrackView dragged;
    private List<Registration> subscriptions = List.of();

    ProjectPage(ProjectService projects, TrackStatuses statuses, ProjectAudit audit, LiveUpdates live,
            ObjectProvider<PageTool> tools) {
        this.projects = projects;
        this.statuses = statuses;
        this.audit = audit;
        this.live = live;
        this.tools = tools;
        trackTools.setPadding(false);
        memberTools.setPadding(false);
        tracks.addColumn(t -> t.position() + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
        tracks.addComponentColumn(t -> new Anchor("tracks/" + t.id(), t.title())).setHeader("Track");
        tracks.addComponentColumn(this::stateBadge).setHeader("State").setAutoWidth(true);
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

        members.addColumn(MemberView::username).setHeader("Member");
        members.addColumn(MemberView::displayName).setHeader("Name");
        members.addComponentColumn(this::roleCell).setHeader("Role");
        members.addComponentColumn(this::removeButton).setHeader("");
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

        history.addColumn(e -> TIME.format(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AuditView::summary).setHeader("What");
        history.setHeight("18em");
        history.setAriaLabel("History");

        add(heading, new H3("Tracks"), album, tracks, addTrack, trackTools, new H3("Members"), members, addMember,
                memberTools, new H3("History"), history);
    }

    private Span stateBadge(TrackView track) {
        TrackStatus status = states.getOrDefault(track.id(), TrackStatus.IN_PROGRESS);
        // The state alone would hide that an approval stopped counting; say so on the badge itself.
        String text = status.approvalWarning() == null ? status.state().label()
                : status.state().label() + " — approval no longer valid";
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", switch (status.state()) {
            case APPROVED -> "badge success";
            case CHANGES_REQUESTED -> "badge error";
            case AWAITING_APPROVAL -> "badge contrast";
            case IN_PROGRESS -> "badge";
        });
        badge.getElement().setAttribute("role", "status");
        badge.getElement().setAttribute("aria-label", track.title() + ": " + text);
        if (status.approvalWarning() != null) {
            badge.setTitle(status.approvalWarning());
        }
        return badge;
    }

    /** The member's role: a choice for those who manage members, else plain text. */
    private Component roleCell(MemberView member) {
        if (!managesMembers) {
            return new Span(member.role().name().toLowerCase());
        }
        Select<ProjectRole> role = new Select<>();
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(r -> r.name().toLowerCase());
        role.setValue(member.role());
        role.setAriaLabel("Role of " + member.username());
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                MemberView changed = Notices.attempt(
                        () -> projects.changeRole(viewer, projectId, member.userId(), e.getValue().name()));
                if (changed != null) {
                    Notices.done(changed.username() + " is now " + changed.role().name().toLowerCase() + ".");
                }
                refresh();
            }
        });
        return role;
    }

    private Component removeButton(MemberView member) {
        Button remove = new Button("Remove", click -> {
            if (Notices.attempt(() -> {
                projects.removeMember(viewer, projectId, member.userId());
                return member;
            }) != null) {
                Notices.done(member.username() + " is no longer a member.");
                refreshOrLeave();
            }
        });
        remove.setAriaLabel("Remove " + member.username());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(managesMembers);
        return remove;
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
            fill(trackTools, PageTool.Place.PROJECT_TRACKS);
            fill(memberTools, PageTool.Place.PROJECT_MEMBERS);
        } catch (RuntimeException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such project.");
        }
    }

    private void fill(VerticalLayout slot, PageTool.Place place) {
        slot.removeAll();
        tools.orderedStream().filter(tool -> tool.place() == place)
                .forEach(tool -> tool.create(viewer, projectId).ifPresent(slot::add));
    }

    private void refresh() {
        ProjectDetails project = projects.get(viewer, projectId);
        managesMembers = project.role().allows(Capability.MANAGE_MEMBERS);
        title = project.name() + " · Mixroom";
        heading.setText(project.name());
        states = statuses.of(project.tracks().stream().map(TrackView::id).toList());
        album.setHref("projects/" + projectId + "/album");
        tracks.setItems(project.tracks());
        members.setItems(project.members());
        history.setItems(audit.list(viewer, projectId));
        addTrack.setVisible(project.role().allows(Capability.EDIT_TRACKS));
        tracks.setRowsDraggable(project.role().allows(Capability.EDIT_TRACKS));
        tracks.setDropMode(project.role().allows(Capability.EDIT_TRACKS) ? GridDropMode.BETWEEN : null);
        addMember.setVisible(project.role().allows(Capability.MANAGE_MEMBERS));
    }

    /** A member who was removed sees the project vanish, as for anyone who is not a member. */
    private void refreshOrLeave() {
        try {
            refresh();
        } catch (RuntimeException e) {
            getUI().ifPresent(ui -> ui.navigate(""));
        }
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
                live.subscribe(event.getUI(), MemberAdded.class, e -> e.projectId().equals(projectId), this::refresh),
                live.subscribe(event.getUI(), TrackStateChanged.class, e -> e.projectId().equals(projectId),
                        this::refresh),
                live.subscribe(event.getUI(), AuditRecorded.class, e -> e.projectId().equals(projectId),
                        this::refresh),
                live.subscribe(event.getUI(), MemberRemoved.class, e -> e.projectId().equals(projectId),
                        this::refreshOrLeave));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Registration::remove);
    }
}
