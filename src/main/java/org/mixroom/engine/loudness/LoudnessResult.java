package org.mixroom.engine.loudness;

/**
 * Loudness per ITU-R BS.1770-5 and EBU Tech 3341/3342. Levels in LUFS, range in LU; NaN where a value is
 * undefined (silence, too short), which reports show as null.
 *
 * @param momentaryLufs  momentary loudness (400 ms) of the window ending at every 100 ms
 * @param shortTermLufs  short-term loudness (3 s) of the window ending at every 100 ms
 */
public record LoudnessResult(double integratedLufs, double loudnessRangeLu, double lraLowLufs,
                             double lraHighLufs, double maxMomentaryLufs, double maxShortTermLufs,
                             double[] momentaryLufs, double[] shortTermLufs) {
}
