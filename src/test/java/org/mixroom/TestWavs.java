package org.mixroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.PiecewiseSignal;
import org.mixroom.engine.testaudio.WavWriter;

/** WAV files for API and browser tests, generated in code. */
public final class TestWavs {
    private TestWavs() {
    }

    /**
     * A stereo 1 kHz sine at {@code dbfs} in each channel, 16-bit, 48 kHz: its integrated loudness is
     * {@code dbfs} LUFS (EBU Tech 3341 case 1 at another level).
     */
    public static byte[] sine(double seconds, double dbfs) {
        try {
            Path file = Files.createTempFile("mixroom-test-", ".wav");
            try {
                WavWriter.write(file, PiecewiseSignal.sine(1000, 48_000, 2).level(seconds, dbfs).build(),
                        SampleFormat.INT16);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
