package org.mixroom.sharing;

import java.util.UUID;
import org.mixroom.project.ProjectRole;

/** Which project an invitation is to, and with which role: for the person who opened it or joined by it. */
public record InvitationDetails(UUID projectId, String projectName, ProjectRole role) {
}
