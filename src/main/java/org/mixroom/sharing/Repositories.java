package org.mixroom.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ShareLinkRepository extends JpaRepository<ShareLink, UUID> {
    Optional<ShareLink> findByTokenHash(String tokenHash);

    List<ShareLink> findByRevisionIdOrderByCreatedAtDesc(UUID revisionId);
}

interface InvitationRepository extends JpaRepository<Invitation, UUID> {
    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Marks the invitation used unless someone used it first; 1 if this call did. */
    @Modifying
    @Query("update Invitation i set i.acceptedBy = :person, i.acceptedAt = :at "
            + "where i.id = :id and i.acceptedBy is null")
    int accept(UUID id, UUID person, Instant at);
}
