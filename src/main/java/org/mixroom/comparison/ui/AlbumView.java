package org.mixroom.comparison.ui;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.mixroom.analysis.ReportMeasures;
import org.mixroom.comparison.AlbumConsistency;
import org.mixroom.comparison.AlbumService;
import org.mixroom.comparison.AlbumTrack;
import org.mixroom.project.ProjectService;
import org.mixroom.shared.security.CurrentUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /projects/{id}/album}: every track's album revision side by side in album order, so the album's
 * consistency shows at a glance. Outliers and delivery warnings are written out in words in the last column.
 */
@Route("projects/:projectId/album")
@PermitAll
class AlbumView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ProjectService projects;
    private final AlbumService album;
    private final UUID viewer = CurrentUser.require().id();
    private final Anchor back = new Anchor();
    private final H2 heading = new H2();
    private final Div notes = new Div();
    private final Grid<AlbumTrack> tracks = new Grid<>();
    private String title = "Album view · Mixroom";

    AlbumView(ProjectService projects, AlbumService album) {
        this.projects = projects;
        this.album = album;
        tracks.addColumn(t -> t.position() + 1).setHeader("#").setWidth("3em").setFlexGrow(0);
        tracks.addComponentColumn(AlbumView::trackLink).setHeader("Track").setAutoWidth(true);
        number(ReportMeasures::integratedLufs, "%.1f LUFS", "Integrated loudness");
        number(ReportMeasures::truePeakDbtp, "%.1f dBTP", "True peak");
        number(ReportMeasures::loudnessRangeLu, "%.1f LU", "LRA");
        number(ReportMeasures::spectralTilt, "%.2f dB/oct", "Spectral tilt");
        tracks.addColumn(t -> t.measures() == null || t.measures().sampleRate() == null ? "–"
                : String.format(Locale.ROOT, "%.1f kHz", t.measures().sampleRate() / 1000.0)).setHeader("Sample rate");
        tracks.addColumn(t -> t.measures() == null || t.measures().bitDepth() == null ? "–"
                : t.measures().bitDepth() + "-bit").setHeader("Bit depth");
        tracks.addComponentColumn(AlbumView::findings).setHeader("Flags and warnings").setFlexGrow(3)
                .setWidth("24em");
        tracks.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        tracks.getElement().setAttribute("aria-label", "Album tracks and their measures");
        tracks.setAllRowsVisible(true);
        setSizeFull();
        add(back, heading, new Paragraph("Each track's latest revision, in album order. A track is flagged when its "
                + "integrated loudness is more than 2 LU from the album median, its spectral tilt more than "
                + "0.75 dB/octave from the median tilt, or its sample rate or bit depth differs from the rest; "
                + "delivery warnings come from the revision's own analysis."), notes, tracks);
    }

    private void number(Function<ReportMeasures, Double> value, String format, String header) {
        tracks.addColumn(t -> {
            Double v = t.measures() == null ? null : value.apply(t.measures());
            return v == null ? "–" : String.format(Locale.ROOT, format, v).replace('-', '−');
        }).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private static Component trackLink(AlbumTrack t) {
        if (t.revisionId() == null) {
            return new Span(t.title());
        }
        Anchor link = new Anchor("revisions/" + t.revisionId(), t.title() + " · rev. " + t.revisionNumber());
        link.getElement().setAttribute("aria-label", t.title() + ", revision " + t.revisionNumber());
        return link;
    }

    private static Component findings(AlbumTrack t) {
        if (t.flags().isEmpty() && t.warnings().isEmpty()) {
            return new Span("Consistent with the album.");
        }
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "0").set("padding-left", "1.2em");
        t.flags().forEach(f -> list.add(new ListItem("⚑ " + f)));
        t.warnings().forEach(w -> list.add(new ListItem("⚠ Delivery: " + w)));
        return list;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID projectId = UUID.fromString(event.getRouteParameters().get("projectId").orElseThrow());
            String name = projects.get(viewer, projectId).name();
            List<AlbumTrack> rows = album.album(viewer, projectId);
            title = name + " · Album view · Mixroom";
            heading.setText(name + " · Album view");
            back.setHref("projects/" + projectId);
            back.setText("← " + name);
            tracks.setItems(rows);
            notes.removeAll();
            AlbumConsistency.albumNotes(rows).forEach(n -> notes.add(new Paragraph("Note: " + n)));
        } catch (RuntimeException e) {
            event.rerouteToError(NotFoundException.class, "No such project.");
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
