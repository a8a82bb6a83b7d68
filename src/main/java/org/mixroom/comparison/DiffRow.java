package org.mixroom.comparison;

/**
 * One measure of two revisions side by side.
 *
 * @param change B − A; null where either side has no value
 * @param why    why the change matters, in words; null when it does not
 */
public record DiffRow(String measure, String unit, Double a, Double b, Double change, String why) {

    public boolean matters() {
        return why != null;
    }
}
