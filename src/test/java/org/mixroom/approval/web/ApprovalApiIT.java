package org.mixroom.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.RecordedEvents;
import org.mixroom.TestWavs;
import org.mixroom.approval.ChangesRequested;
import org.mixroom.approval.RevisionApproved;
import org.mixroom.shared.MixroomProperties;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ApprovalApiIT extends ApiTestSupport {

    @Autowired
    RecordedEvents events;

    @Autowired
    MixroomProperties properties;

    ApiClient owner;
    ApiClient artist;
    String ownerName;
    String artistName;
    String engineerName;
    String viewerName;
    UUID project;
    UUID track;

    @BeforeEach
    void projectWithEveryRole() {
        ownerName = newUser("owner");
        artistName = newUser("artist");
        engineerName = newUser("engineer");
        viewerName = newUser("viewer");
        owner = as(ownerName);
        artist = as(artistName);
        project = newProject(owner, "Approvals");
        addMember(owner, project, artistName, "ARTIST");
        addMember(owner, project, engineerName, "ENGINEER");
        addMember(owner, project, viewerName, "VIEWER");
        track = newTrack(owner, project, "Single");
    }

    /** A WAV no other test uploads, so tampering with its stored file touches nobody else's revision. */
    static byte[] uniqueWav() {
        return TestWavs.sine(1, -30 + ThreadLocalRandom.current().nextDouble(10));
    }

    UUID readyRevision(ApiClient client, byte[] wav) throws InterruptedException {
        UUID revision = upload(client, track, wav);
        assertThat(awaitAnalysis(client, revision).get("status").asString()).isEqualTo("READY");
        return revision;
    }

    JsonNode track() {
        ApiClient.Response response = artist.get("/api/tracks/" + track);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    ApiClient.Response decide(ApiClient client, UUID revision, String decision, String note) {
        return client.post("/api/revisions/" + revision + "/approval", Map.of("decision", decision, "note", note));
    }

    @Test
    void theTrackKeepsItsFieldsAndIsInProgressWithoutRevisions() {
        JsonNode json = track();

        assertThat(json.get("id").asString()).isEqualTo(track.toString());
        assertThat(json.get("projectId").asString()).isEqualTo(project.toString());
        assertThat(json.get("title").asString()).isEqualTo("Single");
        assertThat(json.get("position").asInt()).isZero();
        assertThat(json.get("createdAt").asString()).isNotBlank();
        assertThat(json.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(json.get("approvedRevisionId").isNull()).isTrue();
        assertThat(json.get("approvedSha256").isNull()).isTrue();
    }

    @Test
    void anArtistApprovesAndTheTrackMovesThroughItsStates() throws Exception {
        UUID first = readyRevision(owner, uniqueWav());
        String firstSha = owner.get("/api/revisions/" + first).json().get("sha256").asString();
        assertThat(track().get("state").asString()).isEqualTo("AWAITING_APPROVAL");

        ApiClient.Response approved = decide(artist, first, "APPROVED", "Ship it");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        JsonNode approval = approved.json();
        assertThat(approval.get("decision").asString()).isEqualTo("APPROVED");
        assertThat(approval.get("revisionId").asString()).isEqualTo(first.toString());
        assertThat(approval.get("revisionNumber").asInt()).isEqualTo(1);
        assertThat(approval.get("decidedBy").asString()).isEqualTo(artistName);
        assertThat(approval.get("decidedAt").asString()).isNotBlank();
        assertThat(approval.get("sha256").asString()).isEqualTo(firstSha);
        assertThat(approval.get("note").asString()).isEqualTo("Ship it");
        assertThat(approval.get("valid").asBoolean()).isTrue();
        JsonNode state = track();
        assertThat(state.get("state").asString()).isEqualTo("APPROVED");
        assertThat(state.get("approvedRevisionId").asString()).isEqualTo(first.toString());
        assertThat(state.get("approvedSha256").asString()).isEqualTo(firstSha);

        RevisionApproved event = events.await(RevisionApproved.class,
                e -> e.approvalId().equals(approved.id()));
        assertThat(event).isEqualTo(new RevisionApproved(approved.id(), first, track, project,
                accounts.findByUsername(artistName).orElseThrow().id()));
        assertThat(events.committedWhenPublished(event)).isTrue();

        // A new revision after the approval: awaiting approval again, the approval stays in the history.
        UUID second = readyRevision(owner, uniqueWav());
        state = track();
        assertThat(state.get("state").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(state.get("approvedRevisionId").isNull()).isTrue();
        assertThat(artist.get("/api/revisions/" + first + "/approvals").json().get(0).get("id").asString())
                .isEqualTo(approved.id().toString());

        ApiClient.Response requested = decide(artist, second, "CHANGES_REQUESTED", "Vocal up 1 dB");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(requested.json().get("decision").asString()).isEqualTo("CHANGES_REQUESTED");
        assertThat(track().get("state").asString()).isEqualTo("CHANGES_REQUESTED");
        ChangesRequested changes = events.await(ChangesRequested.class, e -> e.approvalId().equals(requested.id()));
        assertThat(changes.revisionId()).isEqualTo(second);
        assertThat(changes.projectId()).isEqualTo(project);
        assertThat(events.committedWhenPublished(changes)).isTrue();

        // The owner may approve too, and any analysed revision, not only the newest.
        assertThat(decide(owner, first, "APPROVED", "").status()).isEqualTo(201);
        state = track();
        assertThat(state.get("state").asString()).isEqualTo("APPROVED");
        assertThat(state.get("approvedRevisionId").asString()).isEqualTo(first.toString());
    }

    @Test
    void onlyArtistsAndOwnersDecideAndNobodyOutsideSeesTheRevision() throws Exception {
        UUID revision = readyRevision(owner, uniqueWav());

        JsonNode engineer = assertProblem(decide(as(engineerName), revision, "APPROVED", ""), 403);
        assertThat(engineer.get("detail").asString())
                .isEqualTo("As an engineer of this project you may not approve revisions or request changes.");
        assertProblem(decide(as(viewerName), revision, "CHANGES_REQUESTED", "More bass"), 403);
        assertProblem(decide(as(newUser("outsider")), revision, "APPROVED", ""), 404);
        assertProblem(decide(artist, UUID.randomUUID(), "APPROVED", ""), 404);
        assertThat(track().get("state").asString()).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void refusesBadDecisionsInPlainWords() throws Exception {
        UUID revision = readyRevision(owner, uniqueWav());

        assertThat(assertProblem(decide(artist, revision, "MAYBE", ""), 400).get("detail").asString())
                .isEqualTo("The decision must be APPROVED or CHANGES_REQUESTED.");
        assertProblem(artist.post("/api/revisions/" + revision + "/approval", Map.of("note", "x")), 400);
        assertThat(assertProblem(decide(artist, revision, "CHANGES_REQUESTED", "  "), 400).get("detail")
                .asString()).contains("needs a note");

        UUID broken = upload(owner, track, TestWavs.floatWithNaN(1));
        assertThat(awaitAnalysis(owner, broken).get("status").asString()).isEqualTo("FAILED");
        assertThat(assertProblem(decide(artist, broken, "APPROVED", ""), 409).get("detail").asString())
                .contains("once its analysis is ready");
        assertThat(artist.get("/api/revisions/" + revision + "/approvals").json().size()).isZero();
    }

    @Test
    void anApprovalNoLongerCountsOnceTheStoredFileDiffersFromTheApprovedHash() throws Exception {
        UUID revision = readyRevision(owner, uniqueWav());
        String sha = owner.get("/api/revisions/" + revision).json().get("sha256").asString();
        assertThat(decide(artist, revision, "APPROVED", "").status()).isEqualTo(201);
        assertThat(track().get("state").asString()).isEqualTo("APPROVED");

        Path stored = properties.audioDir().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        byte[] original = Files.readAllBytes(stored);
        FileTime modified = Files.getLastModifiedTime(stored);
        byte[] tampered = original.clone();
        tampered[tampered.length / 2] ^= 0x01;
        Files.write(stored, tampered);
        Files.setLastModifiedTime(stored, FileTime.fromMillis(modified.toMillis() + 5000));
        try {
            JsonNode state = track();
            assertThat(state.get("state").asString()).isEqualTo("AWAITING_APPROVAL");
            assertThat(state.get("approvedRevisionId").isNull()).isTrue();
            assertThat(state.get("approvedSha256").isNull()).isTrue();
            assertThat(state.get("approvalWarning").asString())
                    .startsWith("Approval no longer valid: the stored file differs");
            assertThat(artist.get("/api/revisions/" + revision + "/approvals").json().get(0).get("valid")
                    .asBoolean()).isFalse();
            assertThat(assertProblem(decide(artist, revision, "APPROVED", ""), 409).get("detail").asString())
                    .contains("no longer has its SHA-256");
        } finally {
            Files.write(stored, original);
            Files.setLastModifiedTime(stored, FileTime.fromMillis(modified.toMillis() + 10_000));
        }
        // The same bytes as approved again: the approval counts again.
        assertThat(track().get("state").asString()).isEqualTo("APPROVED");
    }

    @Test
    void decisionsAndRoleChangesAreInTheProjectsAuditHistory() throws Exception {
        UUID revision = readyRevision(owner, uniqueWav());
        String sha = owner.get("/api/revisions/" + revision).json().get("sha256").asString();
        decide(artist, revision, "CHANGES_REQUESTED", "Less reverb");
        decide(artist, revision, "APPROVED", "");
        addMember(owner, project, engineerName, "ARTIST");
        addMember(owner, project, engineerName, "ARTIST"); // the same role again is no change

        ApiClient.Response response = as(viewerName).get("/api/projects/" + project + "/audit");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode history = response.json();
        assertThat(history.size()).isEqualTo(7);
        JsonNode roleChange = history.get(0);
        assertThat(roleChange.get("kind").asString()).isEqualTo("ROLE_CHANGED");
        assertThat(roleChange.get("actor").asString()).isEqualTo(ownerName);
        assertThat(roleChange.get("member").asString()).isEqualTo(engineerName);
        assertThat(roleChange.get("previousRole").asString()).isEqualTo("ENGINEER");
        assertThat(roleChange.get("role").asString()).isEqualTo("ARTIST");
        assertThat(roleChange.get("summary").asString())
                .isEqualTo(ownerName + " changed " + engineerName + "'s role from engineer to artist.");
        assertThat(roleChange.get("at").asString()).isNotBlank();
        JsonNode approval = history.get(1);
        assertThat(approval.get("kind").asString()).isEqualTo("APPROVED");
        assertThat(approval.get("actor").asString()).isEqualTo(artistName);
        assertThat(approval.get("revisionId").asString()).isEqualTo(revision.toString());
        assertThat(approval.get("trackId").asString()).isEqualTo(track.toString());
        assertThat(approval.get("sha256").asString()).isEqualTo(sha);
        assertThat(approval.get("summary").asString())
                .isEqualTo(artistName + " approved revision 1 of “Single” (SHA-256 " + sha + ").");
        JsonNode request = history.get(2);
        assertThat(request.get("kind").asString()).isEqualTo("CHANGES_REQUESTED");
        assertThat(request.get("note").asString()).isEqualTo("Less reverb");
        assertThat(history.get(3).get("summary").asString())
                .isEqualTo(ownerName + " added " + viewerName + " as a viewer.");
        assertThat(history.get(6).get("kind").asString()).isEqualTo("PROJECT_CREATED");
        assertThat(history.get(6).get("actor").asString()).isEqualTo(ownerName);

        assertProblem(as(newUser("outsider")).get("/api/projects/" + project + "/audit"), 404);
    }
}
