package org.mixroom.engine.dynamics;

/** The TT DR value before rounding (dB); NaN when no channel has any signal. */
public record DynamicRangeResult(double meanDb) {
    static final DynamicRangeResult UNDEFINED = new DynamicRangeResult(Double.NaN);

    /** The DR score as the meters display it: the mean rounded to an integer; null when undefined. */
    public Integer score() {
        return Double.isNaN(meanDb) ? null : (int) Math.round(meanDb);
    }
}
