package org.mixroom.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.TestWavs;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.ArraySignal;
import org.mixroom.engine.testaudio.WavWriter;
import tools.jackson.databind.JsonNode;

class ComparisonApiIT extends ApiTestSupport {
    static final int RATE = 48_000;

    ApiClient mix;
    UUID project;
    UUID track;

    @BeforeEach
    void aTrack() {
        mix = demo("mix");
        project = newProject(mix, "Compare");
        track = newTrack(mix, project, "Song");
    }

    private UUID analysed(byte[] wav, String name) throws InterruptedException {
        ApiClient.Response uploaded = mix.upload("/api/tracks/" + track + "/revisions", name, wav, "");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode revision = awaitAnalysis(mix, uploaded.id());
        assertThat(revision.get("status").asString()).isEqualTo("READY");
        return uploaded.id();
    }

    @Test
    void matchesLoudnessByTurningTheLouderSideDownAndFindsTheShift() throws Exception {
        double[] music = burstsOverAChord(12 * RATE);
        int shift = RATE / 2;
        double[] later = new double[music.length];
        for (int n = shift; n < later.length; n++) {
            later[n] = 0.5 * music[n - shift]; // half the amplitude: 6 dB quieter
        }
        UUID a = analysed(wav(music), "v1.wav");
        UUID b = analysed(wav(later), "v2.wav");

        ApiClient.Response response = mix.get("/api/comparisons?a=" + a + "&b=" + b);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode comparison = response.json();
        double loudnessA = comparison.get("a").get("integratedLufs").asDouble();
        double loudnessB = comparison.get("b").get("integratedLufs").asDouble();
        assertThat(loudnessA - loudnessB).isCloseTo(6.02, within(0.2));
        assertThat(comparison.get("a").get("gainDb").asDouble()).isCloseTo(loudnessB - loudnessA, within(1e-9));
        assertThat(comparison.get("b").get("gainDb").asDouble()).isZero();
        assertThat(comparison.get("alignmentSeconds").asDouble()).isCloseTo(0.5, within(1.0 / RATE));
    }

    @Test
    void previewsEveryStreamingPresetInOrder() throws Exception {
        UUID revision = analysed(TestWavs.sine(10, -20), "quiet.wav"); // about −20 LUFS, true peak −20 dBTP

        ApiClient.Response response = mix.get("/api/revisions/" + revision + "/normalization");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode presets = response.json();
        assertThat(presets.size()).isEqualTo(8);
        JsonNode spotify = presets.get(0);
        assertThat(spotify.get("platform").asString()).isEqualTo("Spotify (Normal)");
        assertThat(spotify.get("referenceLufs").asDouble()).isEqualTo(-14.0);
        assertThat(spotify.get("gainDb").asDouble()).isCloseTo(6.0, within(0.05));
        assertThat(spotify.get("resultingTruePeakDbtp").asDouble()).isCloseTo(-14.0, within(0.05));
        assertThat(spotify.get("source").asString()).isNotBlank();
        assertThat(spotify.get("checkedOn").isNull()).as("not checked against the platform yet").isTrue();
        JsonNode loud = presets.get(1);
        assertThat(loud.get("gainDb").asDouble()).isCloseTo(9.0, within(0.05));
        JsonNode apple = presets.get(3);
        assertThat(apple.get("platform").asString()).startsWith("Apple Music");
        assertThat(apple.get("gainDb").asDouble()).as("unknown behaviour: only turning down is assumed").isZero();
    }

    @Test
    void comparesARevisionWithAReferenceOfTheSameProjectOnly() throws Exception {
        UUID mixRevision = analysed(TestWavs.sine(4, -20), "mix.wav");
        ApiClient.Response reference = mix.upload("/api/projects/" + project + "/references", "master.wav",
                TestWavs.sine(4, -11), null);
        assertThat(reference.status()).as(reference.toString()).isEqualTo(201);
        awaitAnalysis(mix, reference.id());

        JsonNode comparison = mix.get("/api/comparisons?a=" + mixRevision + "&b=" + reference.id()).json();

        assertThat(comparison.get("a").get("gainDb").asDouble()).isZero();
        assertThat(comparison.get("b").get("gainDb").asDouble()).as("the louder master is turned down")
                .isCloseTo(-9.0, within(0.05));

        UUID otherProject = newProject(mix, "Another album");
        UUID elsewhere = upload(mix, newTrack(mix, otherProject, "Other"), TestWavs.sine(2, -20));
        awaitAnalysis(mix, elsewhere);
        assertThat(assertProblem(mix.get("/api/comparisons?a=" + mixRevision + "&b=" + elsewhere), 400)
                .get("detail").asString()).contains("different projects");
    }

    @Test
    void matchesOverARegionWithTheShortTermLoudness() throws Exception {
        double[] steps = new double[10 * RATE];
        for (int n = 0; n < steps.length; n++) {
            double amplitude = n < 5 * RATE ? 0.1 : 0.4; // −20 dBFS, then −8 dBFS
            steps[n] = amplitude * Math.sin(2 * Math.PI * 1000 * n / RATE);
        }
        double[] flat = new double[10 * RATE];
        for (int n = 0; n < flat.length; n++) {
            flat[n] = 0.1 * Math.sin(2 * Math.PI * 1000 * n / RATE);
        }
        UUID a = analysed(wav(steps), "steps.wav");
        UUID b = analysed(wav(flat), "flat.wav");

        JsonNode quietPart = mix.get("/api/comparisons?a=" + a + "&b=" + b + "&start=3.5&end=4.5").json();
        JsonNode loudPart = mix.get("/api/comparisons?a=" + a + "&b=" + b + "&start=8.5&end=9.5").json();

        assertThat(quietPart.get("a").get("gainDb").asDouble()).isCloseTo(0, within(0.1));
        assertThat(loudPart.get("a").get("gainDb").asDouble()).isCloseTo(-12.04, within(0.1));
        assertProblem(mix.get("/api/comparisons?a=" + a + "&b=" + b + "&start=3"), 400);
        assertProblem(mix.get("/api/comparisons?a=" + a + "&b=" + b + "&start=3&end=2"), 400);
    }

    @Test
    void strangersSeeNothingAndAnonymousCallersAreTurnedAway() throws Exception {
        UUID revision = analysed(TestWavs.sine(2, -20), "x.wav");
        ApiClient stranger = as(newUser("stranger"));
        assertProblem(stranger.get("/api/revisions/" + revision + "/normalization"), 404);
        assertProblem(stranger.get("/api/comparisons?a=" + revision + "&b=" + revision), 404);
        assertThat(anonymous().get("/api/revisions/" + revision + "/normalization").status()).isEqualTo(401);
    }

    private static double[] burstsOverAChord(int frames) {
        SplittableRandom random = new SplittableRandom(11);
        double[] x = new double[frames];
        double gain = 0;
        for (int n = 0; n < frames; n++) {
            if (n % (RATE / 2) == 0) {
                gain = 0.2 + 0.5 * random.nextDouble();
            }
            double decay = Math.exp(-(n % (RATE / 2)) / (0.05 * RATE));
            x[n] = gain * decay * random.nextDouble(-1, 1) + 0.1 * Math.sin(2 * Math.PI * 196 * n / RATE);
        }
        return x;
    }

    private static byte[] wav(double[] mono) throws IOException {
        Path file = Files.createTempFile("mixroom-compare-", ".wav");
        try {
            WavWriter.write(file, new ArraySignal(RATE, new double[][] {mono, mono.clone()}), SampleFormat.INT24);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
