package org.mixroom.sharing;

import java.util.UUID;

/**
 * A share link that works and has been unlocked (its password given, if it has one). Only
 * {@link GuestLinks#open} makes one, so holding one is proof enough for the guest's actions.
 */
public final class GuestLink {

    private final UUID linkId;
    private final UUID revisionId;
    private final SharePermission permission;
    private final boolean download;

    GuestLink(UUID linkId, UUID revisionId, SharePermission permission, boolean download) {
        this.linkId = linkId;
        this.revisionId = revisionId;
        this.permission = permission;
        this.download = download;
    }

    public UUID linkId() {
        return linkId;
    }

    public UUID revisionId() {
        return revisionId;
    }

    public SharePermission permission() {
        return permission;
    }

    public boolean mayComment() {
        return permission == SharePermission.COMMENT;
    }

    public boolean mayDownload() {
        return download;
    }
}
