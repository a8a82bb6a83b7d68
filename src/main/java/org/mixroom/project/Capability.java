package org.mixroom.project;

/** Something a member may or may not do in a project; {@link ProjectRole} says who may. */
public enum Capability {
    /** See the project, its tracks, revisions, analysis and comments, and listen. */
    VIEW("see this project"),
    UPLOAD("upload revisions"),
    COMMENT("comment or reply"),
    RESOLVE("resolve or reopen comments"),
    /** Add, rename and reorder tracks. */
    EDIT_TRACKS("add or reorder tracks"),
    /** Approve a revision as final, or request changes. */
    APPROVE("approve revisions or request changes"),
    MANAGE_MEMBERS("manage members"),
    /** Create and revoke links that let guests without an account listen to a revision. */
    SHARE("share revisions with guests");

    private final String phrase;

    Capability(String phrase) {
        this.phrase = phrase;
    }

    /** What the capability allows, to finish "… may not …". */
    public String phrase() {
        return phrase;
    }
}
