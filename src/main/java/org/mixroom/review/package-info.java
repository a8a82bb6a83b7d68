/**
 * Comments on a revision at a point or over a range, optionally in a frequency band and with a category;
 * replies; resolve and reopen. Publishes {@code CommentPosted}, {@code ReplyPosted}, {@code CommentResolved}
 * and {@code CommentReopened} after commit. A new revision gets the previous one's open comments
 * ({@link org.mixroom.review.CommentCarrier}).
 */
package org.mixroom.review;
