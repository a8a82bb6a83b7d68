package org.mixroom.comparison.ui;

import java.util.UUID;

import org.mixroom.comparison.MeasureComparison;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.BandSelected;
import org.mixroom.shared.ui.SpectrumChart;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * The analysis of A against B, for any page that compares two revisions: the spectra overlaid with their
 * difference, and the table of every measure with the changes that matter. Both revisions must be analysed and
 * visible to the signed-in user.
 */
public class ComparisonCharts extends VerticalLayout {
    private final MeasureComparison measures;
    private final SpectrumChart spectrum = new SpectrumChart();
    private final RevisionDiffTable table = new RevisionDiffTable();

    public ComparisonCharts(MeasureComparison measures) {
        this.measures = measures;
        setPadding(false);
        spectrum.setWidthFull();
        add(new H3("Spectrum, A over B"), spectrum, new H3("Measures, A and B"), table);
    }

    public void show(UUID a, String labelA, UUID b, String labelB) {
        table.show(measures.diff(CurrentUser.require().id(), a, b));
        spectrum.show(a, labelA, b, labelB);
    }

    /** A band picked on the spectra, for starting a comment on it. */
    public Registration addBandSelectedListener(ComponentEventListener<BandSelected> listener) {
        return spectrum.addBandSelectedListener(listener);
    }
}
