package org.mixroom.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.revision.RevisionView;

class AlbumRevisionTest {

    private final List<RevisionView> revisions = List.of(revision(1), revision(2), revision(3));

    @Test
    void anApprovedRevisionStandsForTheTrackEvenWhenANewerOneExists() {
        UUID approved = revisions.get(1).id();
        assertThat(AlbumService.albumRevision(revisions, approved)).contains(revisions.get(1));
    }

    @Test
    void withoutAnApprovalTheLatestStandsForTheTrack() {
        assertThat(AlbumService.albumRevision(revisions, null)).contains(revisions.get(2));
        assertThat(AlbumService.albumRevision(List.of(), null)).isEmpty();
    }

    private static RevisionView revision(int number) {
        return new RevisionView(UUID.randomUUID(), null, null, number, "", "mix", Instant.EPOCH, "0".repeat(64), 1,
                "mix.wav", null, RevisionStatus.READY, null);
    }
}
