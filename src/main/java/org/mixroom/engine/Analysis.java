package org.mixroom.engine;

import org.mixroom.engine.spectrum.Spectrogram;
import org.mixroom.engine.waveform.WaveformPeaks;

/**
 * The result of one pass: the report and the display artefacts the {@link AnalysisRequest} asked for.
 *
 * @param waveform    null unless requested
 * @param spectrogram null unless requested
 */
public record Analysis(AnalysisReport report, WaveformPeaks waveform, Spectrogram spectrogram) {
}
