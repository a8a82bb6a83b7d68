package org.mixroom.review.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mixroom.analysis.AnalysisService;
import org.mixroom.analysis.RevisionAnalysed;
import org.mixroom.approval.ApprovalService;
import org.mixroom.approval.ChangesRequested;
import org.mixroom.approval.RevisionApproved;
import org.mixroom.comparison.MeasureComparison;
import org.mixroom.comparison.ui.ComparisonCharts;
import org.mixroom.project.ProjectService;
import org.mixroom.review.CommentPosted;
import org.mixroom.review.CommentReopened;
import org.mixroom.review.CommentResolved;
import org.mixroom.review.CommentService;
import org.mixroom.review.CommentView;
import org.mixroom.review.ReplyPosted;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.revision.RevisionStatusChanged;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.BandSelected;
import org.mixroom.shared.ui.CorrelationChart;
import org.mixroom.shared.ui.LiveUpdates;
import org.mixroom.shared.ui.PageTool;
import org.mixroom.shared.web.MixroomException;
import org.mixroom.shared.ui.LoudnessChart;
import org.mixroom.shared.ui.SpectrogramImage;
import org.mixroom.shared.ui.SpectrumChart;
import org.mixroom.shared.ui.StereoWidthChart;
import org.mixroom.shared.ui.TimeRangeSelected;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /revisions/{id}}: the approval, the player over the server's peaks with the charts over time under it,
 * the analysis numbers and charts, a comparison with another revision of the track, the comment form and the
 * comments, all kept live: decisions, new comments, replies, resolutions and the analysis status arrive by push.
 * Every chart can start a comment: a dragged time range or a picked frequency band fills in the form.
 * {@code ?comment={id}} (the links of notifications) scrolls to that comment and marks it, showing resolved
 * comments too if it is resolved. A query parameter rather than a #fragment, since a fragment never reaches the
 * server.
 */
