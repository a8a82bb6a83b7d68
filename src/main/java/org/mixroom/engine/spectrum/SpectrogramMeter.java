package org.mixroom.engine.spectrum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;

/**
 * Computes the display {@link Spectrogram}: Hann-windowed FFTs of the power of two nearest 85 ms, one
 * column every 50 ms (round(fs/20) frames) starting at frame 0, zero beyond the end of the file; the power
 * is averaged over channels and summed into 1/12-octave bands as the long-term spectrum does.
 */
public final class SpectrogramMeter implements Meter<Spectrogram> {
    static final double WINDOW_SECONDS = 0.085;
    static final int COLUMNS_PER_SECOND = 20;
    static final int FIRST_BAND = -68;
    static final int LAST_BAND = 52;
    static final int BANDS_PER_DECADE = 40;

    private final int sampleRate;
    private final int size;
    private final int hop;
    private final double[] window;
    private final double norm;
    private final RealFft fft;
    private final double[] centres;
    /** The last {@code size} frames per channel, oldest first; a column is taken each time {@code hop} arrive. */
    private final double[][] recent;
    private final double[] segment;
    private final double[] power;
    private final List<byte[]> columns = new ArrayList<>();
    private long frames;
    private long nextColumnEnd;

    public SpectrogramMeter(int sampleRate, int channels) {
        this.sampleRate = sampleRate;
        size = nearestPowerOfTwo(WINDOW_SECONDS * sampleRate);
        hop = (int) Math.round((double) sampleRate / COLUMNS_PER_SECOND);
        window = Windows.periodicHann(size);
        norm = channels * (double) size * Windows.sumOfSquares(window);
        fft = new RealFft(size);
        double[] grid = new double[LAST_BAND - FIRST_BAND + 1];
        for (int k = FIRST_BAND; k <= LAST_BAND; k++) {
            grid[k - FIRST_BAND] = 1000 * Math.pow(10, (double) k / BANDS_PER_DECADE);
        }
        centres = grid;
        recent = new double[channels][size];
        segment = new double[size];
        power = new double[size / 2 + 1];
        nextColumnEnd = size;
    }

    static int nearestPowerOfTwo(double value) {
        int lower = Integer.highestOneBit((int) value);
        return value - lower < 2L * lower - value ? lower : 2 * lower;
    }

    @Override
    public void accept(AudioBlock block) {
        int n = block.frames();
        for (int offset = 0; offset < n; ) {
            int count = (int) Math.min(n - offset, nextColumnEnd - frames);
            for (int c = 0; c < recent.length; c++) {
                double[] r = recent[c];
                // shift left and append: columns are rare enough (every 50 ms) that this stays cheap
                System.arraycopy(r, count, r, 0, size - count);
                System.arraycopy(block.channel(c), offset, r, size - count, count);
            }
            offset += count;
            frames += count;
            if (frames == nextColumnEnd) {
                addColumn();
            }
        }
    }

    /** The column whose window starts at {@code nextColumnEnd - size}. */
    private void addColumn() {
        Arrays.fill(power, 0);
        for (double[] r : recent) {
            for (int i = 0; i < size; i++) {
                segment[i] = r[i] * window[i];
            }
            fft.addPowerSpectrum(segment, power);
        }
        for (int k = 0; k < power.length; k++) {
            power[k] *= (k == 0 || k == power.length - 1 ? 1 : 2) / norm;
        }
        double[] levels = Bands.levels(power, (double) sampleRate / size, centres, BANDS_PER_DECADE);
        byte[] column = new byte[levels.length];
        for (int b = 0; b < levels.length; b++) {
            double code = Double.isNaN(levels[b]) ? 0 : Math.round(2 * (levels[b] + 127.5));
            column[b] = (byte) Math.max(0, Math.min(255, code));
        }
        columns.add(column);
        nextColumnEnd += hop;
    }

    @Override
    public Spectrogram finish() {
        // columns whose windows start inside the file but run past its end see zeros there
        long fileFrames = frames;
        while (nextColumnEnd - size < fileFrames) {
            long missing = nextColumnEnd - frames;
            int count = (int) Math.min(missing, size);
            for (double[] r : recent) {
                System.arraycopy(r, count, r, 0, size - count);
                Arrays.fill(r, size - count, size, 0);
            }
            frames += count;
            if (frames == nextColumnEnd) {
                addColumn();
            }
        }
        return new Spectrogram(sampleRate, hop, centres.clone(), columns.toArray(new byte[0][]));
    }
}
