package org.mixroom.review;

import java.util.List;
import org.mixroom.revision.RevisionSuperseded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries the open comments of a revision forward to the next one, inside the upload's transaction: if the
 * upload rolls back, so do the copies. Resolved comments stay behind; the originals stay on the old revision
 * untouched, so resolving a copy changes nothing there. Each copy brings the thread as it stood (replies are
 * copied with their authors and times); replies written on the old revision afterwards stay there.
 */
@Component
class CommentCarrier {

    private final CommentRepository comments;

    CommentCarrier(CommentRepository comments) {
        this.comments = comments;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void carry(RevisionSuperseded superseded) {
        List<Comment> copies = comments.findByRevisionIdAndResolvedFalse(superseded.previousRevisionId()).stream()
                .map(open -> open.carriedTo(superseded.revisionId(), superseded.previousNumber()))
                .toList();
        comments.saveAllAndFlush(copies);
    }
}
