package org.mixroom.engine.testaudio;

/** A synthesised multichannel signal, generated on demand so that long files need no memory. */
public interface Signal {
    int sampleRate();

    int channels();

    long frames();

    /** Writes frames {@code start .. start+count-1} of every channel into {@code out[channel][0..count-1]}. */
    void fill(long start, int count, double[][] out);
}
