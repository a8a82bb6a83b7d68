package org.mixroom.shared.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mixroom.shared.web.MixroomException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts: {@code Authorization: Bearer <token>} on the API. A token is a
 * {@link SecretTokens} secret; only its SHA-256 is stored, so the plain token is shown once, when it is created.
 */
@Service
public class AccessTokens {

    public static final String PREFIX = "mxr_";
    public static final int MAX_NAME_LENGTH = 100;

    /** A token as listed: never the secret. */
    public record TokenInfo(UUID id, String name, Instant createdAt) {
    }

    /** A token just created, with its secret. */
    public record CreatedToken(UUID id, String name, Instant createdAt, String token) {
    }

    private final AccessTokenRepository tokens;
    private final AppUserRepository users;
    private final AccountUserDetailsService userDetails;
    private final Clock clock;

    AccessTokens(AccessTokenRepository tokens, AppUserRepository users, AccountUserDetailsService userDetails,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    @Transactional
    public CreatedToken create(UUID userId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw MixroomException.invalid("A token needs a name of 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        String token = PREFIX + SecretTokens.generate();
        AccessToken saved = tokens.save(new AccessToken(userId, trimmed, SecretTokens.hash(token), clock.instant()));
        return new CreatedToken(saved.id(), saved.name(), saved.createdAt(), token);
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> list(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAt(userId).stream()
                .map(t -> new TokenInfo(t.id(), t.name(), t.createdAt()))
                .toList();
    }

    @Transactional
    public void revoke(UUID userId, UUID tokenId) {
        AccessToken token = tokens.findById(tokenId)
                .filter(t -> t.userId().equals(userId))
                .orElseThrow(() -> MixroomException.notFound("You have no access token " + tokenId + "."));
        tokens.delete(token);
    }

    /** The enabled user a token belongs to; empty for an unknown or revoked token. */
    @Transactional(readOnly = true)
    Optional<MixroomUser> authenticate(String token) {
        return tokens.findByTokenHash(SecretTokens.hash(token))
                .flatMap(t -> users.findById(t.userId()))
                .map(userDetails::toUser)
                .filter(MixroomUser::isEnabled);
    }
}
