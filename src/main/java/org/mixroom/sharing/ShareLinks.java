package org.mixroom.sharing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mixroom.project.Capability;
import org.mixroom.project.ProjectAccess;
import org.mixroom.revision.RevisionService;
import org.mixroom.shared.security.Account;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.security.SecretTokens;
import org.mixroom.shared.web.MixroomException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links as members make and manage them. Who may: whoever has {@link Capability#SHARE} in the
 * revision's project (owners and engineers); every other member gets 403, a non-member 404.
 */
@Service
public class ShareLinks {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(14);
    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** BCrypt reads at most 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final ShareLinkRepository links;
    private final RevisionService revisions;
    private final ProjectAccess access;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    ShareLinks(ShareLinkRepository links, RevisionService revisions, ProjectAccess access, Accounts accounts,
            PasswordEncoder passwords, Clock clock) {
        this.links = links;
        this.revisions = revisions;
        this.access = access;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Whether {@code actor} may make and revoke the revision's share links. */
    @Transactional(readOnly = true)
    public boolean mayShare(UUID actor, UUID revisionId) {
        // asked, not required: a refusal thrown inside this transaction would mark it for rollback
        UUID projectId = revisions.refWithoutCheck(revisionId).projectId();
        return access.roleOf(actor, projectId).filter(role -> role.allows(Capability.SHARE)).isPresent();
    }

    @Transactional
    public CreatedShareLink create(UUID actor, UUID revisionId, NewShareLink request) {
        revisions.require(actor, revisionId, Capability.SHARE);
        if (request == null) {
            throw MixroomException.invalid("Send {\"permission\": \"LISTEN\" or \"COMMENT\"}.");
        }
        SharePermission permission;
        try {
            permission = SharePermission.parse(request.permission());
        } catch (IllegalArgumentException e) {
            throw MixroomException.invalid(e.getMessage());
        }
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() == null ? now.plus(DEFAULT_LIFETIME) : request.expiresAt();
        if (!expiresAt.isAfter(now)) {
            throw MixroomException.invalid("expiresAt must lie in the future.");
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw MixroomException.invalid("expiresAt may lie at most " + MAX_LIFETIME.toDays() + " days ahead.");
        }
        String token = SecretTokens.generate();
        ShareLink link = links.save(new ShareLink(revisionId, permission, SecretTokens.hash(token),
                encodePassword(request.password()), Boolean.TRUE.equals(request.download()), actor, now, expiresAt));
        return new CreatedShareLink(token, view(link, accounts.byIds(List.of(actor)), now));
    }

    /** The revision's links, newest first, including expired and revoked ones. */
    @Transactional(readOnly = true)
    public List<ShareLinkView> list(UUID actor, UUID revisionId) {
        revisions.require(actor, revisionId, Capability.SHARE);
        List<ShareLink> found = links.findByRevisionIdOrderByCreatedAtDesc(revisionId);
        Map<UUID, Account> people = accounts.byIds(found.stream().map(ShareLink::createdBy).distinct().toList());
        Instant now = clock.instant();
        return found.stream().map(link -> view(link, people, now)).toList();
    }

    /** Revokes a link at once: guests who open it from now on see that it was revoked. Again changes nothing. */
    @Transactional
    public ShareLinkView revoke(UUID actor, UUID linkId) {
        ShareLink link = links.findById(linkId).orElseThrow(() -> noLink(linkId));
        try {
            revisions.require(actor, link.revisionId(), Capability.SHARE);
        } catch (MixroomException e) {
            throw e.kind() == MixroomException.Kind.NOT_FOUND ? noLink(linkId) : e;
        }
        Instant now = clock.instant();
        link.revoke(now);
        return view(link, accounts.byIds(List.of(link.createdBy())), now);
    }

    private String encodePassword(String password) {
        if (password == null) {
            return null;
        }
        if (password.isBlank()) {
            throw MixroomException.invalid("The password must not be empty; leave it out for a link without one.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw MixroomException.invalid("The password has at most " + MAX_PASSWORD_BYTES + " bytes.");
        }
        return passwords.encode(password);
    }

    private static MixroomException noLink(UUID linkId) {
        return MixroomException.notFound(
                "There is no share link " + linkId + ", or you are not a member of its project.");
    }

    private static ShareLinkView view(ShareLink link, Map<UUID, Account> people, Instant now) {
        Account creator = people.get(link.createdBy());
        String state = link.revokedAt() != null ? "REVOKED" : link.worksAt(now) ? "ACTIVE" : "EXPIRED";
        return new ShareLinkView(link.id(), link.revisionId(), link.permission(), link.passwordHash() != null,
                link.download(), creator == null ? "" : creator.username(), link.createdAt(), link.expiresAt(),
                link.revokedAt(), state);
    }
}
