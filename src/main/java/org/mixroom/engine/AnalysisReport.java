package org.mixroom.engine;

import org.mixroom.engine.dynamics.DynamicRangeResult;
import org.mixroom.engine.dynamics.LevelStatistics;
import org.mixroom.engine.loudness.LoudnessResult;
import org.mixroom.engine.peak.PeakResult;
import org.mixroom.engine.spectrum.SpectrumResult;
import org.mixroom.engine.stereo.StereoResult;
import org.mixroom.engine.stereo.StereoWidth;

/**
 * Everything one pass over a file measured. Levels: LUFS and LU for loudness, dBTP for true peak, dBFS for
 * sample levels; undefined values are NaN here and null in the JSON ({@link ReportJson}).
 *
 * @param stereo      null for mono files and layouts without a front left/right pair
 * @param stereoWidth likewise
 */
public record AnalysisReport(FileInfo file, LoudnessResult loudness, PeakResult peaks,
                             LevelStatistics levels, DynamicRangeResult dynamicRange, StereoResult stereo,
                             StereoWidth stereoWidth,
                             SpectrumResult spectrum, long analysisMillis) {

    public double samplePeakDbfs() {
        return Decibels.ofAmplitude(peaks.samplePeak());
    }

    public double truePeakDbtp() {
        return Decibels.ofAmplitude(peaks.truePeak());
    }

    /** 10·log10 of the mean square over all samples and channels: a full-scale sine reads −3.01 dBFS. */
    public double rmsDbfs() {
        return Decibels.ofPower(levels.meanSquare());
    }

    public double crestFactorDb() {
        return samplePeakDbfs() - rmsDbfs();
    }

    /** Peak-to-loudness ratio: true peak minus integrated loudness (dB). */
    public double plrDb() {
        return truePeakDbtp() - loudness.integratedLufs();
    }

    /** Peak-to-short-term-loudness ratio: true peak minus the maximum short-term loudness (dB). */
    public double psrDb() {
        return truePeakDbtp() - loudness.maxShortTermLufs();
    }
}
