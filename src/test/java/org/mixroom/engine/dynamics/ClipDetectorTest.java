package org.mixroom.engine.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mixroom.engine.SampleFormat;

class ClipDetectorTest {
    @Test
    void countsRunsOfThreeOrMoreSameSignFullScaleSamples() {
        double top = 32767 / 32768.0;
        ClipDetector clips = new ClipDetector(SampleFormat.INT16, 16);
        clips.accept(new double[] {top, top, top, top, 0, -1, -1, -1, top, top, -1, -1}, 0, 12);
        assertThat(clips.runs()).isEqualTo(2);
    }

    @Test
    void twentyBitAudioInA24BitContainerClipsAtTwentyBitFullScale() {
        double top20 = ((1 << 19) - 1) / (double) (1 << 19);
        ClipDetector clips = new ClipDetector(SampleFormat.INT24, 20);
        clips.accept(new double[] {top20, top20, top20}, 0, 3);
        assertThat(clips.runs()).isEqualTo(1);
        ClipDetector storageWidth = new ClipDetector(SampleFormat.INT24, null);
        storageWidth.accept(new double[] {top20, top20, top20}, 0, 3);
        assertThat(storageWidth.runs()).isZero();
    }

    @Test
    void floatClipsAtOneOrAbove() {
        ClipDetector clips = new ClipDetector(SampleFormat.FLOAT32, 32);
        clips.accept(new double[] {0.999, 1.0, 1.2, 1.0, -1.5, -1.0, -1.0}, 0, 7);
        assertThat(clips.runs()).isEqualTo(2);
    }

    @Test
    void runsContinueAcrossStretchesAndBreakOnQuietOnes() {
        ClipDetector clips = new ClipDetector(SampleFormat.FLOAT32, 32);
        clips.accept(new double[] {1, 1}, 0, 2);
        clips.accept(new double[] {1}, 0, 1);
        assertThat(clips.runs()).isEqualTo(1);
        clips.accept(new double[] {-1, -1}, 0, 2);
        clips.breakRun();
        clips.accept(new double[] {-1}, 0, 1);
        assertThat(clips.runs()).isEqualTo(1);
    }
}
