package org.mixroom.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mixroom.project.Capability;
import org.mixroom.project.ProjectAccess;
import org.mixroom.revision.RevisionRef;
import org.mixroom.revision.RevisionService;
import org.mixroom.shared.AfterCommitEvents;
import org.mixroom.shared.security.Account;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.web.MixroomException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on revisions: post at a point or over a range (optionally in a band, with a category), reply,
 * resolve and reopen. Viewers read only; every other member may comment, reply and resolve. Comments can be
 * posted while the revision is still being analysed. Events go out after commit. A text's {@code @username}
 * mentions of the project's members are derived from the text and the current members ({@link Mentions}).
 */
@Service
public class CommentService {

    /** Seconds a comment may reach past the end of the file (rounding in the player). */
    static final double END_TOLERANCE_SECONDS = 0.5;

    private final CommentRepository comments;
    private final RevisionService revisions;
    private final ProjectAccess access;
    private final Accounts accounts;
    private final AfterCommitEvents events;
    private final Clock clock;

    CommentService(CommentRepository comments, RevisionService revisions, ProjectAccess access, Accounts accounts,
            AfterCommitEvents events, Clock clock) {
        this.comments = comments;
        this.revisions = revisions;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CommentView post(UUID actor, UUID revisionId, PostComment post) {
        RevisionRef revision = revisions.require(actor, revisionId, Capability.COMMENT);
        return save(revision, actor, null, post);
    }

    /**
     * A comment by a guest who typed {@code guestName}, without any check: for a caller that has decided
     * access its own way (a share link that allows comments).
     */
    @Transactional
    public CommentView postAsGuest(UUID revisionId, String guestName, PostComment post) {
        String name = guestName == null ? "" : guestName.strip();
        if (name.isEmpty()) {
            throw MixroomException.invalid("Type your name, so the team knows who wrote the comment.");
        }
        if (name.length() > Comment.MAX_GUEST_NAME_LENGTH) {
            throw MixroomException.invalid("A name has at most " + Comment.MAX_GUEST_NAME_LENGTH + " characters.");
        }
        return save(revisions.refWithoutCheck(revisionId), null, name, post);
    }

    private CommentView save(RevisionRef revision, UUID author, String guestName, PostComment post) {
        if (post == null || post.startSeconds() == null) {
            throw MixroomException.invalid("startSeconds is required: where in the track the comment points.");
        }
        String text = requireText(post.text());
        TimeAnchor anchor;
        FrequencyBand band;
        CommentCategory category;
        try {
            anchor = new TimeAnchor(post.startSeconds(), post.endSeconds());
            band = FrequencyBand.of(post.lowHz(), post.highHz());
            category = CommentCategory.parse(post.category());
        } catch (IllegalArgumentException e) {
            throw MixroomException.invalid(e.getMessage());
        }
        Double duration = revision.durationSeconds();
        if (duration != null && anchor.lastSecond() > duration + END_TOLERANCE_SECONDS) {
            throw MixroomException.invalid(String.format(java.util.Locale.ROOT,
                    "The comment reaches %.3f s, past the end of the revision at %.3f s.", anchor.lastSecond(),
                    duration));
        }
        Comment comment = comments.save(new Comment(revision.revisionId(), author, guestName, anchor, band, category,
                text, clock.instant()));
        events.publish(new CommentPosted(comment.id(), revision.revisionId(), revision.projectId()));
        return view(comment, accountsOf(comment), memberNames(revision.projectId()));
    }

    /** The revision's comments, in time order (then by when they were posted), each with its replies. */
    @Transactional(readOnly = true)
    public List<CommentView> list(UUID actor, UUID revisionId) {
        revisions.require(actor, revisionId, Capability.VIEW);
        return listWithoutCheck(revisionId);
    }

    /** The revision's comments as {@link #list} gives them, without any check: for a share link's guests. */
    @Transactional(readOnly = true)
    public List<CommentView> listWithoutCheck(UUID revisionId) {
        RevisionRef revision = revisions.refWithoutCheck(revisionId);
        List<Comment> found = comments.findByRevisionIdOrderByStartSecondsAscCreatedAtAsc(revisionId);
        List<UUID> people = new ArrayList<>();
        for (Comment comment : found) {
            if (comment.authorId() != null) {
                people.add(comment.authorId());
            }
            if (comment.resolvedBy() != null) {
                people.add(comment.resolvedBy());
            }
            comment.replies().forEach(reply -> people.add(reply.authorId()));
        }
        Map<UUID, Account> accounts = accounts(people);
        List<String> members = memberNames(revision.projectId());
        return found.stream().map(comment -> view(comment, accounts, members)).toList();
    }

    @Transactional(readOnly = true)
    public CommentView get(UUID actor, UUID commentId) {
        Found found = find(actor, commentId, Capability.VIEW);
        return view(found.comment(), accountsOf(found.comment()), memberNames(found.projectId()));
    }

    @Transactional
    public ReplyView reply(UUID actor, UUID commentId, String text) {
        Found found = find(actor, commentId, Capability.COMMENT);
        Reply reply = found.comment().reply(actor, requireText(text), clock.instant());
        comments.flush();
        events.publish(new ReplyPosted(reply.id(), commentId, found.comment().revisionId(), found.projectId()));
        Account author = accounts(List.of(actor)).get(actor);
        return replyView(reply, commentId, author, memberNames(found.projectId()));
    }

    /** Resolves or reopens a comment; asking for the state it already has changes nothing. */
    @Transactional
    public CommentView setResolved(UUID actor, UUID commentId, boolean resolved) {
        Found found = find(actor, commentId, Capability.RESOLVE);
        Comment comment = found.comment();
        if (comment.resolved() != resolved) {
            if (resolved) {
                comment.resolve(actor, clock.instant());
                events.publish(new CommentResolved(commentId, comment.revisionId(), found.projectId()));
            } else {
                comment.reopen();
                events.publish(new CommentReopened(commentId, comment.revisionId(), found.projectId()));
            }
        }
        return view(comment, accountsOf(comment), memberNames(found.projectId()));
    }

    /**
     * Who wrote a comment or reply, what it says, whom it mentions and who took part in the thread before it:
     * for news about the comment (notifications), not for access, so there is no check. Empty if there is no
     * such comment or reply, and for a comment a guest posted through a share link.
     *
     * @param replyId null for the comment itself
     */
    @Transactional(readOnly = true)
    public Optional<Posting> posting(UUID commentId, UUID replyId, UUID projectId) {
        Optional<Comment> found = comments.findById(commentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Comment comment = found.get();
        if (replyId == null) {
            // A guest's comment notifies no one: mentions are for members writing to members.
            return comment.authorId() == null ? Optional.empty()
                    : Optional.of(posting(comment.authorId(), comment.text(), List.of(), projectId));
        }
        List<UUID> earlier = new ArrayList<>();
        if (comment.authorId() != null) {
            earlier.add(comment.authorId());
        }
        for (Reply reply : comment.replies()) {
            if (reply.id().equals(replyId)) {
                return Optional.of(posting(reply.authorId(), reply.text(),
                        earlier.stream().distinct().toList(), projectId));
            }
            earlier.add(reply.authorId());
        }
        return Optional.empty();
    }

    private Posting posting(UUID author, String text, List<UUID> earlier, UUID projectId) {
        Map<String, UUID> members = new HashMap<>();
        accounts.byIds(access.memberIds(projectId)).values().forEach(a -> members.put(a.username(), a.id()));
        List<UUID> mentioned = Mentions.mentioned(text, members.keySet()).stream().map(members::get).toList();
        return new Posting(author, text, mentioned, earlier);
    }

    private record Found(Comment comment, UUID projectId) {
    }

    private Found find(UUID actor, UUID commentId, Capability capability) {
        Comment comment = comments.findById(commentId).orElseThrow(() -> noComment(commentId));
        try {
            RevisionRef revision = revisions.require(actor, comment.revisionId(), capability);
            return new Found(comment, revision.projectId());
        } catch (MixroomException e) {
            if (e.kind() == MixroomException.Kind.NOT_FOUND) {
                throw noComment(commentId);
            }
            throw e;
        }
    }

    private static MixroomException noComment(UUID commentId) {
        return MixroomException.notFound(
                "There is no comment " + commentId + ", or you are not a member of its project.");
    }

    private static String requireText(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw MixroomException.invalid("The text must not be empty.");
        }
        if (trimmed.length() > Comment.MAX_TEXT_LENGTH) {
            throw MixroomException.invalid("The text has at most " + Comment.MAX_TEXT_LENGTH + " characters.");
        }
        return trimmed;
    }

    private Map<UUID, Account> accountsOf(Comment comment) {
        List<UUID> people = new ArrayList<>();
        if (comment.authorId() != null) {
            people.add(comment.authorId());
        }
        if (comment.resolvedBy() != null) {
            people.add(comment.resolvedBy());
        }
        comment.replies().forEach(reply -> people.add(reply.authorId()));
        return accounts(people);
    }

    private Map<UUID, Account> accounts(Collection<UUID> ids) {
        return accounts.byIds(ids.stream().distinct().toList());
    }

    /** The usernames of the project's members: who may be mentioned. */
    private List<String> memberNames(UUID projectId) {
        return accounts(access.memberIds(projectId)).values().stream().map(Account::username).toList();
    }

    private static CommentView view(Comment c, Map<UUID, Account> accounts, List<String> members) {
        Account author = c.authorId() == null ? null : accounts.get(c.authorId());
        Account resolver = c.resolvedBy() == null ? null : accounts.get(c.resolvedBy());
        return new CommentView(c.id(), c.revisionId(), c.startSeconds(), c.endSeconds(), c.lowHz(), c.highHz(),
                c.category(), c.text(), c.guestName() != null ? null : username(author),
                c.guestName() != null ? c.guestName() : displayName(author), c.guestName(), c.createdAt(), c.resolved(),
                resolver == null ? null : resolver.username(), c.resolvedAt(), c.carriedFromRevision(),
                c.replies().stream().map(r -> replyView(r, c.id(), accounts.get(r.authorId()), members)).toList(),
                Mentions.mentioned(c.text(), members));
    }

    private static ReplyView replyView(Reply reply, UUID commentId, Account author, List<String> members) {
        return new ReplyView(reply.id(), commentId, reply.text(), username(author), displayName(author),
                reply.createdAt(), Mentions.mentioned(reply.text(), members));
    }

    private static String username(Account account) {
        return account == null ? "" : account.username();
    }

    private static String displayName(Account account) {
        return account == null ? "" : account.displayName();
    }
}
