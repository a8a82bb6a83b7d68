package org.mixroom.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person signed in on the current request. Services take the acting user's id as a parameter instead
 * of reading it here, so they work the same from a view's push callback, a controller or a test.
 */
public final class CurrentUser {
    private CurrentUser() {
    }

    public static Optional<MixroomUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MixroomUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; throws if nobody is (security rules make that impossible on protected paths). */
    public static MixroomUser require() {
        return get().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }
}
