package org.mixroom.review;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, UUID> {

    @EntityGraph(attributePaths = "replies")
    List<Comment> findByRevisionIdOrderByStartSecondsAscCreatedAtAsc(UUID revisionId);

    @EntityGraph(attributePaths = "replies")
    List<Comment> findByRevisionIdAndResolvedFalse(UUID revisionId);
}
