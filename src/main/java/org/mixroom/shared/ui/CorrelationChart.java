package org.mixroom.shared.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** Stereo correlation over time, in 400 ms windows. */
@Tag("mixroom-correlation-chart")
@JsModule("./components/mixroom-correlation-chart.ts")
public class CorrelationChart extends TimeChart {
}
