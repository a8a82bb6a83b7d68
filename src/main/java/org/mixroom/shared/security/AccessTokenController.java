package org.mixroom.shared.security;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's personal access tokens. */
@RestController
@RequestMapping("/api/tokens")
class AccessTokenController {

    record CreateTokenRequest(String name) {
    }

    private final AccessTokens tokens;

    AccessTokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** Creates a token; the response carries the secret {@code token}, shown this once. */
    @PostMapping
    ResponseEntity<AccessTokens.CreatedToken> create(@AuthenticationPrincipal MixroomUser user,
            @RequestBody CreateTokenRequest request) {
        AccessTokens.CreatedToken created = tokens.create(user.id(), request.name());
        return ResponseEntity.created(URI.create("/api/tokens/" + created.id())).body(created);
    }

    @GetMapping
    List<AccessTokens.TokenInfo> list(@AuthenticationPrincipal MixroomUser user) {
        return tokens.list(user.id());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        tokens.revoke(user.id(), id);
        return ResponseEntity.noContent().build();
    }
}
