package org.mixroom.approval;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mixroom.project.Capability;
import org.mixroom.project.ProjectAccess;
import org.mixroom.project.ProjectAudit;
import org.mixroom.project.TrackStateChanged;
import org.mixroom.revision.RevisionRef;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.AfterCommitEvents;
import org.mixroom.shared.security.Account;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.web.MixroomException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Artists and owners approve a revision as final or request changes (with a note saying what). Each decision
 * records the SHA-256 of the stored bytes, goes into the project's audit history in the same transaction,
 * and is announced after commit. Any analysed revision can be approved, not only the newest; there is no
 * separate "submit for approval" step.
 */
@Service
public class ApprovalService {

    private final ApprovalRepository approvals;
    private final RevisionService revisions;
    private final ProjectAccess access;
    private final ProjectAudit audit;
    private final Accounts accounts;
    private final StoredBytes stored;
    private final AfterCommitEvents events;
    private final Clock clock;

    ApprovalService(ApprovalRepository approvals, RevisionService revisions, ProjectAccess access, ProjectAudit audit,
            Accounts accounts, StoredBytes stored, AfterCommitEvents events, Clock clock) {
        this.approvals = approvals;
        this.revisions = revisions;
        this.access = access;
        this.audit = audit;
        this.accounts = accounts;
        this.stored = stored;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records {@code decision} (APPROVED or CHANGES_REQUESTED) on the revision. A request for changes needs a
     * note; an approval needs a revision whose analysis is ready and whose stored bytes are intact.
     */
    @Transactional
    public ApprovalView decide(UUID actor, UUID revisionId, String decision, String note) {
        RevisionView revision = revisions.get(actor, revisionId);
        access.requireTrack(actor, revision.trackId(), Capability.APPROVE);
        Decision parsed;
        try {
            parsed = Decision.parse(decision);
        } catch (IllegalArgumentException e) {
            throw MixroomException.invalid("The decision must be APPROVED or CHANGES_REQUESTED.");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > Approval.MAX_NOTE_LENGTH) {
            throw MixroomException.invalid("The note has at most " + Approval.MAX_NOTE_LENGTH + " characters.");
        }
        if (parsed == Decision.CHANGES_REQUESTED && text.isEmpty()) {
            throw MixroomException.invalid("Say what should change: a request for changes needs a note.");
        }
        if (parsed == Decision.APPROVED) {
            requireApprovable(revision);
        }
        Approval saved = approvals.save(new Approval(revisionId, revision.trackId(), parsed, text,
                revision.sha256(), actor, clock.instant()));
        audit.recordDecision(revision.projectId(), actor, parsed == Decision.APPROVED, revision.trackId(),
                revisionId, revision.number(), revision.sha256(), text);
        events.publish(parsed == Decision.APPROVED
                ? new RevisionApproved(saved.id(), revisionId, revision.trackId(), revision.projectId(), actor)
                : new ChangesRequested(saved.id(), revisionId, revision.trackId(), revision.projectId(), actor));
        events.publish(new TrackStateChanged(revision.projectId(), revision.trackId()));
        return view(saved, revision, username(accounts.findById(actor).orElse(null)));
    }

    private void requireApprovable(RevisionView revision) {
        if (revision.status() != RevisionStatus.READY) {
            throw MixroomException.conflict("Revision " + revision.number() + " can be approved once its analysis "
                    + "is ready; it is " + revision.status().name().toLowerCase() + ".");
        }
        if (!stored.intact(revision.sha256())) {
            throw MixroomException.conflict("The stored file of revision " + revision.number()
                    + " no longer has its SHA-256 " + revision.sha256() + "; it cannot be approved.");
        }
    }

    /** The decisions on a revision, newest first, each saying whether the stored bytes still match. */
    @Transactional(readOnly = true)
    public List<ApprovalView> list(UUID actor, UUID revisionId) {
        RevisionView revision = revisions.get(actor, revisionId);
        List<Approval> found = approvals.findByRevisionIdOrderByDecidedAtDesc(revisionId);
        var people = accounts.byIds(found.stream().map(Approval::decidedBy).distinct().toList());
        return found.stream().map(a -> view(a, revision, username(people.get(a.decidedBy())))).toList();
    }

    /** Whether {@code actor} may approve or request changes on the revision. */
    @Transactional(readOnly = true)
    public boolean mayDecide(UUID actor, UUID revisionId) {
        RevisionRef revision = revisions.require(actor, revisionId, Capability.VIEW);
        return access.roleOf(actor, revision.projectId()).filter(role -> role.allows(Capability.APPROVE))
                .isPresent();
    }

    private ApprovalView view(Approval a, RevisionView revision, String decidedBy) {
        return new ApprovalView(a.id(), a.revisionId(), revision.number(), a.trackId(), revision.projectId(),
                a.decision(), a.note(), decidedBy, a.decidedAt(), a.sha256(), stored.intact(a.sha256()));
    }

    private static String username(Account account) {
        return account == null ? "" : account.username();
    }
}
