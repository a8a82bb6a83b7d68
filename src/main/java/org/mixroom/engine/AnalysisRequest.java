package org.mixroom.engine;

/**
 * What a pass computes besides the report: like libebur128's modes, only what is asked for is paid for.
 *
 * @param waveform    min/max peaks for the player
 * @param spectrogram the display spectrogram
 */
public record AnalysisRequest(boolean waveform, boolean spectrogram) {
    /** The report alone, as the analyze command prints it. */
    public static final AnalysisRequest REPORT = new AnalysisRequest(false, false);
    /** The report with every display artefact, as the server stores them. */
    public static final AnalysisRequest FULL = new AnalysisRequest(true, true);
}
