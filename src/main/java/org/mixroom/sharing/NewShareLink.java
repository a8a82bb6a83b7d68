package org.mixroom.sharing;

import java.time.Instant;

/**
 * A share link as asked for; only {@code permission} is required.
 *
 * @param permission LISTEN or COMMENT
 * @param expiresAt  null for 14 days from now
 * @param password   null for a link without a password
 * @param download   whether guests may download the file; null for no
 */
public record NewShareLink(String permission, Instant expiresAt, String password, Boolean download) {
}
