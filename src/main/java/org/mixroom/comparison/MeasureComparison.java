package org.mixroom.comparison;

import java.util.List;
import java.util.UUID;

import org.mixroom.analysis.AnalysisService;
import org.mixroom.analysis.ReportMeasures;
import org.mixroom.shared.web.MixroomException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The measures of two analysed revisions side by side ({@link RevisionDiff}), for those who may see both. */
@Service
public class MeasureComparison {
    private final AnalysisService analyses;

    MeasureComparison(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @Transactional(readOnly = true)
    public List<DiffRow> diff(UUID actor, UUID a, UUID b) {
        return RevisionDiff.rows(measures(actor, a), measures(actor, b));
    }

    private ReportMeasures measures(UUID actor, UUID revisionId) {
        return analyses.report(actor, revisionId).map(ReportMeasures::of).orElseThrow(() ->
                MixroomException.conflict("Revision " + revisionId + " has not been analysed yet."));
    }
}
