package org.mixroom.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A frequency band was picked on a chart (a third-octave bar pressed, or a range dragged on a spectrum). */
@DomEvent("band-selected")
public class BandSelected extends ComponentEvent<Component> {
    private final double lowHz;
    private final double highHz;
    private final String label;

    public BandSelected(Component source, boolean fromClient, @EventData("event.detail.lowHz") double lowHz,
            @EventData("event.detail.highHz") double highHz, @EventData("event.detail.label") String label) {
        super(source, fromClient);
        this.lowHz = lowHz;
        this.highHz = highHz;
        this.label = label;
    }

    public double lowHz() {
        return lowHz;
    }

    public double highHz() {
        return highHz;
    }

    /** The band's name, e.g. "1 kHz" (ISO 266), or the dragged range in Hz. */
    public String label() {
        return label;
    }
}
