package org.mixroom.revision.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mixroom.project.Capability;
import org.mixroom.project.ProjectAccess;
import org.mixroom.project.ProjectRole;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionStatusChanged;
import org.mixroom.revision.RevisionUploaded;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.ui.LiveUpdates;
import org.mixroom.shared.ui.Notices;
import org.mixroom.shared.ui.PageTool;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * The project page's references: commercial masters uploaded to compare mixes against, outside the album order.
 * Each is compared from a track's page.
 */
@Component
class ReferencesSection implements PageTool {

    private final RevisionService revisions;
    private final ProjectAccess access;
    private final LiveUpdates live;

    ReferencesSection(RevisionService revisions, ProjectAccess access, LiveUpdates live) {
        this.revisions = revisions;
        this.access = access;
        this.live = live;
    }

    @Override
    public Place place() {
        return Place.PROJECT_TRACKS;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(UUID viewer, UUID projectId) {
        return access.roleOf(viewer, projectId).map(role -> new Panel(viewer, projectId, role));
    }

    /** The section on one page, kept live while attached. */
    private final class Panel extends VerticalLayout {
        private final UUID viewer;
        private final UUID projectId;
        private final Grid<RevisionView> grid = new Grid<>();
        private List<Registration> subscriptions = List.of();

        Panel(UUID viewer, UUID projectId, ProjectRole role) {
            this.viewer = viewer;
            this.projectId = projectId;
            setPadding(false);
            grid.addComponentColumn(r -> new Anchor("revisions/" + r.id(), r.fileName())).setHeader("Reference");
            grid.addComponentColumn(StatusBadge::new).setHeader("Analysis").setAutoWidth(true);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel("References");
            add(new H3("References"), new Paragraph("Commercial masters to compare the mixes against (from a track's "
                    + "page): analysed like any revision, and kept out of the album order."), grid);
            if (role.allows(Capability.UPLOAD)) {
                add(new AudioUpload("Upload reference", revisions,
                        (ui, fileName, content) -> revisions.uploadReference(viewer, projectId, fileName, content),
                        stored -> {
                            Notices.done("Reference " + stored.fileName() + " stored; analysis queued.");
                            refresh();
                        }));
            }
            refresh();
        }

        private void refresh() {
            grid.setItems(revisions.references(viewer, projectId));
        }

        @Override
        protected void onAttach(AttachEvent event) {
            subscriptions = List.of(
                    live.subscribe(event.getUI(), RevisionUploaded.class, e -> e.projectId().equals(projectId),
                            this::refresh),
                    live.subscribe(event.getUI(), RevisionStatusChanged.class, e -> e.projectId().equals(projectId),
                            this::refresh));
        }

        @Override
        protected void onDetach(DetachEvent event) {
            subscriptions.forEach(Registration::remove);
        }
    }
}
