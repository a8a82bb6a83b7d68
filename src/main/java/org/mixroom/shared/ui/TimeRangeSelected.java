package org.mixroom.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A range of time was dragged across the waveform or a chart over time; seconds from the start of the file. */
@DomEvent("region-selected")
public class TimeRangeSelected extends ComponentEvent<Component> {
    private final double start;
    private final double end;

    public TimeRangeSelected(Component source, boolean fromClient, @EventData("event.detail.start") double start,
            @EventData("event.detail.end") double end) {
        super(source, fromClient);
        this.start = start;
        this.end = end;
    }

    public double start() {
        return start;
    }

    public double end() {
        return end;
    }
}
