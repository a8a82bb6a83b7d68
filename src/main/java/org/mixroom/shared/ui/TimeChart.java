package org.mixroom.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A chart over the time of a revision (uPlot in a Lit element) that lines up under a {@link Waveform} and follows
 * its zoom and scroll; dragging across it selects a time range.
 */
@NpmPackage(value = "uplot", version = "1.6.32")
public abstract class TimeChart extends HtmlComponent {

    /** @param waveform the waveform above the chart; it needs an id, which the chart uses to follow it */
    public void show(UUID revisionId, Waveform waveform) {
        String id = waveform.getId().orElseThrow(() -> new IllegalArgumentException("the waveform needs an id"));
        getElement().setProperty("waveform", id);
        getElement().setProperty("revision", revisionId.toString());
    }

    public Registration addRangeSelectedListener(ComponentEventListener<TimeRangeSelected> listener) {
        return addListener(TimeRangeSelected.class, listener);
    }
}
