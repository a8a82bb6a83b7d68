package org.mixroom.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: the principal of every authentication Mixroom makes. */
public final class MixroomUser implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final List<GrantedAuthority> authorities;

    MixroomUser(UUID id, String username, String displayName, String passwordHash, boolean enabled, String role) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Account account() {
        return new Account(id, username, displayName);
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MixroomUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "MixroomUser[" + username + "]";
    }
}
