package org.mixroom.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mixroom.analysis.AnalysisService;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.align.Alignment;
import org.mixroom.engine.align.TimeAligner;
import org.mixroom.project.Capability;
import org.mixroom.project.ProjectAccess;
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
    private final ProjectAccess access;
    private final Clock clock;

    ComparisonService(RevisionService revisions, AnalysisService analyses, StreamingPresetRepository presets,
            ProjectAccess access, Clock clock) {
        this.revisions = revisions;
        this.analyses = analyses;
        this.presets = presets;
        this.access = access;
        this.clock = clock;
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

    /** The streaming presets in their order, for anyone signed in. */
    @Transactional(readOnly = true)
    public List<StreamingPresetView> presets() {
        return presets.findAllByOrderByPosition().stream().map(StreamingPreset::toView).toList();
    }

    /** Whether {@code actor} may edit the streaming presets: they are instance-wide, so only project owners may. */
    public boolean mayEditPresets(UUID actor) {
        return access.ownsAProject(actor);
    }

    /** Changes a preset; {@code actor} must own at least one project. */
    @Transactional
    public StreamingPresetView updatePreset(UUID actor, UUID presetId, StreamingPresetEdit edit) {
        if (!mayEditPresets(actor)) {
            throw MixroomException.forbidden("Only the owner of a project may edit the streaming presets.");
        }
        StreamingPreset preset = presets.findById(presetId).orElseThrow(() ->
                MixroomException.notFound("There is no streaming preset " + presetId + "."));
        presets.findByPlatform(edit.platform()).filter(other -> !other.id().equals(presetId)).ifPresent(other -> {
            throw MixroomException.conflict("Another preset is already called '" + edit.platform() + "'.");
        });
        preset.change(edit, actor, clock.instant());
        return preset.toView();
    }

    /**
     * A and B matched in loudness and lined up in time; both must be analysed, visible to {@code actor} and
     * of the same project (two revisions of a track, or a revision and one of the project's references).
     *
     * @param region where to match loudness (short-term loudness over it); null for the integrated loudness
     */
    public Comparison compare(UUID actor, UUID a, UUID b, Region region) {
        requireSameProject(actor, a, b);
        ReportFigures first = figures(actor, a);
        ReportFigures second = figures(actor, b);
        Double loudnessA = first.loudness(region);
        Double loudnessB = second.loudness(region);
        LoudnessMatch match = LoudnessMatch.of(loudnessA, loudnessB);
        Alignment alignment = align(actor, a, b);
        return new Comparison(new Comparison.Side(loudnessA, match.gainADb()),
                new Comparison.Side(loudnessB, match.gainBDb()), alignment.offsetSeconds(),
                alignment.confidence());
    }

    /** The project both revisions belong to; refuses a pair from two projects. */
    public UUID requireSameProject(UUID actor, UUID a, UUID b) {
        UUID project = revisions.require(actor, a, Capability.VIEW).projectId();
        if (!revisions.require(actor, b, Capability.VIEW).projectId().equals(project)) {
            throw MixroomException.invalid("A and B belong to different projects; compare two revisions of one "
                    + "project, or a revision and one of the project's references.");
        }
        return project;
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
