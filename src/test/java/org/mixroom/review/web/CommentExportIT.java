package org.mixroom.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.TestWavs;

class CommentExportIT extends ApiTestSupport {
    @Test
    void exportsTheRevisionsCommentsInEachFormat() throws Exception {
        ApiClient mix = demo("mix");
        UUID track = newTrack(mix, newProject(mix, "Export"), "Song");
        UUID revision = mix.upload("/api/tracks/" + track + "/revisions", "v1.wav", TestWavs.sine(3, -20), "").id();
        String comments = "/api/revisions/" + revision + "/comments";
        mix.post(comments, Map.of("startSeconds", 2.5, "endSeconds", 2.75, "lowHz", 250, "highHz", 400,
                "category", "TONAL_BALANCE", "text", "Low-mid build-up"));
        mix.post(comments, Map.of("startSeconds", 0.125, "text", "Click at the start"));

        ApiClient.Response audacity = mix.get(comments + "/export?format=audacity");
        assertThat(audacity.status()).isEqualTo(200);
        assertThat(audacity.header("Content-Type")).startsWith("text/plain");
        assertThat(audacity.header("Content-Disposition")).contains("attachment", ".txt");
        assertThat(audacity.body()).isEqualTo("""
                0.125000\t0.125000\tClick at the start
                2.500000\t2.750000\tLow-mid build-up
                \\\t250.000000\t400.000000
                """);

        HttpResponse<byte[]> midi = mix.getBytes(comments + "/export?format=midi", Map.of());
        assertThat(midi.statusCode()).isEqualTo(200);
        Sequence sequence = MidiSystem.getSequence(new ByteArrayInputStream(midi.body()));
        StringBuilder markers = new StringBuilder();
        for (var track0 : sequence.getTracks()) {
            for (int i = 0; i < track0.size(); i++) {
                if (track0.get(i).getMessage() instanceof MetaMessage meta && meta.getType() == 0x06) {
                    markers.append(track0.get(i).getTick()).append(' ')
                            .append(new String(meta.getData(), StandardCharsets.UTF_8)).append(';');
                }
            }
        }
        assertThat(markers).hasToString("125 Click at the start;2500 Low-mid build-up;");

        assertThat(mix.get(comments + "/export?format=csv").body()).contains(",Tonal balance,mix,open,");
        assertThat(mix.get(comments + "/export?format=reaper").body()).contains("R1,Low-mid build-up,0:02.500");
        assertThat(assertProblem(mix.get(comments + "/export?format=aaf"), 400).get("detail").asString())
                .isEqualTo("No export format 'aaf'; use csv, midi, reaper or audacity.");
    }
}
