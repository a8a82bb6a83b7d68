package org.mixroom.comparison.ui;

import java.util.UUID;

import org.mixroom.comparison.ComparisonService;
import org.mixroom.comparison.NormalizationPreview;
import org.mixroom.comparison.StreamingPresetEdit;
import org.mixroom.comparison.StreamingPresetView;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /streaming-presets}: what each platform's loudness normalisation does, as stored. The presets are the same
 * for every project, so only project owners may change them; everyone else reads.
 */
@Route("streaming-presets")
@PageTitle("Streaming presets · Mixroom")
@PermitAll
class StreamingPresetsPage extends VerticalLayout {

    private final ComparisonService comparisons;
    private final UUID viewer = CurrentUser.require().id();
    private final Grid<StreamingPresetView> grid = new Grid<>();
    private final TextField platform = new TextField("Platform");
    private final NumberField reference = new NumberField("Reference level (LUFS)");
    private final Select<NormalizationPreview.Direction> direction = new Select<>();
    private final NumberField ceiling = new NumberField("True-peak ceiling (dBTP)");
    private final Checkbox limiter = new Checkbox("Limiter");
    private final TextField source = new TextField("Source");
    private final DatePicker checkedOn = new DatePicker("Checked on");

    StreamingPresetsPage(ComparisonService comparisons) {
        this.comparisons = comparisons;
        grid.addColumn(StreamingPresetView::platform).setHeader("Platform").setAutoWidth(true);
        grid.addColumn(p -> p.referenceLufs() + " LUFS").setHeader("Reference").setAutoWidth(true);
        grid.addColumn(p -> directionText(p.direction())).setHeader("Normalises").setAutoWidth(true);
        grid.addColumn(p -> p.ceilingDbtp() == null ? "none" : p.ceilingDbtp() + " dBTP").setHeader("Ceiling");
        grid.addColumn(p -> p.limiter() ? "yes" : "no").setHeader("Limiter");
        grid.addColumn(StreamingPresetView::source).setHeader("Source").setFlexGrow(2);
        grid.addColumn(p -> p.checkedOn() == null ? "not yet checked" : p.checkedOn().toString()).setHeader("Checked")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Streaming presets");
        add(new H2("Streaming presets"), new Paragraph("What each platform's loudness normalisation does to a track, "
                + "used by the streaming preview of the Compare page. Published figures disagree; a preset shows "
                + "when it was last checked against the platform's own documentation."), grid);

        if (comparisons.mayEditPresets(viewer)) {
            direction.setLabel("Normalises");
            direction.setItems(NormalizationPreview.Direction.values());
            direction.setItemLabelGenerator(StreamingPresetsPage::directionText);
            Button save = new Button("Save preset", click -> save());
            FormLayout form = new FormLayout(platform, reference, direction, ceiling, limiter, source, checkedOn);
            grid.asSingleSelect().addValueChangeListener(e -> fill(e.getValue()));
            add(new H3("Edit the selected preset"), form, save);
        } else {
            add(new Paragraph("Only project owners may change the presets."));
        }
        refresh();
    }

    private static String directionText(NormalizationPreview.Direction direction) {
        return switch (direction) {
            case DOWN_ONLY -> "turns down only";
            case DOWN_AND_UP -> "turns down and up";
            case UNKNOWN -> "unknown (assumed down only)";
        };
    }

    private void fill(StreamingPresetView preset) {
        if (preset == null) {
            return;
        }
        platform.setValue(preset.platform());
        reference.setValue(preset.referenceLufs());
        direction.setValue(preset.direction());
        ceiling.setValue(preset.ceilingDbtp());
        limiter.setValue(preset.limiter());
        source.setValue(preset.source());
        checkedOn.setValue(preset.checkedOn());
    }

    private void save() {
        StreamingPresetView selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            Notices.failed("Select a preset in the table first.");
            return;
        }
        StreamingPresetView saved = Notices.attempt(() -> comparisons.updatePreset(viewer, selected.id(),
                new StreamingPresetEdit(platform.getValue(), reference.getValue() == null ? Double.NaN
                        : reference.getValue(), direction.getValue(), ceiling.getValue(), limiter.getValue(),
                        source.getValue(), checkedOn.getValue())));
        if (saved != null) {
            Notices.done(saved.platform() + " saved.");
            refresh();
            grid.select(saved);
        }
    }

    private void refresh() {
        grid.setItems(comparisons.presets());
    }
}
