package org.mixroom.engine.testaudio;

import java.io.IOException;
import java.nio.file.Path;
import org.mixroom.engine.AnalysisReport;
import org.mixroom.engine.AudioAnalyzer;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.DoubleList;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.Speaker;
import org.mixroom.engine.decode.AudioDecoder;
import org.mixroom.engine.decode.AudioDecoders;
import org.mixroom.engine.loudness.LoudnessMeter;
import org.mixroom.engine.loudness.LoudnessResult;

/** Writes test signals to files and measures them back through the decoder, as the server would. */
public final class Measure {
    private Measure() {
    }

    public static AnalysisReport analyze(Path dir, String name, Signal signal, Variant variant) throws IOException {
        return analyze(WavWriter.write(dir.resolve(name + ".wav"), signal, variant.format()));
    }

    public static AnalysisReport analyze(Path file) throws IOException {
        try {
            return new AudioAnalyzer().analyze(file);
        } catch (InvalidAudioException e) {
            throw new AssertionError("test file rejected: " + e.getMessage(), e);
        }
    }

    /** Loudness with the full 10 ms momentary and short-term series. */
    public record LoudnessTrace(LoudnessResult result, double[] momentary10ms, double[] shortTerm10ms,
                                int sampleRate) {
        /** Maximum of a 10 ms series over the window ends in (start, end] seconds; NaN if none is defined. */
        public static double maxIn(double[] series, int sampleRate, double startSeconds, double endSeconds) {
            double max = Double.NaN;
            for (int k = 1; k <= series.length; k++) {
                double end = Math.round(k * (double) sampleRate / 100) / (double) sampleRate;
                if (end > startSeconds + 1e-9 && end <= endSeconds + 1e-9 && !(series[k - 1] <= max)) {
                    max = series[k - 1];
                }
            }
            return max;
        }
    }

    public static LoudnessTrace loudness(Path dir, String name, Signal signal, Variant variant, long channelMask)
            throws IOException {
        Path file = WavWriter.write(dir.resolve(name + ".wav"), signal, variant.format(), channelMask);
        DoubleList momentary = new DoubleList();
        DoubleList shortTerm = new DoubleList();
        try (AudioDecoder decoder = AudioDecoders.open(file)) {
            var format = decoder.format();
            LoudnessMeter meter = new LoudnessMeter(format.sampleRate(), Speaker.loudnessWeights(format.layout()))
                    .onSubBlock((k, m, s) -> {
                        momentary.add(m);
                        shortTerm.add(s);
                    });
            AudioBlock block = new AudioBlock(format.channels(), 4096);
            while (decoder.read(block)) {
                meter.accept(block);
            }
            return new LoudnessTrace(meter.finish(), momentary.toArray(), shortTerm.toArray(), format.sampleRate());
        } catch (InvalidAudioException e) {
            throw new AssertionError("test file rejected: " + e.getMessage(), e);
        }
    }

    public static LoudnessTrace loudness(Path dir, String name, Signal signal, Variant variant) throws IOException {
        return loudness(dir, name, signal, variant, -1);
    }
}
