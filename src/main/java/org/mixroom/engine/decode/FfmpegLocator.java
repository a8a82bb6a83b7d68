package org.mixroom.engine.decode;

import java.io.IOException;

/**
 * Supplies the ffmpeg executables, asked only when a file needs them (FLAC and everything that is not
 * WAV, RF64, BW64, AIFF or AIFC), so that opening a WAV never extracts the bundled ffmpeg.
 */
@FunctionalInterface
public interface FfmpegLocator {
    /** The executables from the bytedeco jar (see {@link FfmpegTools#bundled()}). */
    FfmpegLocator BUNDLED = FfmpegTools::bundled;

    FfmpegTools locate() throws IOException;

    /** A fixed set of executables, e.g. {@code FfmpegLocator.of(FfmpegTools.at(Path.of("/usr/bin/ffmpeg")))}. */
    static FfmpegLocator of(FfmpegTools tools) {
        return () -> tools;
    }
}
