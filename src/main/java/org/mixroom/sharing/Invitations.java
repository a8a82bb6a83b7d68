package org.mixroom.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.mixroom.project.Capability;
import org.mixroom.project.ProjectAccess;
import org.mixroom.project.ProjectRole;
import org.mixroom.project.ProjectService;
import org.mixroom.shared.security.SecretTokens;
import org.mixroom.shared.web.MixroomException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time invitation links: an owner (whoever may manage members) makes one with a role; the first signed-in
 * person to open it joins the project with that role, and the link stops working.
 */
@Service
public class Invitations {

    static final Duration LIFETIME = Duration.ofDays(7);
    static final String NOT_WORKING = "This invitation has expired or has been used already.";

    private final InvitationRepository invitations;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final Clock clock;

    Invitations(InvitationRepository invitations, ProjectAccess access, ProjectService projects, Clock clock) {
        this.invitations = invitations;
        this.access = access;
        this.projects = projects;
        this.clock = clock;
    }

    /** Whether {@code actor} may invite people to the project. */
    @Transactional(readOnly = true)
    public boolean mayInvite(UUID actor, UUID projectId) {
        return access.roleOf(actor, projectId).filter(role -> role.allows(Capability.MANAGE_MEMBERS)).isPresent();
    }

    /** A new invitation to the project with {@code role}, working for 7 days. */
    @Transactional
    public CreatedInvitation create(UUID actor, UUID projectId, String role) {
        access.require(actor, projectId, Capability.MANAGE_MEMBERS);
        ProjectRole parsed;
        try {
            parsed = ProjectRole.parse(role);
        } catch (IllegalArgumentException e) {
            throw MixroomException.invalid("The role must be one of OWNER, ENGINEER, ARTIST or VIEWER.");
        }
        String token = SecretTokens.generate();
        Instant now = clock.instant();
        Invitation saved = invitations.save(new Invitation(projectId, parsed, SecretTokens.hash(token), actor, now,
                now.plus(LIFETIME)));
        return new CreatedInvitation(saved.id(), projectId, parsed, saved.expiresAt(), token);
    }

    /**
     * Adds {@code person} to the invitation's project with its role and uses the invitation up. Someone who
     * is a member already keeps their role (and the invitation is used up all the same).
     */
    @Transactional
    public InvitationDetails accept(UUID person, String token) {
        Invitation invitation = working(token);
        if (invitations.accept(invitation.id(), person, clock.instant()) != 1) {
            throw MixroomException.notFound(NOT_WORKING);
        }
        ProjectRole role = projects.joinWithoutCheck(person, invitation.projectId(), invitation.role());
        return new InvitationDetails(invitation.projectId(), projects.nameWithoutCheck(invitation.projectId()), role);
    }

    private Invitation working(String token) {
        if (token == null || token.isBlank()) {
            throw MixroomException.notFound(NOT_WORKING);
        }
        return invitations.findByTokenHash(SecretTokens.hash(token))
                .filter(invitation -> invitation.worksAt(clock.instant()))
                .orElseThrow(() -> MixroomException.notFound(NOT_WORKING));
    }
}
