/**
 * Comments on a revision at a point or over a range, optionally in a frequency band and with a category;
 * replies; resolve and reopen. Publishes {@code CommentPosted}, {@code ReplyPosted}, {@code CommentResolved}
 * and {@code CommentReopened} after commit.
 */
package org.mixroom.review;
