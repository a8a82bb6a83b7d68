package org.mixroom.engine.stereo;

/**
 * Stereo image of the front L/R pair over the whole file; NaN where a sum is zero.
 *
 * @param correlation ΣLR / sqrt(ΣL²·ΣR²), no mean removal
 * @param sideToMidDb 10·log10(ΣS²/ΣM²) with M = (L+R)/2, S = (L−R)/2
 * @param balanceDb   10·log10(ΣL²/ΣR²), positive when the left channel is louder
 */
public record StereoResult(double correlation, double sideToMidDb, double balanceDb) {
}
