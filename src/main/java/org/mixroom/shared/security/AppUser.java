package org.mixroom.shared.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An account of someone who signs in to Mixroom (table {@code app_user}). */
@Entity
@Table(name = "app_user")
class AppUser {

    /** Instance-wide roles; roles within a project belong to the project module. */
    enum Role {
        ADMIN,
        USER
    }

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** One of the demo accounts, which {@code mixroom.demo.enabled=false} switches off. */
    @Column(nullable = false)
    private boolean demo;

    /** Where notification mail goes; null for none. */
    @Column(length = Accounts.MAX_EMAIL_LENGTH)
    private String email;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Role role, boolean demo, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean demo() {
        return demo;
    }

    String email() {
        return email;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    Account toAccount() {
        return new Account(id, username, displayName);
    }
}
