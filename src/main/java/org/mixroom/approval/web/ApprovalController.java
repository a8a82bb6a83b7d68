package org.mixroom.approval.web;

import java.util.List;
import java.util.UUID;
import org.mixroom.approval.ApprovalService;
import org.mixroom.approval.ApprovalView;
import org.mixroom.shared.security.MixroomUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Approving a revision or requesting changes, and the decisions made on a revision. */
@RestController
@RequestMapping("/api")
class ApprovalController {

    record DecisionRequest(String decision, String note) {
    }

    private final ApprovalService approvals;

    ApprovalController(ApprovalService approvals) {
        this.approvals = approvals;
    }

    /** {@code {"decision": "APPROVED" | "CHANGES_REQUESTED", "note"}}. */
    @PostMapping("/revisions/{id}/approval")
    ResponseEntity<ApprovalView> decide(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody DecisionRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(approvals.decide(user.id(), id, body.decision(), body.note()));
    }

    /** Every decision on the revision, newest first. */
    @GetMapping("/revisions/{id}/approvals")
    List<ApprovalView> list(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return approvals.list(user.id(), id);
    }
}
