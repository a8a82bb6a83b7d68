package org.mixroom.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * A share link as its revision's members see it: never its token, which is shown once, when it is made.
 *
 * @param createdBy the username of whoever made it
 * @param state     ACTIVE, EXPIRED or REVOKED
 */
public record ShareLinkView(UUID id, UUID revisionId, SharePermission permission, boolean passwordProtected,
                            boolean download, String createdBy, Instant createdAt, Instant expiresAt,
                            Instant revokedAt, String state) {
}
