package org.mixroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.ArraySignal;
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
        return write(PiecewiseSignal.sine(1000, 48_000, 2).level(seconds, dbfs).build(), SampleFormat.INT16);
    }

    /**
     * A mono 32-bit float WAV whose header is sound but whose samples hold a NaN half way through: it passes
     * the upload's header check and fails in the analysis.
     */
    public static byte[] floatWithNaN(double seconds) {
        double[] samples = new double[(int) (seconds * 48_000)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = 0.25 * Math.sin(2 * Math.PI * 1000 * i / 48_000);
        }
        samples[samples.length / 2] = Double.NaN;
        return write(new ArraySignal(48_000, new double[][] {samples}), SampleFormat.FLOAT32);
    }

    private static byte[] write(org.mixroom.engine.testaudio.Signal signal, SampleFormat format) {
        try {
            Path file = Files.createTempFile("mixroom-test-", ".wav");
            try {
                WavWriter.write(file, signal, format);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
