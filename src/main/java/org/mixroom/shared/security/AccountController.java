package org.mixroom.shared.security;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is signed in as, and the e-mail address their notification mail goes to. */
@RestController
class AccountController {

    /** The signed-in account; {@code email} is null without an address. */
    record Me(UUID id, String username, String displayName, String email) {
    }

    record EmailRequest(String email) {
    }

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal MixroomUser user) {
        return me(user, accounts.emailOf(user.id()).orElse(null));
    }

    /** {@code {"email": "name@example.org"}} sets the address, {@code null} or blank removes it. */
    @PutMapping("/api/me/email")
    Me changeEmail(@AuthenticationPrincipal MixroomUser user, @RequestBody EmailRequest body) {
        return me(user, accounts.changeEmail(user.id(), body.email()).orElse(null));
    }

    private static Me me(MixroomUser user, String email) {
        return new Me(user.id(), user.getUsername(), user.displayName(), email);
    }
}
