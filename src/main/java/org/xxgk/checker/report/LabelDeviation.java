package org.xxgk.checker.report;

/**
 * A fixed label printed differently from the format, though recognisably the same row, column or heading; or the
 * table's columns printed in another order than the format's.
 *
 * @param printed     the label as printed; for the columns' order, the columns as printed ("总计、自然人、…")
 * @param canonical   the label as the format has it; for the columns' order, the format's order
 * @param location    where it stands
 * @param columnOrder whether the columns' order deviates rather than a label
 */
public record LabelDeviation(String printed, String canonical, Location location, boolean columnOrder) {

    /** A label printed differently from the format. */
    public LabelDeviation(String printed, String canonical, Location location) {
        this(printed, canonical, location, false);
    }

    public int line() {
        return location.line();
    }
}
