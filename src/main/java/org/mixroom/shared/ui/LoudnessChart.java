package org.mixroom.shared.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** Momentary and short-term loudness over time, with the integrated loudness and the target as lines. */
@Tag("mixroom-loudness-chart")
@JsModule("./components/mixroom-loudness-chart.ts")
public class LoudnessChart extends TimeChart {

    public void setTargetLufs(double targetLufs) {
        getElement().setProperty("targetLufs", targetLufs);
    }
}
