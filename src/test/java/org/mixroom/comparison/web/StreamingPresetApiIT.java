package org.mixroom.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import tools.jackson.databind.JsonNode;

class StreamingPresetApiIT extends ApiTestSupport {

    @Test
    void anOwnerEditsAPresetAndEveryoneSeesTheChange() {
        ApiClient owner = as(newUser("owner"));
        newProject(owner, "Owned");
        JsonNode deezer = preset(owner, "Deezer");
        Map<String, Object> original = body(deezer);
        Map<String, Object> changed = new HashMap<>(original);
        changed.put("referenceLufs", -14.5);
        changed.put("checkedOn", "2026-11-01");
        try {
            ApiClient.Response response = owner.put("/api/streaming-presets/" + deezer.get("id").asString(), changed);

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode seen = preset(as(newUser("listener")), "Deezer");
            assertThat(seen.get("referenceLufs").asDouble()).isEqualTo(-14.5);
            assertThat(seen.get("checkedOn").asString()).isEqualTo("2026-11-01");
        } finally {
            assertThat(owner.put("/api/streaming-presets/" + deezer.get("id").asString(), original).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void onlyOwnersMayEditAndBadValuesAreRefusedInPlainWords() {
        ApiClient owner = as(newUser("owner"));
        newProject(owner, "Owned");
        ApiClient nobody = as(newUser("engineer"));
        JsonNode tidal = preset(owner, "Tidal");
        String path = "/api/streaming-presets/" + tidal.get("id").asString();
        Map<String, Object> body = body(tidal);

        assertProblem(nobody.put(path, body), 403);
        assertThat(anonymous().put(path, body).status()).isEqualTo(401);
        assertProblem(owner.put("/api/streaming-presets/5e0c6d1a-0000-4000-8000-0000000000ff", body), 404);
        for (var bad : List.of(Map.entry("referenceLufs", 12.0), Map.entry("direction", "SIDEWAYS"),
                Map.entry("platform", " "), Map.entry("ceilingDbtp", 3.0), Map.entry("platform", "Deezer"))) {
            Map<String, Object> wrong = new HashMap<>(body);
            wrong.put(bad.getKey(), bad.getValue());
            int expected = bad.getValue().equals("Deezer") ? 409 : 400;
            assertProblem(owner.put(path, wrong), expected);
        }
        assertThat(preset(owner, "Tidal").get("referenceLufs").asDouble()).isEqualTo(-14.0);
    }

    private static JsonNode preset(ApiClient client, String platform) {
        for (JsonNode preset : client.get("/api/streaming-presets").json()) {
            if (preset.get("platform").asString().equals(platform)) {
                return preset;
            }
        }
        throw new AssertionError("no preset " + platform);
    }

    private static Map<String, Object> body(JsonNode preset) {
        Map<String, Object> body = new HashMap<>();
        body.put("platform", preset.get("platform").asString());
        body.put("referenceLufs", preset.get("referenceLufs").asDouble());
        body.put("direction", preset.get("direction").asString());
        body.put("ceilingDbtp", preset.get("ceilingDbtp").isNull() ? null : preset.get("ceilingDbtp").asDouble());
        body.put("limiter", preset.get("limiter").asBoolean());
        body.put("source", preset.get("source").asString());
        body.put("checkedOn", preset.get("checkedOn").isNull() ? null : preset.get("checkedOn").asString());
        return body;
    }
}
