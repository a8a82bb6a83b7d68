package org.mixroom;

import java.util.List;
import org.mixroom.analysis.RevisionAnalysed;
import org.mixroom.project.MemberAdded;
import org.mixroom.project.TrackAdded;
import org.mixroom.project.TracksReordered;
import org.mixroom.review.CommentPosted;
import org.mixroom.review.CommentReopened;
import org.mixroom.review.CommentResolved;
import org.mixroom.review.ReplyPosted;
import org.mixroom.revision.RevisionStatusChanged;
import org.mixroom.revision.RevisionUploaded;
import org.mixroom.shared.cluster.CrossNodeEventTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which events reach the other nodes (docs/operations.md): those the live pages follow. Kept here, above every
 * module, since {@code shared} knows none of them. A new event that an open page should see on every node is
 * added to this list.
 */
@Configuration(proxyBeanMethods = false)
class CrossNodeEvents {

    @Bean
    CrossNodeEventTypes crossNodeEventTypes() {
        return new CrossNodeEventTypes(List.of(
                TrackAdded.class, TracksReordered.class, MemberAdded.class,
                RevisionUploaded.class, RevisionStatusChanged.class, RevisionAnalysed.class,
                CommentPosted.class, ReplyPosted.class, CommentResolved.class, CommentReopened.class));
    }
}
