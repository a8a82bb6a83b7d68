package org.mixroom.shared.web;

/**
 * An expected refusal: the message says in plain words what is wrong, and the {@link Kind} says how the
 * API answers (an RFC 9457 problem document with that status) and how a view shows it.
 */
public class MixroomException extends RuntimeException {

    /** What kind of refusal, with the HTTP status the API answers with. */
    public enum Kind {
        /** The request itself is wrong: a missing field, a value out of range, a file that is not audio. */
        INVALID(400, "Invalid request"),
        /** The caller may see the thing but lacks the role to do this. */
        FORBIDDEN(403, "Forbidden"),
        /** There is no such thing, or the caller may not know it exists. */
        NOT_FOUND(404, "Not found"),
        /** The request clashes with the current state. */
        CONFLICT(409, "Conflict"),
        /** An upload is larger than the configured maximum. */
        TOO_LARGE(413, "Content too large"),
        /** Too many attempts in a short time, such as wrong passwords; the message says when to try again. */
        TOO_MANY(429, "Too many requests"),
        /** Something the server depends on (the audio store) cannot be reached or refuses; try again later. */
        UNAVAILABLE(503, "Service unavailable");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;

    public MixroomException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MixroomException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static MixroomException invalid(String message) {
        return new MixroomException(Kind.INVALID, message);
    }

    public static MixroomException forbidden(String message) {
        return new MixroomException(Kind.FORBIDDEN, message);
    }

    public static MixroomException notFound(String message) {
        return new MixroomException(Kind.NOT_FOUND, message);
    }

    public static MixroomException conflict(String message) {
        return new MixroomException(Kind.CONFLICT, message);
    }
}
