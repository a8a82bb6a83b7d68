package org.mixroom.engine.stereo;

/**
 * Stereo image of the front L/R pair over the whole file; NaN where a sum is zero.
 *
 * @param correlation       ΣLR / sqrt(ΣL²·ΣR²), no mean removal
 * @param sideToMidDb       10·log10(ΣS²/ΣM²) with M = (L+R)/2, S = (L−R)/2
 * @param balanceDb         10·log10(ΣL²/ΣR²), positive when the left channel is louder
 * @param correlationSeries the correlation over the 400 ms window ending at (j+1)·100 ms, the grid of the
 *                          momentary loudness series; NaN for the first three (incomplete) and for silent windows
 */
public record StereoResult(double correlation, double sideToMidDb, double balanceDb, double[] correlationSeries) {
}
