package org.mixroom.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mixroom.project.TrackState;
import org.mixroom.project.TrackStatus;

class TrackStateRuleTest {

    static final Instant UPLOADED = Instant.parse("2026-05-01T10:00:00Z");
    static final Instant LATER = UPLOADED.plusSeconds(60);
    static final String SHA = "ab".repeat(32);
    static final UUID REVISION = UUID.randomUUID();

    static Approval decision(Decision decision, Instant at) {
        return new Approval(REVISION, UUID.randomUUID(), decision, "", SHA, UUID.randomUUID(), at);
    }

    @Test
    void aTrackWithoutRevisionsIsInProgress() {
        assertThat(TrackStateRule.apply(null, null, sha -> true)).isEqualTo(TrackStatus.IN_PROGRESS);
    }

    @Test
    void aRevisionWithoutDecisionAwaitsApproval() {
        assertThat(TrackStateRule.apply(UPLOADED, null, sha -> true).state()).isEqualTo(TrackState.AWAITING_APPROVAL);
    }

    @Test
    void anApprovalOfIntactBytesApprovesTheTrackWithTheRevisionAndItsHash() {
        TrackStatus status = TrackStateRule.apply(UPLOADED, decision(Decision.APPROVED, LATER), SHA::equals);

        assertThat(status).isEqualTo(new TrackStatus(TrackState.APPROVED, REVISION, SHA, null));
    }

    @Test
    void anApprovalWhoseStoredBytesNoLongerHaveTheApprovedHashNoLongerCounts() {
        TrackStatus status = TrackStateRule.apply(UPLOADED, decision(Decision.APPROVED, LATER), sha -> false);

        assertThat(status.state()).isEqualTo(TrackState.AWAITING_APPROVAL);
        assertThat(status.approvedRevisionId()).isNull();
        assertThat(status.approvedSha256()).isNull();
        assertThat(status.approvalWarning()).startsWith("Approval no longer valid: the stored file differs");
    }

    @Test
    void theHashIsCheckedAgainstTheApprovedSha256() {
        String other = "cd".repeat(32);
        assertThat(TrackStateRule.apply(UPLOADED, decision(Decision.APPROVED, LATER), other::equals).state())
                .isEqualTo(TrackState.AWAITING_APPROVAL);
    }

    @Test
    void aRequestForChangesIsTheStateUntilTheNextUpload() {
        assertThat(TrackStateRule.apply(UPLOADED, decision(Decision.CHANGES_REQUESTED, LATER), sha -> true).state())
                .isEqualTo(TrackState.CHANGES_REQUESTED);
        assertThat(TrackStateRule.apply(LATER.plusSeconds(1), decision(Decision.CHANGES_REQUESTED, LATER),
                sha -> true).state()).isEqualTo(TrackState.AWAITING_APPROVAL);
    }

    @Test
    void aRevisionUploadedAfterTheApprovalAwaitsApprovalAgain() {
        TrackStatus status = TrackStateRule.apply(LATER.plusSeconds(1), decision(Decision.APPROVED, LATER),
                sha -> true);

        assertThat(status).isEqualTo(new TrackStatus(TrackState.AWAITING_APPROVAL, null, null, null));
    }
}
