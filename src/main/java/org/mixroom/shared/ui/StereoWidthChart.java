package org.mixroom.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/** Stereo width (side-to-mid) per third-octave band; pressing a band selects it like the spectrum's bars. */
@Tag("mixroom-stereo-width")
@JsModule("./components/mixroom-stereo-width.ts")
public class StereoWidthChart extends HtmlComponent {

    public void show(UUID revisionId) {
        getElement().setProperty("revision", revisionId.toString());
    }

    public Registration addBandSelectedListener(ComponentEventListener<BandSelected> listener) {
        return addListener(BandSelected.class, listener);
    }
}
