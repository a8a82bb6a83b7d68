package org.mixroom.engine;

/**
 * One measure, fed block by block in file order; keeps only the state it needs.
 *
 * @param <R> the result
 */
public interface Meter<R> {
    /** Takes the next block. The block is reused by the caller after this returns: never keep it. */
    void accept(AudioBlock block);

    /** Called once, after the last block. */
    R finish();
}
