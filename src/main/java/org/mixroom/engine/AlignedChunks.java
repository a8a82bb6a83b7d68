package org.mixroom.engine;

/**
 * Re-cuts blocks into chunks that start at multiples of {@code chunkFrames} in the file. A meter that sums
 * within a chunk in a fixed order (several accumulators, for speed) then gets the same result to the last
 * bit whatever block sizes the decoder delivered. Blocks that are already aligned pass through uncopied.
 */
public final class AlignedChunks {
    /** Receives one chunk: {@code frames} frames from {@code offset} in each of {@code channels}. */
    @FunctionalInterface
    public interface Consumer {
        void chunk(double[][] channels, int offset, int frames);
    }

    private final int chunkFrames;
    private final double[][] carry;
    private final double[][] view;
    private int carried;

    public AlignedChunks(int channels, int chunkFrames) {
        this.chunkFrames = chunkFrames;
        carry = new double[channels][chunkFrames];
        view = new double[channels][];
    }

    public void accept(AudioBlock block, Consumer consumer) {
        int frames = block.frames();
        int offset = 0;
        if (carried > 0) {
            offset = fillCarry(block, 0, frames);
            if (carried == chunkFrames) {
                consumer.chunk(carry, 0, chunkFrames);
                carried = 0;
            }
        }
        for (int c = 0; c < view.length; c++) {
            view[c] = block.channel(c);
        }
        while (frames - offset >= chunkFrames) {
            consumer.chunk(view, offset, chunkFrames);
            offset += chunkFrames;
        }
        if (offset < frames) {
            fillCarry(block, offset, frames);
        }
    }

    /** Hands over the final, shorter chunk, if any. */
    public void finish(Consumer consumer) {
        if (carried > 0) {
            consumer.chunk(carry, 0, carried);
            carried = 0;
        }
    }

    private int fillCarry(AudioBlock block, int from, int to) {
        int n = Math.min(chunkFrames - carried, to - from);
        for (int c = 0; c < carry.length; c++) {
            System.arraycopy(block.channel(c), from, carry[c], carried, n);
        }
        carried += n;
        return from + n;
    }
}
