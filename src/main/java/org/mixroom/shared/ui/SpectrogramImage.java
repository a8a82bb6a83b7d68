package org.mixroom.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** The server-computed spectrogram of a revision, drawn under a {@link Waveform} and following its zoom. */
@Tag("mixroom-spectrogram")
@JsModule("./components/mixroom-spectrogram.ts")
public class SpectrogramImage extends HtmlComponent {

    public void show(UUID revisionId, Waveform waveform, double durationSeconds) {
        getElement().setProperty("waveform", waveform.getId().orElseThrow(
                () -> new IllegalArgumentException("the waveform needs an id")));
        getElement().setProperty("duration", durationSeconds);
        getElement().setProperty("revision", revisionId.toString());
    }
}
