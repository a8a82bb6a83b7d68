package org.mixroom.shared.security;

import java.util.UUID;

/** Who someone is, as other modules see it: never the password. */
public record Account(UUID id, String username, String displayName) {
}
