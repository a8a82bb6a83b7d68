package org.mixroom.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import tools.jackson.databind.JsonNode;

class ProjectApiIT extends ApiTestSupport {

    @Test
    void createsAProjectWithItsCreatorAsOwner() {
        String owner = newUser("owner");
        ApiClient client = as(owner);

        ApiClient.Response created = client.post("/api/projects", Map.of("name", "  Night Drive EP "));

        assertThat(created.status()).isEqualTo(201);
        JsonNode project = created.json();
        assertThat(project.get("name").asString()).isEqualTo("Night Drive EP");
        assertThat(project.get("role").asString()).isEqualTo("OWNER");
        assertThat(project.get("createdBy").asString()).isEqualTo(owner);
        assertThat(created.header("Location")).isEqualTo("/api/projects/" + project.get("id").asString());

        JsonNode list = client.get("/api/projects").json();
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("id").asString()).isEqualTo(project.get("id").asString());

        JsonNode details = client.get("/api/projects/" + created.id()).json();
        assertThat(details.get("members").get(0).get("username").asString()).isEqualTo(owner);
        assertThat(details.get("members").get(0).get("role").asString()).isEqualTo("OWNER");
        assertThat(details.get("tracks").size()).isZero();
    }

    @Test
    void listsOnlyTheProjectsOneIsAMemberOf() {
        ApiClient alice = as(newUser("alice"));
        String bobName = newUser("bob");
        ApiClient bob = as(bobName);
        UUID shared = newProject(alice, "Shared");
        newProject(alice, "Alice only");
        addMember(alice, shared, bobName, "ARTIST");

        JsonNode bobs = bob.get("/api/projects").json();

        assertThat(bobs.size()).isEqualTo(1);
        assertThat(bobs.get(0).get("id").asString()).isEqualTo(shared.toString());
        assertThat(bobs.get(0).get("role").asString()).isEqualTo("ARTIST");
    }

    @Test
    void addsMembersWithEveryRoleAndChangesARole() {
        ApiClient owner = as(newUser("owner"));
        UUID project = newProject(owner, "Album");
        List<String> roles = List.of("OWNER", "ENGINEER", "ARTIST", "VIEWER");
        List<String> names = new ArrayList<>();
        for (String role : roles) {
            String name = newUser(role.toLowerCase());
            names.add(name);
            ApiClient.Response added = owner.post("/api/projects/" + project + "/members",
                    Map.of("username", name, "role", role));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            assertThat(added.json().get("role").asString()).isEqualTo(role);
            assertThat(added.json().get("username").asString()).isEqualTo(name);
        }

        ApiClient.Response changed = owner.post("/api/projects/" + project + "/members",
                Map.of("username", names.get(3), "role", "ARTIST"));

        assertThat(changed.status()).isEqualTo(201);
        JsonNode members = owner.get("/api/projects/" + project + "/members").json();
        assertThat(members.size()).isEqualTo(5);
        assertThat(members.findValuesAsString("role")).containsExactly("OWNER", "OWNER", "ENGINEER", "ARTIST",
                "ARTIST");
    }

    @Test
    void refusesBadMemberRequestsInPlainWords() {
        String ownerName = newUser("owner");
        ApiClient owner = as(ownerName);
        UUID project = newProject(owner, "Album");

        assertThat(assertProblem(owner.post("/api/projects/" + project + "/members",
                Map.of("username", newUser("x"), "role", "PRODUCER")), 400).get("detail").asString())
                .contains("OWNER, ENGINEER, ARTIST or VIEWER");
        assertThat(assertProblem(owner.post("/api/projects/" + project + "/members",
                Map.of("username", "nobody-" + UUID.randomUUID(), "role", "VIEWER")), 400).get("detail").asString())
                .contains("no account");
        assertThat(assertProblem(owner.post("/api/projects/" + project + "/members",
                Map.of("username", ownerName, "role", "VIEWER")), 409).get("detail").asString())
                .contains("only owner");
    }

    @Test
    void refusesAProjectWithoutAName() {
        ApiClient owner = as(newUser("owner"));
        assertThat(assertProblem(owner.post("/api/projects", Map.of("name", "  ")), 400).get("detail").asString())
                .isEqualTo("A project name must not be empty.");
        assertProblem(owner.post("/api/projects", Map.of()), 400);
        assertThat(assertProblem(owner.post("/api/projects", "not an object"), 400).get("detail").asString())
                .contains("JSON");
    }

    @Test
    void keepsTracksInAlbumOrderAndReordersThem() {
        ApiClient owner = as(newUser("owner"));
        UUID project = newProject(owner, "Album");
        UUID one = newTrack(owner, project, "One");
        UUID two = newTrack(owner, project, "Two");
        UUID three = newTrack(owner, project, "Three");

        assertThat(titles(owner.get("/api/projects/" + project + "/tracks").json()))
                .containsExactly("One", "Two", "Three");

        ApiClient.Response reordered = owner.put("/api/projects/" + project + "/tracks/order",
                Map.of("trackIds", List.of(three, one, two)));
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(titles(reordered.json())).containsExactly("Three", "One", "Two");

        ApiClient.Response moved = owner.patch("/api/tracks/" + two, Map.of("position", 0));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("position").asInt()).isZero();
        JsonNode tracks = owner.get("/api/projects/" + project + "/tracks").json();
        assertThat(titles(tracks)).containsExactly("Two", "Three", "One");
        assertThat(tracks.findValuesAsString("position")).containsExactly("0", "1", "2");

        ApiClient.Response renamed = owner.patch("/api/tracks/" + one, Map.of("title", "One (edit)"));
        assertThat(renamed.json().get("title").asString()).isEqualTo("One (edit)");
        assertThat(owner.get("/api/tracks/" + one).json().get("title").asString()).isEqualTo("One (edit)");

        assertProblem(owner.put("/api/projects/" + project + "/tracks/order", Map.of("trackIds", List.of(one, two))),
                400);
        assertProblem(owner.patch("/api/tracks/" + one, Map.of("position", 3)), 400);
    }

    private static List<String> titles(JsonNode tracks) {
        return tracks.findValuesAsString("title");
    }
}
