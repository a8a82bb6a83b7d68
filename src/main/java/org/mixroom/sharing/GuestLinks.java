package org.mixroom.sharing;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mixroom.analysis.AnalysisService;
import org.mixroom.project.ProjectService;
import org.mixroom.review.CommentService;
import org.mixroom.review.CommentView;
import org.mixroom.review.PostComment;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.security.SecretTokens;
import org.mixroom.shared.web.MixroomException;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a guest without an account does through a share link: listen to the one revision it names, read its
 * comments, and comment or download if the link allows it. A token is looked up by its SHA-256, so the lookup
 * compares hashes and leaks nothing of the token through timing; a password is checked by the app's password
 * encoder (BCrypt, which is slow on purpose), and after too many wrong ones {@link PasswordAttempts} stops
 * checking for a while. Every call opens the link anew, so a revoked link stops at once.
 */
@Service
public class GuestLinks {

    /** The same answer for an unknown, an expired and a revoked token, so a guess learns nothing. */
    static final String NOT_WORKING = "This link has expired or was revoked.";

    private final ShareLinkRepository links;
    private final RevisionService revisions;
    private final ProjectService projects;
    private final AnalysisService analyses;
    private final CommentService comments;
    private final PasswordEncoder passwords;
    private final PasswordAttempts attempts;
    private final Clock clock;

    GuestLinks(ShareLinkRepository links, RevisionService revisions, ProjectService projects,
            AnalysisService analyses, CommentService comments, PasswordEncoder passwords, PasswordAttempts attempts,
            Clock clock) {
        this.links = links;
        this.revisions = revisions;
        this.projects = projects;
        this.analyses = analyses;
        this.comments = comments;
        this.passwords = passwords;
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * The link, if it works and is unlocked: it has no password, its id is among {@code unlockedInSession},
     * or {@code password} is right. 404 for a link that does not work, 403 for a missing or wrong password.
     */
    @Transactional(readOnly = true)
    public GuestLink open(String token, String password, Collection<UUID> unlockedInSession) {
        ShareLink link = working(token);
        if (link.passwordHash() != null && !unlockedInSession.contains(link.id())) {
            if (password == null || password.isEmpty()) {
                throw MixroomException.forbidden("This link is protected by a password: send it in the "
                        + "X-Share-Password header.");
            }
            attempts.requireAllowed(link.id());
            if (!passwords.matches(password, link.passwordHash())) {
                attempts.failed(link.id());
                throw MixroomException.forbidden("The password for this link is wrong.");
            }
        }
        return new GuestLink(link.id(), link.revisionId(), link.permission(), link.download());
    }

    @Transactional(readOnly = true)
    public GuestRevision revision(GuestLink link) {
        RevisionView revision = revisions.viewWithoutCheck(link.revisionId());
        String title = projects.trackWithoutCheck(revision.trackId()).title();
        return new GuestRevision(title, revision.number(), revision.format().durationSeconds(),
                revision.status() == RevisionStatus.READY, link.permission(), link.mayDownload());
    }

    /** The audio, to play in the page; the same bytes as a download only when the link allows downloads. */
    public RevisionService.AudioFile audio(GuestLink link, boolean download) {
        if (download && !link.mayDownload()) {
            throw MixroomException.forbidden("This link does not allow downloading the file.");
        }
        return revisions.audioWithoutCheck(link.revisionId());
    }

    public Optional<Resource> peaks(GuestLink link) {
        return analyses.peaksWithoutCheck(link.revisionId());
    }

    public List<GuestComment> comments(GuestLink link) {
        return comments.listWithoutCheck(link.revisionId()).stream().map(GuestLinks::guestView).toList();
    }

    public GuestComment comment(GuestLink link, String guestName, PostComment post) {
        if (!link.mayComment()) {
            throw MixroomException.forbidden("This link lets you listen only; it does not allow comments.");
        }
        return guestView(comments.postAsGuest(link.revisionId(), guestName, post));
    }

    private ShareLink working(String token) {
        if (token == null || token.isBlank()) {
            throw MixroomException.notFound(NOT_WORKING);
        }
        return links.findByTokenHash(SecretTokens.hash(token))
                .filter(link -> link.worksAt(clock.instant()))
                .orElseThrow(() -> MixroomException.notFound(NOT_WORKING));
    }

    private static GuestComment guestView(CommentView c) {
        String author = c.guestName() != null ? c.signature() : c.authorName();
        return new GuestComment(c.id(), c.startSeconds(), c.endSeconds(), c.text(), author, c.createdAt(),
                c.resolved(), c.replies().stream()
                        .map(r -> new GuestComment.Reply(r.authorName(), r.text(), r.createdAt())).toList());
    }
}
