package org.mixroom.review.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.mixroom.approval.ApprovalService;
import org.mixroom.approval.ApprovalView;
import org.mixroom.approval.Decision;
import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The revision's approval: the last decision on it (and whether the stored file still matches it), and for
 * artists and owners "Approve" and "Request changes", the latter with a note in a dialog.
 */
class ApprovalPanel extends HorizontalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ApprovalService approvals;
    private final UUID viewer;
    private final UUID revisionId;
    private final Paragraph state = new Paragraph();
    private final Button approve = new Button("Approve");
    private final Button requestChanges = new Button("Request changes");

    ApprovalPanel(ApprovalService approvals, UUID viewer, UUID revisionId) {
        this.approvals = approvals;
        this.viewer = viewer;
        this.revisionId = revisionId;
        state.getElement().setAttribute("role", "status");
        state.getElement().setAttribute("aria-label", "Approval");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(click -> decide(Decision.APPROVED, ""));
        requestChanges.addClickListener(click -> openRequestDialog());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(state, approve, requestChanges);
        refresh();
    }

    void refresh() {
        List<ApprovalView> decisions = approvals.list(viewer, revisionId);
        state.setText(decisions.isEmpty() ? "Not approved yet." : describe(decisions.getFirst()));
        boolean mayDecide = approvals.mayDecide(viewer, revisionId);
        approve.setVisible(mayDecide);
        requestChanges.setVisible(mayDecide);
    }

    static String describe(ApprovalView last) {
        if (last.decision() == Decision.APPROVED && !last.valid()) {
            return "Approval no longer valid: the stored file differs from the approved SHA-256 " + last.sha256()
                    + ".";
        }
        return switch (last.decision()) {
            case APPROVED -> "Approved by " + last.decidedBy() + " on " + TIME.format(last.decidedAt())
                    + " — SHA-256 " + last.sha256();
            case CHANGES_REQUESTED -> "Changes requested by " + last.decidedBy() + " on "
                    + TIME.format(last.decidedAt()) + ": " + last.note();
        };
    }

    private void openRequestDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Request changes");
        TextArea note = new TextArea("What should change");
        note.setWidth("28em");
        note.setMaxLength(5000);
        Button send = new Button("Send request", click -> {
            if (decide(Decision.CHANGES_REQUESTED, note.getValue())) {
                dialog.close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
        dialog.open();
        note.focus();
    }

    private boolean decide(Decision decision, String note) {
        ApprovalView made = Notices.attempt(() -> approvals.decide(viewer, revisionId, decision.name(), note));
        if (made == null) {
            return false;
        }
        Notices.done(decision == Decision.APPROVED ? "Revision approved." : "Changes requested.");
        refresh();
        return true;
    }
}
