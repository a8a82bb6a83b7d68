package org.mixroom.comparison.web;

import java.util.List;
import java.util.UUID;
import org.mixroom.comparison.Comparison;
import org.mixroom.comparison.ComparisonService;
import org.mixroom.comparison.NormalizationEntry;
import org.mixroom.shared.security.MixroomUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The comparison numbers for scripts: matched gains, alignment, and streaming normalisation previews. */
@RestController
class ComparisonController {
    private final ComparisonService comparisons;

    ComparisonController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/api/comparisons")
    Comparison compare(@AuthenticationPrincipal MixroomUser user, @RequestParam UUID a, @RequestParam UUID b) {
        return comparisons.compare(user.id(), a, b);
    }

    @GetMapping("/api/revisions/{id}/normalization")
    List<NormalizationEntry> normalization(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return comparisons.normalization(user.id(), id);
    }
}
