package org.mixroom.review.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mixroom.analysis.AnalysisService;
import org.mixroom.analysis.RevisionAnalysed;
import org.mixroom.project.ProjectService;
import org.mixroom.review.CommentPosted;
import org.mixroom.review.CommentReopened;
import org.mixroom.review.CommentResolved;
import org.mixroom.review.CommentService;
import org.mixroom.review.CommentView;
import org.mixroom.review.ReplyPosted;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionStatusChanged;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.LiveUpdates;
import org.mixroom.shared.ui.PageTool;
import org.mixroom.shared.ui.Waveform;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /revisions/{id}}: the player over the server's peaks, the analysis numbers, the comment form and the
 * comments, all kept live: new comments, replies, resolutions and the analysis status arrive by push.
 */
@Route("revisions")
@PermitAll
class RevisionPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ProjectService projects;
    private final RevisionService revisions;
    private final AnalysisService analysis;
    private final CommentService comments;
    private final LiveUpdates live;
    private final ObjectProvider<PageTool> tools;
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final UUID viewer = CurrentUser.require().id();
    private final Anchor track = new Anchor();
    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final Waveform waveform = new Waveform();
    private final HorizontalLayout transport = new HorizontalLayout();
    private final AnalysisPanel numbers = new AnalysisPanel();
    private final RadioButtonGroup<String> filter = new RadioButtonGroup<>("Show");
    private final VerticalLayout list = new VerticalLayout();
    private final VerticalLayout formSlot = new VerticalLayout();
    private final Map<UUID, CommentCard> cards = new HashMap<>();
    private UUID revisionId;
    private CommentForm form;
    private String title = "Revision";
    private List<Registration> subscriptions = List.of();

    RevisionPage(ProjectService projects, RevisionService revisions, AnalysisService analysis,
            CommentService comments, LiveUpdates live, ObjectProvider<PageTool> tools) {
        this.projects = projects;
        this.revisions = revisions;
        this.analysis = analysis;
        this.comments = comments;
        this.live = live;
        this.tools = tools;
        waveform.setWidthFull();
        waveform.getElement().setAttribute("aria-label", "Waveform: space plays or pauses, arrows seek 5 s, "
                + "c comments at the playhead");
        waveform.addRegionSelectedListener(e -> form.anchor(e.start(), e.end()));
        waveform.addCommentRequestedListener(e -> {
            form.anchor(e.start(), e.end());
            form.focusText();
        });
        Button play = new Button("Play/Pause", click -> waveform.playPause());
        play.setAriaLabel("Play or pause");
        Button zoomIn = new Button("Zoom in", click -> waveform.zoomBy(2));
        Button zoomOut = new Button("Zoom out", click -> waveform.zoomBy(0.5));
        Button commentHere = new Button("Comment at playhead", click -> waveform.requestComment());
        transport.add(play, zoomIn, zoomOut, commentHere);
        filter.setItems("Open", "Resolved", "All");
        filter.setValue("Open");
        filter.addValueChangeListener(e -> refreshComments());
        list.setPadding(false);
        VerticalLayout player = new VerticalLayout(waveform, transport);
        player.setPadding(false);
        HorizontalLayout top = new HorizontalLayout(player, numbers);
        top.setWidthFull();
        top.setFlexGrow(1, player);
        formSlot.setPadding(false);
        HorizontalLayout headingRow = new HorizontalLayout(heading, toolbar);
        headingRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(track, headingRow, status, top, formSlot, new H3("Comments"), filter, list);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            revisionId = UUID.fromString(parameter);
            form = new CommentForm(comments, viewer, revisionId, this::refreshComments);
            formSlot.removeAll();
            formSlot.add(form);
            cards.clear();
            refreshRevision();
            toolbar.removeAll();
            tools.orderedStream().filter(tool -> tool.place() == PageTool.Place.REVISION)
                    .forEach(tool -> tool.create(viewer, revisionId).ifPresent(toolbar::add));
            refreshComments();
        } catch (RuntimeException e) {
            event.rerouteToError(NotFoundException.class, "No such revision.");
        }
    }

    private void refreshRevision() {
        RevisionView revision = revisions.get(viewer, revisionId);
        String trackTitle = projects.track(viewer, revision.trackId()).title();
        title = trackTitle + " · revision " + revision.number() + " · Mixroom";
        heading.setText(trackTitle + " · revision " + revision.number());
        track.setHref("tracks/" + revision.trackId());
        track.setText("← All revisions of " + trackTitle);
        String statusText = switch (revision.status()) {
            case QUEUED -> "Analysis: Queued";
            case ANALYSING -> "Analysis: Analysing";
            case READY -> "Analysis: Ready";
            case FAILED -> "Analysis: Failed: " + revision.failure();
        };
        status.setText(statusText + " · " + revision.note());
        status.getElement().setAttribute("role", "status");
        Double duration = revision.format().durationSeconds();
        boolean ready = revision.status() == org.mixroom.revision.RevisionStatus.READY && duration != null
                && duration > 0;
        if (ready) {
            waveform.setSource("api/revisions/" + revisionId + "/audio", "api/revisions/" + revisionId + "/peaks",
                    duration);
        }
        waveform.setVisible(ready);
        transport.setVisible(ready);
        numbers.show(ready ? analysis.report(viewer, revisionId) : java.util.Optional.empty(),
                revision.status().pending() ? "The numbers appear when the analysis is ready; comments can be "
                        + "posted already." : statusText + ".");
    }

    private void refreshComments() {
        String show = filter.getValue();
        List<CommentView> all = comments.list(viewer, revisionId);
        List<CommentView> shown = all.stream()
                .filter(c -> "All".equals(show) || c.resolved() == "Resolved".equals(show))
                .toList();
        list.removeAll();
        cards.keySet().retainAll(shown.stream().map(CommentView::id).toList());
        for (CommentView c : shown) {
            CommentCard card = cards.computeIfAbsent(c.id(), id -> new CommentCard(comments, viewer, id,
                    waveform::seek, this::refreshComments));
            card.show(c);
            list.add(card);
        }
        if (shown.isEmpty()) {
            list.add(new Paragraph("Open".equals(show) ? "No open comments." : "No comments to show."));
        }
        waveform.setMarkers(shown.stream()
                .map(c -> new Waveform.Marker(c.id().toString(), c.startSeconds(), c.endSeconds(), c.signature()))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscriptions = List.of(
                live.subscribe(ui, CommentPosted.class, e -> e.revisionId().equals(revisionId), this::refreshComments),
                live.subscribe(ui, ReplyPosted.class, e -> e.revisionId().equals(revisionId), this::refreshComments),
                live.subscribe(ui, CommentResolved.class, e -> e.revisionId().equals(revisionId),
                        this::refreshComments),
                live.subscribe(ui, CommentReopened.class, e -> e.revisionId().equals(revisionId),
                        this::refreshComments),
                live.subscribe(ui, RevisionStatusChanged.class, e -> e.revisionId().equals(revisionId),
                        this::refreshRevision),
                live.subscribe(ui, RevisionAnalysed.class, e -> e.revisionId().equals(revisionId),
                        this::refreshRevision));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Registration::remove);
    }
}
