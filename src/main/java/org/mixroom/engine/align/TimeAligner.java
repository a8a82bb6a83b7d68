package org.mixroom.engine.align;

import java.io.IOException;
import java.nio.file.Path;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.UnsupportedAudioException;
import org.mixroom.engine.decode.AudioDecoder;
import org.mixroom.engine.decode.AudioDecoders;

/**
 * Finds how far B is shifted in time against A (a new intro bar, a different pre-roll) by cross-correlating
 * their mono mixes: first coarsely over the opening {@value #WINDOW_SECONDS} s at about 4 kHz, for shifts up
 * to {@value #MAX_OFFSET_SECONDS} s, then to the sample at the full rate over the loudest
 * {@value #EXCERPT_SECONDS} s of A.
 */
public final class TimeAligner {
    public static final double WINDOW_SECONDS = 30;
    public static final double MAX_OFFSET_SECONDS = 10;
    public static final double EXCERPT_SECONDS = 4;
    static final int COARSE_RATE = 4000;

    /** Aligns two files of the same sample rate. */
    public Alignment align(Path a, Path b) throws IOException, InvalidAudioException {
        MonoOpening first = MonoOpening.read(a, WINDOW_SECONDS + MAX_OFFSET_SECONDS);
        MonoOpening second = MonoOpening.read(b, WINDOW_SECONDS + MAX_OFFSET_SECONDS);
        if (first.sampleRate() != second.sampleRate()) {
            throw new UnsupportedAudioException("the two files have different sample rates (" + first.sampleRate()
                    + " Hz and " + second.sampleRate() + " Hz); align them by hand");
        }
        return align(first.samples(), second.samples(), first.sampleRate());
    }

    /** Aligns two mono signals of one sample rate (each at least a few seconds long for a useful answer). */
    static Alignment align(double[] a, double[] b, int sampleRate) {
        int factor = Math.max(1, sampleRate / COARSE_RATE);
        int window = (int) Math.min(a.length, WINDOW_SECONDS * sampleRate);
        double[] coarseA = decimate(a, window, factor);
        double[] coarseB = decimate(b, b.length, factor);
        int maxCoarseLag = (int) Math.ceil(MAX_OFFSET_SECONDS * sampleRate / factor);
        int coarse = CrossCorrelation.best(coarseA, coarseB, -maxCoarseLag, maxCoarseLag).lag() * factor;

        int excerpt = (int) Math.min(window, EXCERPT_SECONDS * sampleRate);
        int start = loudestStart(a, window, excerpt);
        int margin = 2 * factor;
        double[] fineA = slice(a, start, excerpt);
        double[] fineB = slice(b, start + coarse - margin, excerpt + 2 * margin);
        CrossCorrelation.Peak fine = CrossCorrelation.best(fineA, fineB, 0, 2 * margin);
        return new Alignment(coarse - margin + fine.lag(), sampleRate, fine.normalised());
    }

    /** Averages each run of {@code factor} samples: a box low-pass, enough to find a coarse offset. */
    static double[] decimate(double[] x, int length, int factor) {
        double[] y = new double[length / factor];
        for (int i = 0; i < y.length; i++) {
            double sum = 0;
            for (int k = 0; k < factor; k++) {
                sum += x[i * factor + k];
            }
            y[i] = sum / factor;
        }
        return y;
    }

    /** Start of the {@code length}-sample stretch with the most energy within the first {@code window}. */
    private static int loudestStart(double[] x, int window, int length) {
        double energy = 0;
        for (int i = 0; i < length; i++) {
            energy += x[i] * x[i];
        }
        double best = energy;
        int bestStart = 0;
        int step = Math.max(1, length / 16);
        for (int start = step; start + length <= window; start += step) {
            for (int i = start - step; i < start; i++) {
                energy -= x[i] * x[i];
            }
            for (int i = start + length - step; i < start + length; i++) {
                energy += x[i] * x[i];
            }
            if (energy > best) {
                best = energy;
                bestStart = start;
            }
        }
        return bestStart;
    }

    /** x[from, from + length), zero where that reaches outside x. */
    private static double[] slice(double[] x, int from, int length) {
        double[] y = new double[length];
        for (int i = Math.max(0, -from); i < length && from + i < x.length; i++) {
            y[i] = x[from + i];
        }
        return y;
    }

    /** The opening seconds of a file as a mono mix (the mean of its channels). */
    record MonoOpening(double[] samples, int sampleRate) {
        static MonoOpening read(Path file, double seconds) throws IOException, InvalidAudioException {
            try (AudioDecoder decoder = AudioDecoders.open(file)) {
                int rate = decoder.format().sampleRate();
                int channels = decoder.format().channels();
                double[] mono = new double[(int) Math.ceil(seconds * rate)];
                AudioBlock block = new AudioBlock(channels, 16_384);
                int filled = 0;
                while (filled < mono.length && decoder.read(block)) {
                    int n = Math.min(block.frames(), mono.length - filled);
                    for (int c = 0; c < channels; c++) {
                        double[] x = block.channel(c);
                        for (int i = 0; i < n; i++) {
                            mono[filled + i] += x[i] / channels;
                        }
                    }
                    filled += n;
                }
                return new MonoOpening(java.util.Arrays.copyOf(mono, filled), rate);
            }
        }
    }
}
