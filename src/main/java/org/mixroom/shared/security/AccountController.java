package org.mixroom.shared.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is signed in as. */
@RestController
class AccountController {

    @GetMapping("/api/me")
    Account me(@AuthenticationPrincipal MixroomUser user) {
        return user.account();
    }
}
