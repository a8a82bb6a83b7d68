package org.mixroom.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.PiecewiseSignal;
import org.mixroom.engine.testaudio.WavWriter;

/**
 * Runs {@code java -jar target/mixroom.jar analyze …} as a user would, with no JVM options, and checks
 * what reaches stdout, stderr and the exit code.
 */
class AnalyzeCommandIT {
    static final Path JAR = Path.of("target", "mixroom.jar");

    @TempDir
    Path dir;

    record Result(int exitCode, String stdout, String stderr) {
    }

    private Result analyze(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString(), "analyze"));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("analyze finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void printsOnlyTheJsonReportAndExitsZero() throws Exception {
        Path wav = WavWriter.write(dir.resolve("tone.wav"),
                PiecewiseSignal.sine(1000, 48_000, 2).level(20, -23).build(), SampleFormat.INT24);
        Result result = analyze(wav.toString(), "--json");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).as("stderr, JVM warnings included").isEmpty();
        assertThat(result.stdout()).startsWith("{").endsWith("}\n").contains("\"integratedLufs\": -22.99");
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoReport() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.wav"));
        Result result = analyze("--json", empty.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo("error: empty.wav: empty file (0 bytes)\n");

        Path wav = WavWriter.write(dir.resolve("whole.wav"),
                PiecewiseSignal.sine(1000, 48_000, 2).level(1, -20).build(), SampleFormat.INT16);
        byte[] bytes = Files.readAllBytes(wav);
        Path cut = Files.write(dir.resolve("cut.wav"), java.util.Arrays.copyOf(bytes, 100_044));
        Result truncated = analyze(cut.toString(), "--json");
        assertThat(truncated.exitCode()).isEqualTo(2);
        assertThat(truncated.stdout()).isEmpty();
        assertThat(truncated.stderr())
                .isEqualTo("error: cut.wav: truncated: data chunk declares 192000 bytes, 100000 present\n");
    }

    @Test
    void readsLossyFormatsThroughTheBundledDecoder() throws Exception {
        Path notAudio = Files.writeString(dir.resolve("readme.mp3"), "not an mp3 at all");
        Result result = analyze(notAudio.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("error: readme.mp3: ").doesNotContain("Exception").hasLineCount(1);
    }
}
