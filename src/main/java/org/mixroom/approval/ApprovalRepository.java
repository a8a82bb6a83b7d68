package org.mixroom.approval;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalRepository extends JpaRepository<Approval, UUID> {

    List<Approval> findByRevisionIdOrderByDecidedAtDesc(UUID revisionId);

    List<Approval> findByTrackIdInOrderByDecidedAtDesc(Collection<UUID> trackIds);
}
