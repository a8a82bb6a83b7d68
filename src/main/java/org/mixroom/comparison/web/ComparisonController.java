package org.mixroom.comparison.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mixroom.comparison.Comparison;
import org.mixroom.comparison.ComparisonService;
import org.mixroom.comparison.NormalizationEntry;
import org.mixroom.comparison.NormalizationPreview;
import org.mixroom.comparison.Region;
import org.mixroom.comparison.StreamingPresetEdit;
import org.mixroom.comparison.StreamingPresetView;
import org.mixroom.shared.web.MixroomException;
import org.mixroom.shared.security.MixroomUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The comparison numbers for scripts: matched gains, alignment, and streaming normalisation previews. */
@RestController
class ComparisonController {
    private final ComparisonService comparisons;

    ComparisonController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    /** With {@code start} and {@code end} (seconds), loudness is matched over that region only. */
    @GetMapping("/api/comparisons")
    Comparison compare(@AuthenticationPrincipal MixroomUser user, @RequestParam UUID a, @RequestParam UUID b,
            @RequestParam(required = false) Double start, @RequestParam(required = false) Double end) {
        return comparisons.compare(user.id(), a, b, Region.of(start, end));
    }

    @GetMapping("/api/streaming-presets")
    List<StreamingPresetView> presets() {
        return comparisons.presets();
    }

    /** Replaces a preset's values; only project owners may (the presets are the same for everyone). */
    @PutMapping("/api/streaming-presets/{id}")
    StreamingPresetView updatePreset(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody PresetBody body) {
        NormalizationPreview.Direction direction;
        try {
            direction = body.direction() == null ? null : NormalizationPreview.Direction.valueOf(body.direction());
        } catch (IllegalArgumentException e) {
            direction = null;
        }
        if (body.referenceLufs() == null) {
            throw MixroomException.invalid("Give the reference level in LUFS.");
        }
        return comparisons.updatePreset(user.id(), id, new StreamingPresetEdit(body.platform(), body.referenceLufs(),
                direction, body.ceilingDbtp(), Boolean.TRUE.equals(body.limiter()), body.source(), body.checkedOn()));
    }

    /** The values of a preset as sent; checked by {@link StreamingPresetEdit}. */
    record PresetBody(String platform, Double referenceLufs, String direction, Double ceilingDbtp, Boolean limiter,
                      String source, LocalDate checkedOn) {
    }

    @GetMapping("/api/revisions/{id}/normalization")
    List<NormalizationEntry> normalization(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return comparisons.normalization(user.id(), id);
    }
}
