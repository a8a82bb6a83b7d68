package org.mixroom.engine.spectrum;

/**
 * A display spectrogram: one column every {@code hopFrames} frames, each a row of band levels in 1/12-octave
 * bands coded as bytes, {@code byte = clamp(round(2·(L + 127.5)), 0, 255)} for a level L in dB (so 0.5 dB
 * steps from −127.5 dB to 0 dB).
 *
 * @param bandCentersHz the 121 band centres 1000·10^(k/40), k = −68…52
 * @param columns       {@code columns[j][b]}, unsigned bytes
 */
public record Spectrogram(int sampleRate, int hopFrames, double[] bandCentersHz, byte[][] columns) {
    /** The level in dB a stored byte stands for. */
    public static double levelDb(byte code) {
        return (code & 0xFF) / 2.0 - 127.5;
    }
}
