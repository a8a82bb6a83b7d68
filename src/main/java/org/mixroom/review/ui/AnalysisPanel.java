package org.mixroom.review.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The key numbers of a revision's analysis, with warnings for delivery. */
class AnalysisPanel extends VerticalLayout {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Most streaming services ask for true peaks at or below −1 dBTP. */
    static final double TRUE_PEAK_LIMIT = -1.0;

    AnalysisPanel() {
        setPadding(false);
        setSpacing(false);
        setWidth("18em");
    }

    void show(Optional<String> reportJson, String statusText) {
        removeAll();
        add(new H3("Analysis"));
        if (reportJson.isEmpty()) {
            add(new Paragraph(statusText));
            return;
        }
        JsonNode report = JSON.readTree(reportJson.get());
        Double integrated = number(report, "loudness", "integratedLufs");
        Double truePeak = number(report, "peaks", "truePeakDbtp");
        add(row("Integrated loudness", integrated, "LUFS"),
                row("True peak", truePeak, "dBTP"),
                row("Loudness range (LRA)", number(report, "loudness", "loudnessRangeLu"), "LU"),
                row("PLR", number(report, "dynamics", "plrDb"), "dB"),
                row("DR", number(report, "dynamics", "drScore"), ""));
        if (truePeak != null && truePeak > TRUE_PEAK_LIMIT) {
            add(warning(String.format(Locale.ROOT, "True peak %.1f dBTP is above −1 dBTP: lossy encoding may clip.",
                    truePeak)));
        }
        Double clipped = number(report, "dynamics", "clippedSampleRuns");
        if (clipped != null && clipped > 0) {
            add(warning(String.format(Locale.ROOT, "%.0f clipped runs of samples.", clipped)));
        }
    }

    private static Double number(JsonNode report, String section, String key) {
        JsonNode value = report.path(section).path(key);
        return value.isNumber() ? value.asDouble() : null;
    }

    private static Div row(String label, Double value, String unit) {
        String text = value == null ? "–"
                : unit.isEmpty() ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f %s", value, unit);
        Span name = new Span(label + ": ");
        Span number = new Span(text);
        number.getStyle().set("font-weight", "600").set("font-variant-numeric", "tabular-nums");
        return new Div(name, number);
    }

    private static Paragraph warning(String text) {
        Paragraph p = new Paragraph("⚠ " + text);
        p.getElement().setAttribute("role", "status");
        p.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "var(--lumo-space-xs) 0");
        return p;
    }
}
