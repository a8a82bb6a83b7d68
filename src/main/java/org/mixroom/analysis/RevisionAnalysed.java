package org.mixroom.analysis;

import java.util.UUID;
import org.mixroom.revision.RevisionStatus;

/** A revision's analysis finished: {@code status} is READY (results stored) or FAILED (reason on the revision). */
public record RevisionAnalysed(UUID revisionId, UUID trackId, UUID projectId, RevisionStatus status) {
}
