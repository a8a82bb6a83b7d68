package org.mixroom.engine.spectrum;

import java.util.List;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;

/**
 * The long-term average spectrum by Welch's method: periodic Hann segments of N = 2^ceil(log2(fs/0.75))
 * samples (65 536 at 44.1/48 kHz, so bins of at most 0.75 Hz) with 50 % overlap, from the first sample,
 * plus one segment ending at the last sample if samples remain; a file shorter than N is one Hann segment
 * of its own length, zero-padded. Power is averaged over segments and channels and reported as
 * third-octave and 1/24-octave band levels.
 *
 * <p>One meter sums the spectra of the channels it is given; meters for disjoint channel sets can run on
 * different threads and their sums are {@linkplain #combine combined}.
 */
public final class LongTermSpectrumMeter implements Meter<LongTermSpectrumMeter.PowerSum> {
    /**
     * Power spectra |X[k]|² summed over segments and channels, not yet normalised.
     *
     * @param spectra       how many (segment, channel) spectra the sum holds
     * @param windowSquares Σw² of the window used (shorter for a file shorter than one segment)
     * @param pairPower     |L|² + |R|² summed over segments for the meter's left/right pair, or null without one
     * @param pairCross     Re(L·conj R) summed over segments for the pair, or null without one
     */
    public record PowerSum(int sampleRate, int size, double[] sum, int spectra, double windowSquares,
                           double[] pairPower, double[] pairCross) {

        /** The same sums with other powers in place of {@link #sum}, normalised alike by {@link #combine}. */
        public PowerSum withSum(double[] other) {
            return new PowerSum(sampleRate, size, other, spectra, windowSquares, null, null);
        }
    }

    private final int size;
    private final int hop;
    private final double sampleRate;
    private final double[] window;
    private final double windowSquares;
    private final RealFft fft;
    private final int[] channels;
    private final double[][] rings;
    private final double[] segment;
    private final double[] powerSum;
    private final boolean warmUp;
    /** Positions in {@link #rings} of the left/right pair whose cross-spectrum is kept, or -1 without one. */
    private final int pairFirst;
    private final int pairSecond;
    private final double[] pairPower;
    private final double[] pairCross;
    /** The first of the pair's transforms of the current segment, until the second is done. */
    private final double[] pairHeld;
    private long frames;
    private int segments;

    /** @param channels the channels (block indices) this meter takes */
    public LongTermSpectrumMeter(int sampleRate, int[] channels) {
        this(sampleRate, channels, false);
    }

    /**
     * @param warmUp whether to warm up the FFT code before the first transform ({@link RealFft#warmUpOnce}):
     *               worth it for files of a minute or more in a fresh JVM
     */
    public LongTermSpectrumMeter(int sampleRate, int[] channels, boolean warmUp) {
        this(sampleRate, channels, warmUp, -1, -1);
    }

    /**
     * @param left  block index of a left channel among {@code channels} whose cross-spectrum with {@code right}
     *              is kept (for the stereo width per band), or -1
     * @param right block index of the right channel, or -1
     */
    public LongTermSpectrumMeter(int sampleRate, int[] channels, boolean warmUp, int left, int right) {
        this.sampleRate = sampleRate;
        this.channels = channels.clone();
        this.warmUp = warmUp;
        size = segmentSize(sampleRate);
        hop = size / 2;
        window = Windows.periodicHann(size);
        windowSquares = Windows.sumOfSquares(window);
        fft = new RealFft(size);
        rings = new double[channels.length][size];
        segment = new double[size];
        powerSum = new double[size / 2 + 1];
        int l = indexOf(channels, left);
        int r = indexOf(channels, right);
        pairFirst = Math.min(l, r);
        pairSecond = Math.max(l, r);
        boolean pair = l >= 0 && r >= 0;
        pairPower = pair ? new double[size / 2 + 1] : null;
        pairCross = pair ? new double[size / 2 + 1] : null;
        pairHeld = pair ? new double[size] : null;
    }

