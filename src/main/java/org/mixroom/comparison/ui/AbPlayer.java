package org.mixroom.comparison.ui;

import java.util.UUID;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The {@code mixroom-ab-player} element: both revisions streamed in lockstep through the Web Audio API, loudness
 * matched, aligned, with blind and ABX tests. It reads the comparison and normalisation figures from the REST API
 * itself, as the signed-in user.
 */
@Tag("mixroom-ab-player")
@JsModule("./components/mixroom-ab-player.ts")
class AbPlayer extends HtmlComponent {

    /** The two sides and how the listener sees them named. */
    void setSides(UUID a, String aLabel, UUID b, String bLabel) {
        getElement().setProperty("aLabel", aLabel);
        getElement().setProperty("bLabel", bLabel);
        getElement().setProperty("a", a.toString());
        getElement().setProperty("b", b.toString());
    }
}
