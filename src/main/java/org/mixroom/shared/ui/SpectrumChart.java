package org.mixroom.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * The long-term spectrum and the third-octave bars of one revision, or of A and B overlaid with their difference.
 * Pressing a band, or dragging across the spectrum, selects a frequency band.
 */
@Tag("mixroom-spectrum-chart")
@JsModule("./components/mixroom-spectrum-chart.ts")
@NpmPackage(value = "uplot", version = "1.6.32")
public class SpectrumChart extends HtmlComponent {

    public void show(UUID revisionId) {
        getElement().setProperty("compare", "");
        getElement().setProperty("revision", revisionId.toString());
    }

    /** A over B: both spectra, and B − A. */
    public void show(UUID a, String labelA, UUID b, String labelB) {
        getElement().setProperty("labelA", labelA);
        getElement().setProperty("labelB", labelB);
        getElement().setProperty("compare", b.toString());
        getElement().setProperty("revision", a.toString());
    }

    public Registration addBandSelectedListener(ComponentEventListener<BandSelected> listener) {
        return addListener(BandSelected.class, listener);
    }
}
