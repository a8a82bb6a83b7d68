package org.mixroom.engine.decode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One ffmpeg or ffprobe child: stdin closed, stdout for the caller, stderr drained by a thread into a
 * bounded buffer (so the child never blocks on it), and a watchdog that kills the child at the deadline.
 * Closing kills a child that is still running. Hostile input can only crash the child.
 */
final class FfmpegProcess implements AutoCloseable {
    /** Options that keep every child confined to reading the one local file it is given. */
    static final List<String> CONFINED_INPUT = List.of(
            "-protocol_whitelist", "file",
            // Audio containers only: no playlists (hls, concat), image sequences or devices.
            "-format_whitelist", String.join(",", List.of("aac", "ac3", "aiff", "amr", "amrnb", "amrwb", "ape",
                    "asf", "au", "avi", "caf", "dsf", "dts", "dtshd", "eac3", "flac", "matroska", "mlp", "mov", "mp3",
                    "mpc", "mpc8", "mpegts", "nut", "ogg", "shn", "tak", "truehd", "tta", "w64", "wav", "wv")));

    private static final int STDERR_LIMIT = 16 * 1024;
    private static final Pattern CONTEXT_PREFIX = Pattern.compile("^(\\[[^\\]]*\\]\\s*)+");
    /** ffmpeg's "no timestamp" (AV_NOPTS_VALUE) as it appears in some error lines. */
    private static final String UNKNOWN_PTS = " at PTS -9223372036854775808";

    private final Process process;
    private final Thread drain;
    private final Thread watchdog;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final long timeoutMillis;
    private volatile boolean timedOut;

    private FfmpegProcess(Process process, long timeoutMillis) {
        this.process = process;
        this.timeoutMillis = timeoutMillis;
        this.drain = Thread.ofPlatform().daemon().name("mixroom-ffmpeg-stderr").start(this::drainStderr);
        this.watchdog = Thread.ofPlatform().daemon().name("mixroom-ffmpeg-watchdog").start(this::watch);
    }

    static FfmpegProcess start(FfmpegTools tools, Path executable, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add(executable.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(tools.environment());
        Process process = builder.start();
        process.getOutputStream().close();
        return new FfmpegProcess(process, tools.timeout().toMillis());
    }

    InputStream stdout() {
        return process.getInputStream();
    }

    /** Waits for the child to end (at most until the deadline, when the watchdog kills it). */
    int waitFor() throws IOException {
        try {
            int status = process.waitFor();
            drain.join(TimeUnit.SECONDS.toMillis(5));
            return status;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for ffmpeg");
        }
    }

    boolean timedOut() {
        return timedOut;
    }

    /** The time limit for messages: "600 s", or "250 ms" below a second. */
    String timeoutText() {
        return timeoutMillis < 1000 ? timeoutMillis + " ms" : timeoutMillis / 1000 + " s";
    }

    /** Everything the child wrote to stderr (the first 16 KiB). */
    String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * The child's first error line without ffmpeg's "[context @ 0x…]" prefixes, with the file's path
     * replaced by its name (messages reach users); null if it wrote nothing.
     */
    String firstError(Path file) {
        String absolute = file.toAbsolutePath().toString();
        String name = file.getFileName().toString();
        for (String line : stderr().split("\\R")) {
            String cleaned = CONTEXT_PREFIX.matcher(line.strip()).replaceFirst("").replace(UNKNOWN_PTS, "")
                    .replace("file:" + absolute, name).replace(absolute, name).strip();
            if (!cleaned.isEmpty()) {
                return cleaned;
            }
        }
        return null;
    }

    private void drainStderr() {
        byte[] buffer = new byte[4096];
        try (InputStream in = process.getErrorStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (stderr) {
                    int room = STDERR_LIMIT - stderr.size();
                    if (room > 0) {
                        stderr.write(buffer, 0, Math.min(room, n));
                    }
                }
            }
        } catch (IOException e) {
            // The child is gone or was killed; what was captured stays.
        }
    }

    private void watch() {
        try {
            if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                timedOut = true;
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        watchdog.interrupt();
        try {
            process.getInputStream().close();
        } catch (IOException e) {
            // Closing a pipe of a dead child; nothing to do.
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
