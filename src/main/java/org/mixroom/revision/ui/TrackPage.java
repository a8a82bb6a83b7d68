package org.mixroom.revision.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mixroom.project.ProjectService;
import org.mixroom.project.TrackView;
import org.mixroom.revision.FormatFacts;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionStatusChanged;
import org.mixroom.revision.RevisionUploaded;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.DataSizes;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.LiveUpdates;
import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /tracks/{id}}: the track's numbered revisions with their analysis status, kept live, and the upload of
 * a new revision, streamed straight into the revision service.
 */
@Route("tracks")
@PermitAll
class TrackPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ProjectService projects;
    private final RevisionService revisions;
    private final LiveUpdates live;
    private final UUID viewer = CurrentUser.require().id();
    private final H2 heading = new H2();
    private final Anchor project = new Anchor();
    private final Grid<RevisionView> grid = new Grid<>();
    private final TextArea note = new TextArea("Change note");
    private final Select<RevisionView> compareA = new Select<>();
    private final Select<RevisionView> compareB = new Select<>();
    private Map<UUID, String> referenceTitles = Map.of();
    private UUID trackId;
    private String title = "Track";
    private List<Registration> subscriptions = List.of();

    TrackPage(ProjectService projects, RevisionService revisions, LiveUpdates live) {
        this.projects = projects;
        this.revisions = revisions;
        this.live = live;
        grid.addComponentColumn(r -> new Anchor("revisions/" + r.id(), "Revision " + r.number()))
                .setHeader("Revision").setAutoWidth(true);
        grid.addColumn(RevisionView::note).setHeader("Change note").setFlexGrow(2);
        grid.addColumn(RevisionView::uploader).setHeader("Uploader").setAutoWidth(true);
        grid.addColumn(r -> TIME.format(r.uploadedAt())).setHeader("Uploaded").setAutoWidth(true);
        grid.addColumn(r -> format(r.format()) + " · " + DataSizes.human(r.sizeBytes())).setHeader("Format")
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span sha = new Span(r.sha256().substring(0, 12) + "…");
            sha.setTitle("SHA-256 " + r.sha256());
            return sha;
        }).setHeader("SHA-256").setAutoWidth(true);
        grid.addComponentColumn(StatusBadge::new).setHeader("Analysis").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Revisions");

        note.setWidth("30em");
        note.setMaxLength(5000);
        // The note travels with every keystroke: a file dropped while the field still has focus starts the
        // upload before any blur would have sent it.
        note.setValueChangeMode(ValueChangeMode.EAGER);
        AudioUpload upload = new AudioUpload(null, revisions, (ui, fileName, content) -> {
            AtomicReference<String> changeNote = new AtomicReference<>("");
            ui.accessSynchronously(() -> changeNote.set(note.getValue()));
            return revisions.upload(viewer, trackId, changeNote.get(), fileName, content);
        }, stored -> {
            note.clear();
            Notices.done("Revision " + stored.number() + " stored; analysis queued.");
            refresh();
        });
        compareA.setLabel("A");
        compareB.setLabel("B");
        for (Select<RevisionView> side : List.of(compareA, compareB)) {
            side.setItemLabelGenerator(this::label);
        }
        Button compare = new Button("Compare", click -> {
            if (compareA.getValue() == null || compareB.getValue() == null) {
                Notices.failed("Pick a revision for A and one for B.");
                return;
            }
            UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("a", compareA.getValue().id().toString(),
                    "b", compareB.getValue().id().toString())));
        });
        HorizontalLayout compareRow = new HorizontalLayout(compareA, compareB, compare);
        compareRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(project, heading, new H3("Revisions"), grid, new H3("Compare"), new Span("Two revisions of this track, "
                + "or a revision and one of the project's references, loudness matched and in sync."), compareRow,
                new H3("Upload a new revision"), note, upload,
                new Span("Largest file: " + DataSizes.human(revisions.maxUploadBytes())
                        + ". Analysis starts by itself once the file is stored."));
    }

    static String format(FormatFacts f) {
        String depth = f.bitDepth() == null ? f.sampleFormat() : f.bitDepth() + "-bit";
        String channels = f.channels() == 1 ? "mono" : f.channels() == 2 ? "stereo" : f.channels() + " ch";
        return f.container().toUpperCase() + " " + depth + " " + f.sampleRate() / 1000.0 + " kHz " + channels;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            trackId = UUID.fromString(parameter);
            refresh();
        } catch (RuntimeException e) {
            event.rerouteToError(NotFoundException.class, "No such track.");
        }
    }

    private void refresh() {
        TrackView track = projects.track(viewer, trackId);
        title = track.title() + " · Mixroom";
        heading.setText(track.title());
        project.setHref("projects/" + track.projectId());
        project.setText("← Back to the project");
        List<RevisionView> newestFirst = revisions.list(viewer, trackId).reversed();
        grid.setItems(newestFirst);
        List<RevisionView> references = track.reference() ? List.of()
                : revisions.references(viewer, track.projectId());
        referenceTitles = references.stream().collect(Collectors.toMap(RevisionView::id, RevisionView::fileName));
        offer(compareA, newestFirst, newestFirst.size() > 1 ? 1 : 0);
        offer(compareB, Stream.concat(newestFirst.stream(), references.stream()).toList(), 0);
    }

    /** Fills a side's choices, keeping what was picked, else picking the one at {@code fallback}. */
    private static void offer(Select<RevisionView> side, List<RevisionView> choices, int fallback) {
        UUID picked = side.getValue() == null ? null : side.getValue().id();
        side.setItems(choices);
        choices.stream().filter(r -> r.id().equals(picked)).findFirst()
                .or(() -> choices.stream().skip(fallback).findFirst())
                .ifPresent(side::setValue);
    }

    /** "Revision 3", or "Reference master.wav" for a project's reference. */
    private String label(RevisionView revision) {
        String reference = referenceTitles.get(revision.id());
        return reference != null ? "Reference " + reference : "Revision " + revision.number();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscriptions = List.of(
                live.subscribe(event.getUI(), RevisionUploaded.class, e -> e.trackId().equals(trackId), this::refresh),
                live.subscribe(event.getUI(), RevisionStatusChanged.class, e -> e.trackId().equals(trackId),
                        this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Registration::remove);
    }
}
