package org.mixroom.engine.waveform;

import java.util.List;

/**
 * Min/max pairs for drawing a waveform at several zoom levels, as 16-bit values (1.0 ↔ 32767, minima
 * rounded down and maxima up, so a drawn envelope never hides a sample).
 *
 * @param levels the finest first; each pixel of level z covers {@code 256·4^z} frames
 */
public record WaveformPeaks(int sampleRate, int channels, List<Level> levels) {
    /**
     * One zoom level.
     *
     * @param data per pixel, per channel in file order, a min then a max: {@code [min0c0, max0c0, min0c1, …]}
     */
    public record Level(int samplesPerPixel, short[] data) {
        public int pixels(int channels) {
            return data.length / (2 * channels);
        }
    }
}