    private static int indexOf(int[] channels, int channel) {
        for (int i = 0; i < channels.length; i++) {
            if (channels[i] == channel) {
                return i;
            }
        }
        return -1;
    }

    /** N = 2^ceil(log2(fs / 0.75)), the smallest power of two with bins no wider than 0.75 Hz. */
    static int segmentSize(int sampleRate) {
        int n = 1;
        while (n < sampleRate / 0.75) {
            n <<= 1;
        }
        return n;
    }

    @Override
    public void accept(AudioBlock block) {
        if (frames == 0 && warmUp) {
            RealFft.warmUpOnce(); // on the thread that will run the transforms, while the decoder fills blocks
        }
        int n = block.frames();
        for (int offset = 0; offset < n; ) {
            int ringPosition = (int) (frames % size);
            // stop at the next hop boundary so a segment is taken exactly when it completes
            long untilHop = hop - frames % hop;
            int count = (int) Math.min(Math.min(n - offset, size - ringPosition), untilHop);
            for (int c = 0; c < rings.length; c++) {
                System.arraycopy(block.channel(channels[c]), offset, rings[c], ringPosition, count);
            }
            offset += count;
            frames += count;
            if (frames >= size && frames % hop == 0) {
                addSegments(frames);
            }
        }
    }

    /** Adds, for every channel, the windowed segment of the N samples ending at {@code end}. */
    private void addSegments(long end) {
        int start = (int) ((end - size) % size);
        for (int c = 0; c < rings.length; c++) {
            double[] ring = rings[c];
            int head = size - start;
            for (int i = 0; i < head; i++) {
                segment[i] = ring[start + i] * window[i];
            }
            for (int i = head; i < size; i++) {
                segment[i] = ring[i - head] * window[i];
            }
            transform(c);
        }
        segments++;
    }

    /** Transforms the windowed segment of ring {@code c} and adds its power (and the pair's, for the pair). */
    private void transform(int c) {
        fft.addPowerSpectrum(segment, powerSum);
        if (pairHeld != null && c == pairFirst) {
            System.arraycopy(segment, 0, pairHeld, 0, size);
        } else if (pairHeld != null && c == pairSecond) {
            RealFft.addPairSpectra(pairHeld, segment, pairPower, pairCross);
        }
    }

    @Override
    public PowerSum finish() {
        double squares = windowSquares;
        if (frames < size && frames > 0) {
            double[] shortWindow = Windows.periodicHann((int) frames);
            squares = Windows.sumOfSquares(shortWindow);
            for (int c = 0; c < rings.length; c++) {
                java.util.Arrays.fill(segment, 0);
                for (int i = 0; i < frames; i++) {
                    segment[i] = rings[c][i] * shortWindow[i];
                }
                transform(c);
            }
            segments++;
        } else if (frames > size && frames % hop != 0) {
            addSegments(frames);
        }
        return new PowerSum((int) sampleRate, size, powerSum.clone(), segments * rings.length, squares,
                pairPower == null ? null : pairPower.clone(), pairCross == null ? null : pairCross.clone());
    }

    /** The spectrum of all channels from the sums of meters that each took some of them. */
    public static SpectrumResult combine(List<PowerSum> parts) {
        PowerSum first = parts.getFirst();
        double[] power = new double[first.sum().length];
        int spectra = 0;
        for (PowerSum part : parts) {
            for (int k = 0; k < power.length; k++) {
                power[k] += part.sum()[k];
            }
            spectra += part.spectra();
        }
        if (spectra > 0) {
            double norm = spectra * (double) first.size() * first.windowSquares();
            for (int k = 0; k < power.length; k++) {
                double oneSided = k == 0 || k == power.length - 1 ? 1 : 2;
                power[k] = oneSided * power[k] / norm;
            }
        }
        double binWidth = (double) first.sampleRate() / first.size();
        double[] thirds = Bands.thirdOctaveCenters();
        double[] longTerm = Bands.longTermCenters();
        return new SpectrumResult(thirds, Bands.levels(power, binWidth, thirds, 10), longTerm,
                Bands.levels(power, binWidth, longTerm, 80));
    }
}
