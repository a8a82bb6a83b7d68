package org.mixroom.revision.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
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
        Upload upload = new Upload(this::receive);
        upload.setAcceptedFileTypes(".wav", ".wave", ".aif", ".aiff", ".aifc", ".flac", ".mp3", ".m4a", ".ogg",
                ".opus", "audio/*");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, revisions.maxUploadBytes()));
        upload.addFileRejectedListener(e -> Notices.failed(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        add(project, heading, new H3("Revisions"), grid, new H3("Upload a new revision"), note, upload,
                new Span("Largest file: " + DataSizes.human(revisions.maxUploadBytes())
                        + ". Analysis starts by itself once the file is stored."));
    }

    /** Runs on the upload's request thread: streams the body into the service, never into memory. */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        java.util.concurrent.atomic.AtomicReference<String> noteText = new java.util.concurrent.atomic.AtomicReference<>("");
        ui.accessSynchronously(() -> noteText.set(note.getValue()));
        String changeNote = noteText.get();
        if (event.getFileSize() > revisions.maxUploadBytes()) {
            String message = "The file is larger than the upload limit of "
                    + DataSizes.human(revisions.maxUploadBytes()) + ".";
            event.reject(message);
            ui.access(() -> Notices.failed(message));
            return;
        }
        try {
            RevisionView stored = revisions.upload(viewer, trackId, changeNote, event.getFileName(),
                    event.getInputStream());
            ui.access(() -> {
                note.clear();
                Notices.done("Revision " + stored.number() + " stored; analysis queued.");
                refresh();
            });
        } catch (Exception e) {
            String message = e.getMessage() == null ? "The upload failed." : e.getMessage();
            event.reject(message);
            ui.access(() -> Notices.failed(message));
        }
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
        grid.setItems(revisions.list(viewer, trackId).reversed());
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
