package org.mixroom.review.ui;

import java.util.Locale;
import java.util.Optional;

import org.mixroom.analysis.DeliveryChecks;
import org.mixroom.analysis.ReportMeasures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The key numbers of a revision's analysis (loudness, dynamics, stereo, tonal balance), with delivery warnings. */
class AnalysisPanel extends VerticalLayout {
    /** The loudness line on the chart: the level most streaming services normalise to. */
    static final double TARGET_LUFS = -14.0;

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
        ReportMeasures m = ReportMeasures.of(reportJson.get());
        add(row("Integrated loudness", m.integratedLufs(), "LUFS"),
                row("True peak", m.truePeakDbtp(), "dBTP"),
                row("Loudness range (LRA)", m.loudnessRangeLu(), "LU"),
                new H4("Dynamics"),
                row("PLR", m.plrDb(), "dB"),
                row("PSR", m.psrDb(), "dB"),
                row("Crest factor", m.crestFactorDb(), "dB"),
                row("DR", m.drScore(), ""),
                new H4("Stereo and tone"),
                row("Correlation", m.correlation(), ""),
                row("Side-to-mid", m.sideToMidDb(), "dB"),
                row("Spectral tilt", m.spectralTilt(), "dB/oct"));
        DeliveryChecks.warnings(m).forEach(w -> add(warning(w)));
    }

    private static Div row(String label, Double value, String unit) {
        String text = value == null ? "–"
                : label.equals("DR") ? String.format(Locale.ROOT, "%.0f", value)
                : label.equals("Correlation") ? String.format(Locale.ROOT, "%.2f", value)
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
