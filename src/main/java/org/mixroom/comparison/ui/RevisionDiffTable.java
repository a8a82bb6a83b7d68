package org.mixroom.comparison.ui;

import java.util.List;
import java.util.Locale;

import org.mixroom.comparison.DiffRow;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Each measure of revision A and B and the change, the changes that matter marked in words ("Matters" column)
 * as well as by colour, so the table reads the same to a screen reader.
 */
@StyleSheet("styles/analysis.css")
public class RevisionDiffTable extends Grid<DiffRow> {

    public RevisionDiffTable() {
        addColumn(DiffRow::measure).setHeader("Measure").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> value(r.a(), r.unit())).setHeader("A").setTextAlign(ColumnTextAlign.END);
        addColumn(r -> value(r.b(), r.unit())).setHeader("B").setTextAlign(ColumnTextAlign.END);
        addColumn(r -> r.change() == null ? "–" : String.format(Locale.ROOT, "%+.2f", r.change()).replace('-', '−'))
                .setHeader("Change (B − A)").setTextAlign(ColumnTextAlign.END);
        addColumn(r -> r.matters() ? "⚠ " + r.why() : "").setHeader("Matters").setAutoWidth(true);
        setPartNameGenerator(r -> r.matters() ? "matters" : null);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        getElement().setAttribute("aria-label", "Measures of A and B and their change");
        setAllRowsVisible(true);
    }

    public void show(List<DiffRow> rows) {
        setItems(rows);
    }

    private static String value(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f", value).replace('-', '−') + (unit.isEmpty() ? "" : " " + unit);
    }
}
