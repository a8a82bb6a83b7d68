package org.mixroom.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.UUID;
import org.mixroom.project.ProjectRole;
import org.mixroom.shared.security.MixroomUser;
import org.mixroom.sharing.CreatedInvitation;
import org.mixroom.sharing.InvitationDetails;
import org.mixroom.sharing.Invitations;
import org.mixroom.sharing.SharingAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One-time invitation links to a project, for owners' scripts and for the person invited. */
@RestController
@RequestMapping("/api")
class InvitationController {

    record NewInvitation(String role) {
    }

    /** The invitation just made: {@code url} and {@code token} are shown only in this answer. */
    record Created(UUID id, String url, String token, ProjectRole role, Instant expiresAt) {
    }

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/projects/{id}/invitations")
    ResponseEntity<Created> create(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody(required = false) NewInvitation body, HttpServletRequest request) {
        CreatedInvitation created = invitations.create(user.id(), id, body == null ? null : body.role());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(created.id(),
                SharingAddresses.invitation(request, created.token()), created.token(), created.role(),
                created.expiresAt()));
    }

    /** Joins the signed-in caller to the invitation's project; the invitation then no longer works. */
    @PostMapping("/invitations/{token}/accept")
    InvitationDetails accept(@AuthenticationPrincipal MixroomUser user, @PathVariable String token) {
        return invitations.accept(user.id(), token);
    }
}
