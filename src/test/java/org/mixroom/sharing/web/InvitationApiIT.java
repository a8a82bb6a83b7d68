package org.mixroom.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.RecordedEvents;
import org.mixroom.project.MemberAdded;
import org.mixroom.project.ProjectRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** One-time invitation links, and owners changing roles and removing members. */
class InvitationApiIT extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordedEvents events;

    ApiClient owner;
    UUID project;

    @BeforeEach
    void project() {
        owner = as(newUser("owner"));
        project = newProject(owner, "Invited album");
    }

    private JsonNode invite(String role) {
        ApiClient.Response created = owner.post("/api/projects/" + project + "/invitations", Map.of("role", role));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private UUID userId(ApiClient client) {
        return UUID.fromString(client.get("/api/me").json().get("id").asString());
    }

    @Test
    void anInvitationAddsThePersonWithItsRoleOnceOnly() {
        JsonNode invitation = invite("ARTIST");
        String token = invitation.get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(invitation.get("url").asString()).endsWith("/invitations/" + token);
        assertThat(invitation.get("role").asString()).isEqualTo("ARTIST");

        ApiClient invited = as(newUser("invited"));
        assertThat(invited.get("/api/projects/" + project).status()).isEqualTo(404);
        ApiClient.Response accepted = invited.post("/api/invitations/" + token + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("projectName").asString()).isEqualTo("Invited album");
        assertThat(accepted.json().get("role").asString()).isEqualTo("ARTIST");
        assertThat(invited.get("/api/projects/" + project).json().get("role").asString()).isEqualTo("ARTIST");
        assertThat(events.all(MemberAdded.class, e -> e.projectId().equals(project))).contains(
                new MemberAdded(project, userId(invited), ProjectRole.ARTIST, null, userId(invited)));

        // used up: neither the same person nor anyone else gets in with it again
        assertThat(assertProblem(as(newUser("late")).post("/api/invitations/" + token + "/accept", Map.of()), 404)
                .get("detail").asString()).isEqualTo("This invitation has expired or has been used already.");
        assertProblem(invited.post("/api/invitations/" + token + "/accept", Map.of()), 404);
    }

    @Test
    void expiredUnknownAndSignedOutAcceptsAreRefused() {
        String token = invite("VIEWER").get("token").asString();
        assertThat(anonymous().post("/api/invitations/" + token + "/accept", Map.of()).status()).isEqualTo(401);
        jdbc.update("update sharing_invitation set expires_at = ? where project_id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), project);
        assertProblem(as(newUser("late")).post("/api/invitations/" + token + "/accept", Map.of()), 404);
        assertProblem(as(newUser("guesser")).post("/api/invitations/" + "B".repeat(43) + "/accept", Map.of()), 404);
    }

    @Test
    void onlyThoseWhoManageMembersInvite() {
        String engineer = newUser("engineer");
        addMember(owner, project, engineer, "ENGINEER");
        assertProblem(as(engineer).post("/api/projects/" + project + "/invitations", Map.of("role", "VIEWER")), 403);
        assertProblem(as(newUser("outsider")).post("/api/projects/" + project + "/invitations",
                Map.of("role", "VIEWER")), 404);
        assertProblem(owner.post("/api/projects/" + project + "/invitations", Map.of("role", "PRODUCER")), 400);
    }

    @Test
    void ownersChangeRolesAndRemoveMembersButKeepAnOwner() {
        String name = newUser("member");
        addMember(owner, project, name, "VIEWER");
        ApiClient member = as(name);
        UUID memberId = userId(member);
        UUID ownerId = userId(owner);

        ApiClient.Response changed = owner.patch("/api/projects/" + project + "/members/" + memberId,
                Map.of("role", "ENGINEER"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("ENGINEER");
        assertThat(events.all(MemberAdded.class, e -> e.projectId().equals(project))).contains(
                new MemberAdded(project, memberId, ProjectRole.ENGINEER, ProjectRole.VIEWER, ownerId));
        assertProblem(member.patch("/api/projects/" + project + "/members/" + ownerId, Map.of("role", "VIEWER")),
                403);
        assertProblem(owner.patch("/api/projects/" + project + "/members/" + ownerId, Map.of("role", "VIEWER")),
                409);
        assertProblem(owner.delete("/api/projects/" + project + "/members/" + ownerId), 409);
        assertProblem(member.delete("/api/projects/" + project + "/members/" + ownerId), 403);
        assertProblem(owner.patch("/api/projects/" + project + "/members/" + UUID.randomUUID(),
                Map.of("role", "VIEWER")), 404);

        assertThat(owner.delete("/api/projects/" + project + "/members/" + memberId).status()).isEqualTo(204);
        assertThat(member.get("/api/projects/" + project).status()).isEqualTo(404);
        assertThat(owner.get("/api/projects/" + project + "/members").json().size()).isEqualTo(1);
    }
}
