package org.mixroom.engine.waveform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;

/**
 * Computes {@link WaveformPeaks}: min/max per channel over every 256 frames, and four coarser levels of
 * 1024, 4096, 16 384 and 65 536 frames derived from it (the min of the minima, the max of the maxima: exact,
 * since each coarse pixel covers whole finer ones).
 */
public final class WaveformPeaksMeter implements Meter<WaveformPeaks> {
    public static final int FINEST_SAMPLES_PER_PIXEL = 256;
    public static final int ZOOM_FACTOR = 4;
    public static final int LEVELS = 5;
    static final double SCALE = 32767;

    private final int sampleRate;
    private final int channels;
    private final double[] min;
    private final double[] max;
    private short[] finest = new short[1 << 12];
    private int finestLength;
    private int filled;

    public WaveformPeaksMeter(int sampleRate, int channels) {
        this.sampleRate = sampleRate;
        this.channels = channels;
        min = new double[channels];
        max = new double[channels];
        reset();
    }

    @Override
    public void accept(AudioBlock block) {
        int frames = block.frames();
        for (int offset = 0; offset < frames; ) {
            int n = Math.min(FINEST_SAMPLES_PER_PIXEL - filled, frames - offset);
            for (int c = 0; c < channels; c++) {
                double[] x = block.channel(c);
                double lo = min[c];
                double hi = max[c];
                for (int i = offset; i < offset + n; i++) {
                    lo = Math.min(lo, x[i]);
                    hi = Math.max(hi, x[i]);
                }
                min[c] = lo;
                max[c] = hi;
            }
            filled += n;
            offset += n;
            if (filled == FINEST_SAMPLES_PER_PIXEL) {
                closePixel();
            }
        }
    }

    private void closePixel() {
        if (finestLength + 2 * channels > finest.length) {
            finest = Arrays.copyOf(finest, finest.length * 2);
        }
        for (int c = 0; c < channels; c++) {
            finest[finestLength++] = toShort(Math.floor(min[c] * SCALE));
            finest[finestLength++] = toShort(Math.ceil(max[c] * SCALE));
        }
        reset();
    }

    private void reset() {
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        filled = 0;
    }

    private static short toShort(double value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }

    @Override
    public WaveformPeaks finish() {
        if (filled > 0) {
            closePixel();
        }
        List<WaveformPeaks.Level> levels = new ArrayList<>();
        short[] data = Arrays.copyOf(finest, finestLength);
        int samplesPerPixel = FINEST_SAMPLES_PER_PIXEL;
        for (int z = 0; z < LEVELS; z++) {
            levels.add(new WaveformPeaks.Level(samplesPerPixel, data));
            data = coarser(data);
            samplesPerPixel *= ZOOM_FACTOR;
        }
        return new WaveformPeaks(sampleRate, channels, List.copyOf(levels));
    }

    /** Merges every {@link #ZOOM_FACTOR} pixels (the last group may be shorter) into one. */
    private short[] coarser(short[] data) {
        int pixels = data.length / (2 * channels);
        int coarsePixels = (pixels + ZOOM_FACTOR - 1) / ZOOM_FACTOR;
        short[] coarse = new short[coarsePixels * 2 * channels];
        for (int p = 0; p < coarsePixels; p++) {
            for (int c = 0; c < channels; c++) {
                short lo = Short.MAX_VALUE;
                short hi = Short.MIN_VALUE;
                for (int q = p * ZOOM_FACTOR; q < Math.min(pixels, (p + 1) * ZOOM_FACTOR); q++) {
                    lo = (short) Math.min(lo, data[(q * channels + c) * 2]);
                    hi = (short) Math.max(hi, data[(q * channels + c) * 2 + 1]);
                }
                coarse[(p * channels + c) * 2] = lo;
                coarse[(p * channels + c) * 2 + 1] = hi;
            }
        }
        return coarse;
    }
}
