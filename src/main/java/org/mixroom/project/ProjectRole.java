package org.mixroom.project;

import java.util.EnumSet;
import java.util.Set;

/** A member's role in one project, and what it lets them do. */
public enum ProjectRole {
    /** Manages members and everything else; the creator of a project is its first owner. */
    OWNER(EnumSet.allOf(Capability.class)),
    /** A mixing or mastering engineer: also shares revisions with guests, as engineers send mixes out. */
    ENGINEER(EnumSet.of(Capability.VIEW, Capability.UPLOAD, Capability.COMMENT, Capability.RESOLVE,
            Capability.EDIT_TRACKS, Capability.SHARE)),
    /** The only role besides the owner that approves revisions. */
    ARTIST(EnumSet.of(Capability.VIEW, Capability.UPLOAD, Capability.COMMENT, Capability.RESOLVE, Capability.APPROVE)),
    /** Listens and reads; cannot upload, comment or resolve. */
    VIEWER(EnumSet.of(Capability.VIEW));

    private final Set<Capability> capabilities;

    ProjectRole(Set<Capability> capabilities) {
        this.capabilities = capabilities;
    }

    public boolean allows(Capability capability) {
        return capabilities.contains(capability);
    }

    /** The role named {@code name} (case-insensitive), or an exception listing the roles. */
    public static ProjectRole parse(String name) {
        if (name != null) {
            for (ProjectRole role : values()) {
                if (role.name().equalsIgnoreCase(name.strip())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("role must be one of OWNER, ENGINEER, ARTIST, VIEWER");
    }
}
