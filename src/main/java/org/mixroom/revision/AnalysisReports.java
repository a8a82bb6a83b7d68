package org.mixroom.revision;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the stored analysis of a revision comes from. The analysis module implements this, so revision
 * can show a revision with its analysis without depending on the module that computes it.
 */
public interface AnalysisReports {

    /** The analysis report as JSON (docs/analyze.md), if the revision has been analysed. */
    Optional<String> reportJson(UUID revisionId);
}
