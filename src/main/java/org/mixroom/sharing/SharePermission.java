package org.mixroom.sharing;

/** What a share link lets a guest do besides listening. */
public enum SharePermission {
    /** Listen and read the comments. */
    LISTEN,
    /** Also post comments under a name the guest types. */
    COMMENT;

    /** The permission named {@code name} (case-insensitive), or an exception saying which there are. */
    static SharePermission parse(String name) {
        if (name != null) {
            for (SharePermission permission : values()) {
                if (permission.name().equalsIgnoreCase(name.strip())) {
                    return permission;
                }
            }
        }
        throw new IllegalArgumentException("permission is required and must be LISTEN or COMMENT.");
    }
}
