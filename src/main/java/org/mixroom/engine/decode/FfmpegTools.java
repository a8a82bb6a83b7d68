package org.mixroom.engine.decode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bytedeco.javacpp.Loader;

/**
 * The ffmpeg and ffprobe executables Mixroom runs as child processes (never in-process), with the
 * environment they need and the longest a decode may take.
 *
 * <p>{@link #bundled()} uses the executables shipped in the {@code org.bytedeco:ffmpeg} platform jar
 * (FFmpeg 8.1.2, LGPL v3 build): JavaCPP's resource cache extracts that jar's platform folder once (about
 * 65 MB under {@code ~/.javacpp/cache}, or {@code org.bytedeco.javacpp.cachedir}) and the executables run
 * from there with the folder on the library path. Only the files are extracted: nothing is loaded into
 * the JVM, so no native-access warning and no output appears. (JavaCPP's {@code Loader.load(ffmpeg.class)}
 * would also load every FFmpeg JNI library into the JVM, which is slower, prints a native-access warning
 * on JDK 24+ and fails where libavdevice's system libraries are missing.) The bundled executables link
 * libavdevice, which needs the system's {@code libpulse.so.0} (Debian package {@code libpulse0}).
 *
 * @param ffmpeg      the ffmpeg executable
 * @param ffprobe     the ffprobe executable
 * @param environment variables added to the children's environment
 * @param timeout     the longest one probe or decode may run before the child is killed
 */
public record FfmpegTools(Path ffmpeg, Path ffprobe, Map<String, String> environment, Duration timeout) {
    /** Long enough for hours of audio (ffmpeg decodes ~600x real time), short enough to stop a runaway child. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private static FfmpegTools bundled;

    public FfmpegTools {
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(ffprobe, "ffprobe");
        environment = Map.copyOf(environment);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /**
     * An ffmpeg installed elsewhere (e.g. the server's {@code mixroom.ffmpeg.path}), with the ffprobe beside
     * it ({@code /usr/bin/ffmpeg} → {@code /usr/bin/ffprobe}).
     */
    public static FfmpegTools at(Path ffmpeg) {
        String name = ffmpeg.getFileName().toString();
        String probeName = name.contains("ffmpeg") ? name.replace("ffmpeg", "ffprobe") : "ffprobe";
        return new FfmpegTools(ffmpeg, ffmpeg.resolveSibling(probeName), Map.of(), DEFAULT_TIMEOUT);
    }

    public FfmpegTools withTimeout(Duration newTimeout) {
        return new FfmpegTools(ffmpeg, ffprobe, environment, newTimeout);
    }

    /** The executables from the bytedeco jar on the class path, extracted on first use (see the class comment). */
    public static synchronized FfmpegTools bundled() throws IOException {
        if (bundled == null) {
            bundled = extract();
        }
        return bundled;
    }

    private static FfmpegTools extract() throws IOException {
        String platform;
        File[] folders;
        try {
            platform = Loader.getPlatform();
            // A class literal does not initialise the class, so nothing native is loaded here.
            folders = Loader.cacheResources(org.bytedeco.ffmpeg.ffmpeg.class, platform);
        } catch (LinkageError e) {
            throw new IOException("the bundled ffmpeg is not on the class path (org.bytedeco:ffmpeg)", e);
        }
        boolean windows = platform.startsWith("windows");
        String suffix = windows ? ".exe" : "";
        for (File folder : folders == null ? new File[0] : folders) {
            Path dir = folder.toPath();
            Path ffmpeg = dir.resolve("ffmpeg" + suffix);
            Path ffprobe = dir.resolve("ffprobe" + suffix);
            if (Files.isRegularFile(ffmpeg) && Files.isRegularFile(ffprobe)) {
                makeExecutable(ffmpeg);
                makeExecutable(ffprobe);
                Map<String, String> environment = new HashMap<>();
                if (!windows) {
                    String variable = platform.startsWith("macosx") ? "DYLD_LIBRARY_PATH" : "LD_LIBRARY_PATH";
                    String existing = System.getenv(variable);
                    environment.put(variable, dir + (existing == null || existing.isEmpty() ? "" : File.pathSeparator
                            + existing));
                }
                return new FfmpegTools(ffmpeg, ffprobe, environment, DEFAULT_TIMEOUT);
            }
        }
        throw new IOException("the bundled ffmpeg has no executables for platform " + platform.toLowerCase(Locale.ROOT)
                + "; set the path of an installed ffmpeg instead");
    }

    private static void makeExecutable(Path file) throws IOException {
        if (!Files.isExecutable(file) && !file.toFile().setExecutable(true, false) && !Files.isExecutable(file)) {
            throw new IOException("cannot make " + file + " executable");
        }
    }
}
