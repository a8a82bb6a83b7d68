/**
 * Links that open Mixroom to people: one-time invitations that add someone to a project with a role, and
 * share links that let a guest without an account listen to one revision (and, if the link allows it, comment
 * or download). Every secret is 256 random bits of which only the SHA-256 is stored. Guests reach nothing
 * but the one revision their link names. Comments by guests go through the review module, so members see
 * them arrive as any other ({@code CommentPosted}); joining publishes the project's {@code MemberAdded}.
 */
package org.mixroom.sharing;
