package org.mixroom.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.PiecewiseSignal;
import org.mixroom.engine.testaudio.WavWriter;

class AnalyzeCliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new AnalyzeCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private Path tone() throws IOException {
        return WavWriter.write(dir.resolve("mix v3.wav"),
                PiecewiseSignal.sine(1000, 48_000, 2).level(5, -23).build(), SampleFormat.INT24);
    }

    @Test
    void printsTheReportAsJsonWithKeysInContractOrder() throws IOException {
        assertThat(run("--json", tone().toString())).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(err.size()).isZero();
        List<String> keys = List.of("\"file\"", "\"name\": \"mix v3.wav\"", "\"sha256\"", "\"container\": \"wav\"",
                "\"sampleFormat\": \"int24\"", "\"sampleRate\": 48000", "\"channels\": 2", "\"bitDepth\": 24",
                "\"frames\": 240000", "\"durationSeconds\": 5.0", "\"loudness\"", "\"integratedLufs\"",
                "\"loudnessRangeLu\"", "\"lraLowLufs\"", "\"lraHighLufs\"", "\"maxMomentaryLufs\"",
                "\"maxShortTermLufs\"", "\"momentaryLufs\"", "\"shortTermLufs\"", "\"peaks\"", "\"samplePeakDbfs\"",
                "\"truePeakDbtp\"", "\"samplePeakDbfsPerChannel\"", "\"truePeakDbtpPerChannel\"", "\"dynamics\"",
                "\"plrDb\"", "\"psrDb\"", "\"crestFactorDb\"", "\"rmsDbfs\"", "\"drScore\"", "\"clippedSampleRuns\"",
                "\"dcOffset\"", "\"stereo\"", "\"correlation\"", "\"sideToMidDb\"", "\"balanceDb\"", "\"spectrum\"",
                "\"thirdOctaveCentersHz\"", "\"thirdOctaveLevelsDb\"", "\"longTermFrequenciesHz\"",
                "\"longTermLevelsDb\"", "\"timing\"", "\"analysisMillis\"");
        int at = -1;
        for (String key : keys) {
            int next = json.indexOf(key, at + 1);
            assertThat(next).as("%s after position %d", key, at).isGreaterThan(at);
            at = next;
        }
        assertThat(json).contains("\"thirdOctaveCentersHz\": [19.952623149688797,");
    }

    @Test
    void printsAReadableSummaryWithoutJson() throws IOException {
        assertThat(run(tone().toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Integrated:", "LUFS", "True peak:", "dBTP");
        assertThat(err.size()).isZero();
    }

    @Test
    void summaryShowsADashWhereAValueIsUndefined() throws IOException {
        Path silence = WavWriter.write(dir.resolve("silence.wav"),
                PiecewiseSignal.sine(1000, 48_000, 2).silence(2).build(), SampleFormat.INT16);
        assertThat(run(silence.toString())).isZero();
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).containsPattern("Integrated: +-\\n").containsPattern("True peak: +-\\n")
                .doesNotContain("NaN", "Infinity", "- dB");
    }

    @Test
    void invalidInputExitsTwoWithOneErrorLineNamingTheFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.wav"));
        assertInvalid(run(empty.toString(), "--json"), "error: empty.wav: ");
        Path text = Files.writeString(dir.resolve("notes.wav"), "this is not audio at all, just some words");
        assertInvalid(run(text.toString()), "error: notes.wav: ");
        assertInvalid(run(dir.resolve("missing.wav").toString()), "error: missing.wav: no such file");
        assertInvalid(run(dir.toString()), "is a directory");
    }

    @Test
    void truncatedDataChunkIsAnInputErrorNotAPartialResult() throws IOException {
        byte[] whole = Files.readAllBytes(tone());
        Path truncated = Files.write(dir.resolve("cut.wav"), java.util.Arrays.copyOf(whole, whole.length / 3));
        assertInvalid(run("--json", truncated.toString()), "error: cut.wav: truncated");
    }

    @Test
    void usageErrorsExitTwo() {
        assertInvalid(run(), "error: no file given");
        assertInvalid(run("a.wav", "b.wav"), "error: one file at a time");
        assertInvalid(run("--frobnicate", "a.wav"), "error: unknown option --frobnicate");
    }

    private void assertInvalid(int status, String errorStart) {
        assertThat(status).isEqualTo(2);
        assertThat(out.size()).as("nothing on stdout").isZero();
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr.lines()).hasSize(1);
        assertThat(stderr).startsWith("error: ").contains(errorStart);
        err.reset();
    }
}
