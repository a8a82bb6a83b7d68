package org.mixroom.engine.stereo;

/**
 * Stereo width per third-octave band: 10·log10 of the side power over the mid power in the band, from the
 * long-term spectra of M = (L+R)/2 and S = (L−R)/2. NaN where either band is empty (identical channels, or above
 * the Nyquist frequency).
 *
 * @param sideToMidDb one value per third-octave centre of the spectrum, in the same order
 */
public record StereoWidth(double[] sideToMidDb) {
}
