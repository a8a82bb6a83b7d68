package org.mixroom.engine.decode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Makes test files with the bundled ffmpeg, so the tests need no system ffmpeg. */
final class Encode {
    private Encode() {
    }

    /** Runs {@code ffmpeg -i input OPTIONS output} and fails the test if ffmpeg fails. */
    static Path ffmpeg(Path input, Path output, String... options) throws IOException, InterruptedException {
        FfmpegTools tools = FfmpegTools.bundled();
        List<String> command = new ArrayList<>(List.of(tools.ffmpeg().toString(), "-nostdin", "-v", "error", "-y",
                "-i", input.toString()));
        command.addAll(List.of(options));
        command.add(output.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(tools.environment());
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("ffmpeg failed to make " + output.getFileName() + ": " + log);
        }
        return output;
    }
}