@Route("revisions")
@PermitAll
class RevisionPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ProjectService projects;
    private final RevisionService revisions;
    private final AnalysisService analysis;
    private final CommentService comments;
    private final ApprovalService approvals;
    private final LiveUpdates live;
    private final ObjectProvider<PageTool> tools;
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final UUID viewer = CurrentUser.require().id();
    private final Anchor track = new Anchor();
    private final Anchor compare = new Anchor();
    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final Waveform waveform = new Waveform();
    private final HorizontalLayout transport = new HorizontalLayout();
    private final AnalysisPanel numbers = new AnalysisPanel();
    private final LoudnessChart loudness = new LoudnessChart();
    private final SpectrogramImage spectrogram = new SpectrogramImage();
    private final CorrelationChart correlation = new CorrelationChart();
    private final SpectrumChart spectrum = new SpectrumChart();
    private final StereoWidthChart width = new StereoWidthChart();
    private final Select<RevisionView> compareWith = new Select<>();
    private final ComparisonCharts comparison;
    private final VerticalLayout views = new VerticalLayout();
    private final RadioButtonGroup<String> filter = new RadioButtonGroup<>("Show");
    private final VerticalLayout list = new VerticalLayout();
    private final VerticalLayout formSlot = new VerticalLayout();
    private final VerticalLayout approvalSlot = new VerticalLayout();
    private ApprovalPanel approval;
    private final Map<UUID, CommentCard> cards = new HashMap<>();
    private UUID revisionId;
    /** The comment a link pointed at, until it has been shown. */
    private UUID pointedAt;
    private CommentForm form;
    private String title = "Revision";
    private List<Registration> subscriptions = List.of();

    RevisionPage(ProjectService projects, RevisionService revisions, AnalysisService analysis,
            CommentService comments, ApprovalService approvals, MeasureComparison measures, LiveUpdates live,
            ObjectProvider<PageTool> tools) {
        this.projects = projects;
        this.revisions = revisions;
        this.analysis = analysis;
        this.comments = comments;
        this.approvals = approvals;
        this.live = live;
        this.tools = tools;
        this.comparison = new ComparisonCharts(measures);
        waveform.setId("waveform");
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
        for (var chart : List.of(loudness, spectrogram, correlation, spectrum, width, comparison)) {
            chart.setWidthFull();
        }
        loudness.setTargetLufs(AnalysisPanel.TARGET_LUFS);
        loudness.addRangeSelectedListener(this::commentOnRange);
        correlation.addRangeSelectedListener(this::commentOnRange);
        spectrum.addBandSelectedListener(this::commentOnBand);
        width.addBandSelectedListener(this::commentOnBand);
        comparison.addBandSelectedListener(this::commentOnBand);
        compareWith.setLabel("Compare with revision");
        compareWith.setEmptySelectionAllowed(true);
        compareWith.setEmptySelectionCaption("None");
        compareWith.setItemLabelGenerator(r -> r == null ? "None" : "Revision " + r.number() + " · " + r.note());
        compareWith.addValueChangeListener(e -> showComparison(e.getValue()));
        comparison.setVisible(false);
        views.setPadding(false);
        views.add(new H3("Spectrum"), spectrum, new H3("Stereo"), width, new H3("Comparison"), compareWith,
                comparison);
        VerticalLayout player = new VerticalLayout(waveform, loudness, spectrogram, correlation, transport);
        player.setPadding(false);
        player.setSpacing(false);
        HorizontalLayout top = new HorizontalLayout(player, numbers);
        top.setWidthFull();
        top.setFlexGrow(1, player);
        formSlot.setPadding(false);
        approvalSlot.setPadding(false);
        HorizontalLayout headingRow = new HorizontalLayout(heading, toolbar);
        headingRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(track, headingRow, status, compare, approvalSlot, top, formSlot, views, new H3("Comments"), filter, list);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            revisionId = UUID.fromString(parameter);
            pointedAt = event.getLocation().getQueryParameters().getSingleParameter("comment")
                    .flatMap(RevisionPage::uuid).orElse(null);
            form = new CommentForm(comments, viewer, revisionId, this::refreshComments);
            formSlot.removeAll();
            formSlot.add(form);
            approval = new ApprovalPanel(approvals, viewer, revisionId);
            approvalSlot.removeAll();
            approvalSlot.add(approval);
            cards.clear();
            refreshRevision();
            toolbar.removeAll();
            tools.orderedStream().filter(tool -> tool.place() == PageTool.Place.REVISION)
                    .forEach(tool -> tool.create(viewer, revisionId).ifPresent(toolbar::add));
            refreshComments();
        } catch (MixroomException | IllegalArgumentException e) {
            // not a revision id, or one the viewer may not see: the same plain page either way
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
        revisions.list(viewer, revision.trackId()).stream().filter(r -> r.number() == revision.number() - 1)
                .findFirst().ifPresentOrElse(previous -> {
                    compare.setHref("compare?a=" + previous.id() + "&b=" + revisionId);
                    compare.setText("Compare with revision " + previous.number());
                    compare.setVisible(true);
                }, () -> compare.setVisible(false));
        String statusText = switch (revision.status()) {
            case QUEUED -> "Analysis: Queued";
            case ANALYSING -> "Analysis: Analysing";
            case READY -> "Analysis: Ready";
            case FAILED -> "Analysis: Failed: " + revision.failure();
        };
        status.setText(statusText + " · " + revision.note());
        status.getElement().setAttribute("role", "status");
        Double duration = revision.format().durationSeconds();
        boolean ready = revision.status() == RevisionStatus.READY && duration != null
                && duration > 0;
        if (ready) {
            waveform.setSource("api/revisions/" + revisionId + "/audio", "api/revisions/" + revisionId + "/peaks",
                    duration);
        }
        waveform.setVisible(ready);
        transport.setVisible(ready);
        views.setVisible(ready);
        for (var chart : List.of(loudness, spectrogram, correlation)) {
            chart.setVisible(ready);
        }
        if (ready) {
            loudness.show(revisionId, waveform);
            correlation.show(revisionId, waveform);
            spectrogram.show(revisionId, waveform, duration);
            spectrum.show(revisionId);
            width.show(revisionId);
            compareWith.setItems(revisions.list(viewer, revision.trackId()).stream()
                    .filter(r -> !r.id().equals(revisionId) && r.status() == RevisionStatus.READY)
                    .toList());
        }
        numbers.show(ready ? analysis.report(viewer, revisionId) : java.util.Optional.empty(),
                revision.status().pending() ? "The numbers appear when the analysis is ready; comments can be "
                        + "posted already." : statusText + ".");
    }

    private void commentOnRange(TimeRangeSelected range) {
        form.anchor(range.start(), range.end());
        form.focusText();
    }

    private void commentOnBand(BandSelected band) {
        form.band(band.lowHz(), band.highHz());
        form.focusText();
    }

    /** This revision is A; the chosen one is B. */
    private void showComparison(RevisionView other) {
        comparison.setVisible(other != null);
        if (other != null) {
            RevisionView self = revisions.get(viewer, revisionId);
            comparison.show(revisionId, "Revision " + self.number(), other.id(), "Revision " + other.number());
        }
    }

    private void refreshComments() {
        String show = filter.getValue();
        List<CommentView> all = comments.list(viewer, revisionId);
        List<CommentView> shown = all.stream()
                .filter(c -> "All".equals(show) || c.resolved() == "Resolved".equals(show))
                .toList();
        if (pointedAt != null && !contains(shown, pointedAt) && contains(all, pointedAt)) {
            filter.setValue("All"); // whose listener shows the list again, with the comment
            return;
        }
        list.removeAll();
        cards.keySet().retainAll(shown.stream().map(CommentView::id).toList());
        for (CommentView c : shown) {
            CommentCard card = cards.computeIfAbsent(c.id(), id -> new CommentCard(comments, viewer, id,
                    waveform::seek, this::refreshComments));
            card.show(c);
            list.add(card);
        }
        if (pointedAt != null && cards.containsKey(pointedAt)) {
            cards.get(pointedAt).highlight();
            pointedAt = null;
        }
        if (shown.isEmpty()) {
            list.add(new Paragraph("Open".equals(show) ? "No open comments." : "No comments to show."));
        }
        waveform.setMarkers(shown.stream()
                .map(c -> new Waveform.Marker(c.id().toString(), c.startSeconds(), c.endSeconds(), c.signature()))
                .toList());
    }

    private static boolean contains(List<CommentView> comments, UUID id) {
        return comments.stream().anyMatch(c -> c.id().equals(id));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
                        this::refreshRevision),
                live.subscribe(ui, RevisionApproved.class, e -> e.revisionId().equals(revisionId),
                        () -> approval.refresh()),
                live.subscribe(ui, ChangesRequested.class, e -> e.revisionId().equals(revisionId),
                        () -> approval.refresh()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Registration::remove);
    }
}
