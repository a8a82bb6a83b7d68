package org.mixroom.shared.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * The {@code mixroom-waveform} element: wavesurfer.js drawing the server's peaks, with the audio streamed from
 * the server. Data goes in as element properties; what the listener does comes back as events, in seconds.
 */
@Tag("mixroom-waveform")
@JsModule("./components/mixroom-waveform.ts")
@NpmPackage(value = "wavesurfer.js", version = "8.0.1")
public class Waveform extends HtmlComponent {

    /** A comment on the waveform; {@code end} null for a point. */
    public record Marker(String id, double start, Double end, String label) {
    }

    /** Points the player at a revision: its audio (streamed with Range requests), its peaks and its length. */
    public void setSource(String audioUrl, String peaksUrl, double durationSeconds) {
        if (!(durationSeconds > 0) || !Double.isFinite(durationSeconds)) {
            throw new IllegalArgumentException("the duration must be a positive number of seconds");
        }
        getElement().setProperty("duration", durationSeconds);
        getElement().setProperty("peaksUrl", peaksUrl);
        getElement().setProperty("audioUrl", audioUrl);
    }

    public void setMarkers(List<Marker> markers) {
        getElement().setPropertyList("markers", List.copyOf(markers));
    }

    public void playPause() {
        getElement().callJsFunction("playPause");
    }

    public void seek(double seconds) {
        getElement().callJsFunction("seek", seconds);
    }

    /** Zooms in for a factor above 1, out below 1. */
    public void zoomBy(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("the zoom factor must be positive");
        }
        getElement().callJsFunction("zoomBy", factor);
    }

    /** Asks the element for the playhead or the selected range; the answer is a {@link CommentRequested}. */
    public void requestComment() {
        getElement().callJsFunction("requestComment");
    }

    /** The listener dragged over the waveform to select a range. */
    public Registration addRegionSelectedListener(ComponentEventListener<TimeRangeSelected> listener) {
        return addListener(TimeRangeSelected.class, listener);
    }

    public Registration addCommentRequestedListener(ComponentEventListener<CommentRequested> listener) {
        return addListener(CommentRequested.class, listener);
    }

    /** A comment was asked for (the "c" key): at the playhead, or over the selected range ({@code end} non-null). */
    @DomEvent("comment-requested")
    public static class CommentRequested extends ComponentEvent<Waveform> {
        private final double start;
        private final Double end;

        public CommentRequested(Waveform source, boolean fromClient, @EventData("event.detail.start") double start,
                @EventData("event.detail.end") Double end) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
        }

        public double start() {
            return start;
        }

        public Double end() {
            return end;
        }
    }
}
