package org.mixroom.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mixroom.engine.decode.AudioDecoder;
import org.mixroom.engine.decode.AudioDecoders;
import org.mixroom.engine.dynamics.DynamicRangeMeter;
import org.mixroom.engine.dynamics.LevelStatisticsMeter;
import org.mixroom.engine.loudness.LoudnessMeter;
import org.mixroom.engine.peak.SamplePeakMeter;
import org.mixroom.engine.peak.TruePeakMeter;
import org.mixroom.engine.spectrum.LongTermSpectrumMeter;
import org.mixroom.engine.stereo.StereoMeter;

/** Measures a file in one decoding pass: every meter is fed the same blocks, in file order. */
public final class AudioAnalyzer {
    static final int BLOCK_FRAMES = 16_384;

    public AnalysisReport analyze(Path file) throws IOException, InvalidAudioException {
        long started = System.nanoTime();
        try (AudioDecoder decoder = AudioDecoders.open(file)) {
            AudioFormat format = decoder.format();
            int channels = format.channels();
            List<Speaker> layout = format.layout();
            double[] weights = Speaker.loudnessWeights(layout);
            boolean[] drChannels = new boolean[channels];
            for (int c = 0; c < channels; c++) {
                drChannels[c] = layout.get(c) != Speaker.LOW_FREQUENCY;
            }
            LoudnessMeter loudness = new LoudnessMeter(format.sampleRate(), weights);
            SamplePeakMeter samplePeak = new SamplePeakMeter(channels);
            TruePeakMeter truePeak = new TruePeakMeter(channels);
            LevelStatisticsMeter levels = new LevelStatisticsMeter(channels, format.sampleFormat());
            DynamicRangeMeter dynamicRange = new DynamicRangeMeter(format.sampleRate(), drChannels);
            int left = layout.indexOf(Speaker.FRONT_LEFT);
            int right = layout.indexOf(Speaker.FRONT_RIGHT);
            StereoMeter stereo = left >= 0 && right >= 0 ? new StereoMeter(left, right) : null;
            LongTermSpectrumMeter spectrum = new LongTermSpectrumMeter(format.sampleRate(), channels);
            List<Meter<?>> inline = new ArrayList<>(List.of(loudness, samplePeak, truePeak, levels, dynamicRange));
            if (stereo != null) {
                inline.add(stereo);
            }
            // The spectrum's FFTs cost about as much as everything else together: it gets the second core.
            List<List<Meter<?>>> groups = List.of(inline, List.of(spectrum));
            long frames = new BlockPipeline(groups, channels, BLOCK_FRAMES).run(decoder);
            if (frames == 0) {
                throw new CorruptAudioException("no audio frames");
            }
            FileInfo info = new FileInfo(file.getFileName().toString(), decoder.sha256(), format.container(),
                    format.sampleFormat(), format.sampleRate(), channels, format.bitDepth(), frames,
                    (double) frames / format.sampleRate());
            return new AnalysisReport(info, loudness.finish(), samplePeak.finish(), truePeak.finish(),
                    levels.finish(), dynamicRange.finish(), stereo == null ? null : stereo.finish(),
                    spectrum.finish(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
