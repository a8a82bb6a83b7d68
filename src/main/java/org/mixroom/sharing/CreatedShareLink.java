package org.mixroom.sharing;

/** A share link just made, with its token: the only time the token is shown. */
public record CreatedShareLink(String token, ShareLinkView link) {
}
