package org.mixroom.comparison.ui;

import java.util.List;
import java.util.UUID;

import org.mixroom.comparison.ComparisonService;
import org.mixroom.comparison.MeasureComparison;
import org.mixroom.project.ProjectService;
import org.mixroom.project.TrackView;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.web.MixroomException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /compare?a={revisionId}&b={revisionId}}: two revisions of one project (two mixes of a track, or a mix and
 * a reference) in the A/B player. Someone who may not see either gets the plain not-found page.
 */
@Route("compare")
@PermitAll
class ComparePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ComparisonService comparisons;
    private final RevisionService revisions;
    private final ProjectService projects;
    private final MeasureComparison measures;
    private final UUID viewer = CurrentUser.require().id();
    private String title = "Compare · Mixroom";

    ComparePage(ComparisonService comparisons, RevisionService revisions, ProjectService projects,
            MeasureComparison measures) {
        this.comparisons = comparisons;
        this.revisions = revisions;
        this.projects = projects;
        this.measures = measures;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<String> a = event.getLocation().getQueryParameters().getParameters().getOrDefault("a", List.of());
        List<String> b = event.getLocation().getQueryParameters().getParameters().getOrDefault("b", List.of());
        UUID first;
        UUID second;
        try {
            first = UUID.fromString(a.getFirst());
            second = UUID.fromString(b.getFirst());
        } catch (RuntimeException e) {
            event.rerouteToError(NotFoundException.class, "Give two revisions to compare.");
            return;
        }
        UUID project;
        try {
            project = comparisons.requireSameProject(viewer, first, second);
        } catch (MixroomException e) {
            if (e.kind() == MixroomException.Kind.NOT_FOUND) {
                event.rerouteToError(NotFoundException.class, "No such revision.");
            } else {
                add(new H2("Cannot compare these"), new Paragraph(e.getMessage()), new Anchor("", "Back to your projects"));
            }
            return;
        }
        String labelA = label(revisions.get(viewer, first));
        String labelB = label(revisions.get(viewer, second));
        title = labelA + " vs " + labelB + " · Mixroom";
        AbPlayer player = new AbPlayer();
        player.setSides(first, labelA, second, labelB);
        player.setWidthFull();
        add(new Anchor("projects/" + project, "← Back to the project"), new H2("Compare"), player,
                new Anchor("streaming-presets", "Streaming presets"), charts(first, second));
    }

    /** The spectra and the table of measures, A against B, once both are analysed. */
    private com.vaadin.flow.component.Component charts(UUID first, UUID second) {
        ComparisonCharts charts = new ComparisonCharts(measures);
        try {
            charts.show(first, "A", second, "B");
            return charts;
        } catch (MixroomException e) {
            return new Paragraph("The spectra and the table of measures appear once both sides are analysed: "
                    + e.getMessage());
        }
    }

    private String label(RevisionView revision) {
        TrackView track = projects.track(viewer, revision.trackId());
        return track.reference() ? "Reference " + track.title() : track.title() + " · revision " + revision.number();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
