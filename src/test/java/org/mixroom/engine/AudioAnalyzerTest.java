package org.mixroom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.engine.testaudio.PiecewiseSignal;
import org.mixroom.engine.testaudio.WavWriter;

class AudioAnalyzerTest {
    @TempDir
    Path dir;

    @Test
    void fullRequestAddsDisplayArtefactsWithoutChangingTheReport() throws Exception {
        Path file = WavWriter.write(dir.resolve("tone.wav"),
                PiecewiseSignal.sine(1000, 48_000, 2).level(2, -10).level(2, -20).build(), SampleFormat.INT24);
        AudioAnalyzer analyzer = new AudioAnalyzer();
        Analysis full = analyzer.analyze(file, AnalysisRequest.FULL);
        AnalysisReport reportOnly = analyzer.analyze(file);
        assertThat(withoutTiming(full.report())).isEqualTo(withoutTiming(reportOnly));
        assertThat(full.waveform().levels().getFirst().pixels(2)).isEqualTo((4 * 48_000 + 255) / 256);
        assertThat(full.spectrogram().columns().length).isEqualTo(80);
        assertThat(analyzer.analyze(file, AnalysisRequest.REPORT).waveform()).isNull();
    }

    @Test
    void sameBytesGiveTheSameReport() throws IOException, InvalidAudioException {
        Path file = WavWriter.write(dir.resolve("tone.wav"),
                PiecewiseSignal.sine(440, 44_100, 2).level(4, -12).build(), SampleFormat.FLOAT32);
        String first = withoutTiming(new AudioAnalyzer().analyze(file));
        String second = withoutTiming(new AudioAnalyzer().analyze(file));
        assertThat(second).isEqualTo(first);
    }

    private static String withoutTiming(AnalysisReport report) {
        return ReportJson.write(report).replaceAll("\"analysisMillis\": \\d+", "");
    }
}
