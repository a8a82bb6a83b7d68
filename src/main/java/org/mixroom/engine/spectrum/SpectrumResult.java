package org.mixroom.engine.spectrum;

/**
 * The long-term average spectrum as band levels in dB (a full-scale sine in its band reads −3.01 dB);
 * NaN for bands with no power or above the Nyquist frequency.
 */
public record SpectrumResult(double[] thirdOctaveCentersHz, double[] thirdOctaveLevelsDb,
                             double[] longTermFrequenciesHz, double[] longTermLevelsDb) {
}
