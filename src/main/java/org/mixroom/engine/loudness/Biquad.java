package org.mixroom.engine.loudness;

/**
 * Second-order IIR section {@code y[n] = b0 x[n] + b1 x[n-1] + b2 x[n-2] - a1 y[n-1] - a2 y[n-2]}
 * (a0 normalised to 1), as the coefficients of BS.1770-5 Annex 1 are written.
 */
public record Biquad(double b0, double b1, double b2, double a1, double a2) {
}
