package org.mixroom.revision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, UUID> {

    List<Revision> findByTrackIdOrderByNumber(UUID trackId);

    @Query("select coalesce(max(r.number), 0) from Revision r where r.trackId = :trackId")
    int maxNumber(UUID trackId);

    Optional<Revision> findByTrackIdAndNumber(UUID trackId, int number);

    /** Rows of (trackId, the newest uploadedAt) for the tracks that have revisions. */
    @Query("select r.trackId, max(r.uploadedAt) from Revision r where r.trackId in :trackIds group by r.trackId")
    List<Object[]> latestUploads(Collection<UUID> trackIds);

    List<Revision> findByStatusInOrderByUploadedAt(Collection<RevisionStatus> statuses);

    boolean existsBySha256(String sha256);
}
