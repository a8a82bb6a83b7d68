package org.mixroom.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.mixroom.engine.dynamics.DynamicRangeMeter;
import org.mixroom.engine.dynamics.LevelStatisticsMeter;
import org.mixroom.engine.loudness.LoudnessMeter;
import org.mixroom.engine.peak.TruePeakMeter;
import org.mixroom.engine.spectrum.LongTermSpectrumMeter;
import org.mixroom.engine.spectrum.SpectrogramMeter;
import org.mixroom.engine.stereo.StereoMeter;
import org.mixroom.engine.stereo.StereoWidth;
import org.mixroom.engine.stereo.StereoWidthMeter;
import org.mixroom.engine.waveform.WaveformPeaksMeter;

/** The meters one pass runs for a format and request, grouped by thread, and what they add up to. */
final class MeterSet {
    private final LoudnessMeter loudness;
    private final TruePeakMeter truePeak;
    private final LevelStatisticsMeter levels;
    private final DynamicRangeMeter dynamicRange;
    private final StereoMeter stereo;
    /**
     * With a front left/right pair: the spectrum of the pair (and of the first half of the other channels), which
     * also gives the width per band. The FFTs are the largest single cost, so it has a thread of its own.
     */
    private final StereoWidthMeter stereoWidth;
    /** The spectrum of the other channels (all of them without a pair, in two halves), beside true peak. */
    private final List<LongTermSpectrumMeter> spectrumParts;
    private final WaveformPeaksMeter waveform;
    private final SpectrogramMeter spectrogram;

    /** Below this length the FFT warm-up costs more than it saves (about 70 ms against 250 ms at 4 minutes). */
    static final double WARM_UP_MIN_SECONDS = 60;

    /** @param declaredFrames the length the header states, if it states one */
    MeterSet(AudioFormat format, AnalysisRequest request, OptionalLong declaredFrames) {
        int rate = format.sampleRate();
        int channels = format.channels();
        List<Speaker> layout = format.layout();
        boolean[] drChannels = new boolean[channels];
        for (int c = 0; c < channels; c++) {
            drChannels[c] = layout.get(c) != Speaker.LOW_FREQUENCY;
        }
        int left = layout.indexOf(Speaker.FRONT_LEFT);
        int right = layout.indexOf(Speaker.FRONT_RIGHT);
        loudness = new LoudnessMeter(rate, Speaker.loudnessWeights(layout));
        truePeak = new TruePeakMeter(channels);
        levels = new LevelStatisticsMeter(channels, format.sampleFormat(), format.bitDepth());
        dynamicRange = new DynamicRangeMeter(rate, drChannels);
        boolean frontPair = left >= 0 && right >= 0;
        stereo = frontPair ? new StereoMeter(rate, left, right) : null;
        boolean warmUp = declaredFrames.orElse(Long.MAX_VALUE) >= WARM_UP_MIN_SECONDS * rate;
        if (frontPair) {
            List<Integer> first = new ArrayList<>(List.of(left, right));
            List<Integer> rest = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                if (c != left && c != right) {
                    (first.size() < channels / 2 ? first : rest).add(c);
                }
            }
            stereoWidth = new StereoWidthMeter(rate, ints(first), left, right, warmUp);
            spectrumParts = rest.isEmpty() ? List.of() : List.of(new LongTermSpectrumMeter(rate, ints(rest), warmUp));
        } else {
            stereoWidth = null;
            spectrumParts = channels == 1
                    ? List.of(new LongTermSpectrumMeter(rate, new int[] {0}, warmUp))
                    : List.of(new LongTermSpectrumMeter(rate, range(0, channels / 2), warmUp),
                            new LongTermSpectrumMeter(rate, range(channels / 2, channels), warmUp));
        }
        waveform = request.waveform() ? new WaveformPeaksMeter(rate, channels) : null;
        spectrogram = request.spectrogram() ? new SpectrogramMeter(rate, channels) : null;
    }

    private static int[] ints(List<Integer> channels) {
        return channels.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    /**
     * Group 0 runs on the decoding thread, each further group on a thread of its own. The groups are sized so
     * that the operating system can spread them evenly over two cores: the decoder with the cheap meters, the
     * spectrum of the front pair (or half the spectrum), and true peak with the rest of the spectrum and the
     * spectrogram.
     */
    List<List<Meter<?>>> threadGroups() {
        List<Meter<?>> inline = new ArrayList<>(List.of(loudness, levels, dynamicRange));
        if (stereo != null) {
            inline.add(stereo);
        }
        if (waveform != null) {
            inline.add(waveform);
        }
        List<Meter<?>> spectra = new ArrayList<>(spectrumParts);
        List<Meter<?>> ownThread = stereoWidth != null ? List.of(stereoWidth) : List.of(spectra.removeFirst());
        List<Meter<?>> peaks = new ArrayList<>(List.of(truePeak));
        peaks.addAll(spectra);
        if (spectrogram != null) {
            peaks.add(spectrogram);
        }
        return List.of(inline, ownThread, peaks);
    }

    Analysis finish(FileInfo file, long startedNanos) {
        StereoWidth width = stereoWidth == null ? null : stereoWidth.finish();
        List<LongTermSpectrumMeter.PowerSum> spectra = new ArrayList<>();
        if (stereoWidth != null) {
            spectra.add(stereoWidth.spectrum());
        }
        spectrumParts.forEach(part -> spectra.add(part.finish()));
        AnalysisReport report = new AnalysisReport(file, loudness.finish(), truePeak.finish(),
                levels.finish(), dynamicRange.finish(), stereo == null ? null : stereo.finish(),
                width, LongTermSpectrumMeter.combine(spectra),
                (System.nanoTime() - startedNanos) / 1_000_000);
        return new Analysis(report, waveform == null ? null : waveform.finish(),
                spectrogram == null ? null : spectrogram.finish());
    }
}
