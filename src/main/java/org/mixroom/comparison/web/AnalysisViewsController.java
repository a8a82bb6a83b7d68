package org.mixroom.comparison.web;

import java.util.List;
import java.util.UUID;

import org.mixroom.analysis.ReportMeasures;
import org.mixroom.comparison.AlbumService;
import org.mixroom.comparison.AlbumTrack;
import org.mixroom.comparison.DiffRow;
import org.mixroom.comparison.MeasureComparison;
import org.mixroom.shared.security.MixroomUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the album view and the revision diff table show, for scripts. */
@RestController
class AnalysisViewsController {
    private final AlbumService album;
    private final MeasureComparison measures;

    AnalysisViewsController(AlbumService album, MeasureComparison measures) {
        this.album = album;
        this.measures = measures;
    }

    /** A track of the album with its album revision's figures; the figures are null until it is analysed. */
    record AlbumEntry(UUID trackId, String title, int position, UUID revisionId, Integer revisionNumber,
                      Double integratedLufs, Double truePeakDbtp, Double loudnessRangeLu,
                      Double spectralTiltDbPerOctave, Integer sampleRate, Integer bitDepth, List<String> flags,
                      List<String> warnings) {

        static AlbumEntry of(AlbumTrack t) {
            ReportMeasures m = t.measures();
            return new AlbumEntry(t.trackId(), t.title(), t.position(), t.revisionId(), t.revisionNumber(),
                    m == null ? null : m.integratedLufs(), m == null ? null : m.truePeakDbtp(),
                    m == null ? null : m.loudnessRangeLu(), m == null ? null : m.spectralTilt(),
                    m == null ? null : m.sampleRate(), m == null ? null : m.bitDepth(), t.flags(), t.warnings());
        }
    }

    /** One measure of A and B; {@code why} says why the change matters, null when it does not. */
    record DiffEntry(String measure, String unit, Double a, Double b, Double change, boolean matters, String why) {

        static DiffEntry of(DiffRow r) {
            return new DiffEntry(r.measure(), r.unit(), r.a(), r.b(), r.change(), r.matters(), r.why());
        }
    }

    @GetMapping("/api/projects/{id}/album")
    List<AlbumEntry> album(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return album.album(user.id(), id).stream().map(AlbumEntry::of).toList();
    }

    @GetMapping("/api/comparisons/measures")
    List<DiffEntry> diff(@AuthenticationPrincipal MixroomUser user, @RequestParam UUID a, @RequestParam UUID b) {
        return measures.diff(user.id(), a, b).stream().map(DiffEntry::of).toList();
    }
}
