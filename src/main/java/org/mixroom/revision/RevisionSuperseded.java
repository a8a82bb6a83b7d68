package org.mixroom.revision;

import java.util.UUID;

/**
 * A new revision of a track follows {@code previousRevisionId}. Unlike the other events this one goes out
 * synchronously <em>inside</em> the upload's transaction, before it commits: what its listeners write (the
 * open comments carried forward) commits or rolls back together with the new revision, and a listener that
 * throws refuses the upload.
 */
public record RevisionSuperseded(UUID previousRevisionId, int previousNumber, UUID revisionId, int number,
                                 UUID trackId, UUID projectId) {
}
