package org.mixroom.approval;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mixroom.project.TrackStateChanged;
import org.mixroom.project.TrackStatus;
import org.mixroom.project.TrackStatuses;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionUploaded;
import org.mixroom.shared.AfterCommitEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each track's state by {@link TrackStateRule}, worked out when asked, so an approval whose stored bytes
 * changed stops counting at once. Announces {@link TrackStateChanged} for every new revision, as decisions do.
 */
@Component
class ApprovalTrackStatuses implements TrackStatuses {

    private final ApprovalRepository approvals;
    private final RevisionService revisions;
    private final StoredBytes stored;
    private final AfterCommitEvents events;

    ApprovalTrackStatuses(ApprovalRepository approvals, RevisionService revisions, StoredBytes stored,
            AfterCommitEvents events) {
        this.approvals = approvals;
        this.revisions = revisions;
        this.stored = stored;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, TrackStatus> of(List<UUID> trackIds) {
        Map<UUID, TrackStatus> statuses = new HashMap<>();
        if (trackIds.isEmpty()) {
            return statuses;
        }
        Map<UUID, Instant> uploads = revisions.latestUploads(trackIds);
        Map<UUID, Approval> last = new HashMap<>();
        approvals.findByTrackIdInOrderByDecidedAtDesc(trackIds).forEach(a -> last.putIfAbsent(a.trackId(), a));
        for (UUID trackId : trackIds) {
            statuses.put(trackId, TrackStateRule.apply(uploads.get(trackId), last.get(trackId), stored::intact));
        }
        return statuses;
    }

    @EventListener
    void on(RevisionUploaded uploaded) {
        events.publish(new TrackStateChanged(uploaded.projectId(), uploaded.trackId()));
    }
}
