package org.mixroom.revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A revision as every member of its project sees it.
 *
 * @param uploader the uploader's username
 * @param fileName the name the file had on the uploader's computer (shown only; storage goes by sha256)
 * @param failure  why the analysis failed, in plain words; null unless {@code status} is FAILED
 */
public record RevisionView(UUID id, UUID trackId, UUID projectId, int number, String note, String uploader,
                           Instant uploadedAt, String sha256, long sizeBytes, String fileName, FormatFacts format,
                           RevisionStatus status, String failure) {
}
