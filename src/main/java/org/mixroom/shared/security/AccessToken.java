package org.mixroom.shared.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A personal access token; only the SHA-256 of the secret is kept. */
@Entity
@Table(name = "personal_access_token")
class AccessToken {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccessToken() {
    }

    AccessToken(UUID userId, String name, String tokenHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }
}
