package org.mixroom.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.mixroom.analysis.AnalysisService;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.align.Alignment;
import org.mixroom.engine.align.TimeAligner;
import org.mixroom.revision.RevisionService;
import org.mixroom.shared.web.MixroomException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loudness-matched A/B pairs and streaming normalisation previews, from the stored analyses. */
@Service
public class ComparisonService {
    private final RevisionService revisions;
    private final AnalysisService analyses;
    private final StreamingPresetRepository presets;

    ComparisonService(RevisionService revisions, AnalysisService analyses, StreamingPresetRepository presets) {
        this.revisions = revisions;
        this.analyses = analyses;
        this.presets = presets;
    }

    /** What each streaming preset would do to the revision, in the presets' order. */
    @Transactional(readOnly = true)
    public List<NormalizationEntry> normalization(UUID actor, UUID revisionId) {
        ReportFigures figures = figures(actor, revisionId);
        return presets.findAllByOrderByPosition().stream().map(preset -> {
            NormalizationPreview.Result result = NormalizationPreview.of(preset.rule(), figures.integratedLufs(),
                    figures.truePeakDbtp());
            return new NormalizationEntry(preset.platform(), preset.rule().referenceLufs(), result.gainDb(),
                    result.resultingTruePeakDbtp(), preset.source(), preset.checkedOn());
        }).toList();
    }

    /** A and B matched in loudness and lined up in time; both must be analysed and visible to {@code actor}. */
    public Comparison compare(UUID actor, UUID a, UUID b) {
        ReportFigures first = figures(actor, a);
        ReportFigures second = figures(actor, b);
        LoudnessMatch match = LoudnessMatch.of(first.integratedLufs(), second.integratedLufs());
        Alignment alignment = align(actor, a, b);
        return new Comparison(new Comparison.Side(first.integratedLufs(), match.gainADb()),
                new Comparison.Side(second.integratedLufs(), match.gainBDb()), alignment.offsetSeconds(),
                alignment.confidence());
    }

    private ReportFigures figures(UUID actor, UUID revisionId) {
        return analyses.report(actor, revisionId).map(ReportFigures::of).orElseThrow(() ->
                MixroomException.conflict("Revision " + revisionId + " has not been analysed yet."));
    }

    private Alignment align(UUID actor, UUID a, UUID b) {
        try {
            return new TimeAligner().align(revisions.audio(actor, a).resource().getFile().toPath(),
                    revisions.audio(actor, b).resource().getFile().toPath());
        } catch (InvalidAudioException e) {
            throw MixroomException.invalid("The two revisions cannot be lined up: " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
