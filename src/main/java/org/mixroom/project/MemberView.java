package org.mixroom.project;

import java.util.UUID;

public record MemberView(UUID userId, String username, String displayName, ProjectRole role) {
}
