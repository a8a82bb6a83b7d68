package org.mixroom.engine.align;

/**
 * How two versions of a piece line up in time.
 *
 * @param offsetFrames how many frames later B's material starts than A's (negative: earlier)
 * @param sampleRate   the rate both were compared at (Hz)
 * @param confidence   normalised correlation at the best offset, 0 to 1: below about 0.3 the two hardly
 *                     share material and the offset means little
 */
public record Alignment(long offsetFrames, int sampleRate, double confidence) {
    /** {@link #offsetFrames()} in seconds. */
    public double offsetSeconds() {
        return (double) offsetFrames / sampleRate;
    }
}
