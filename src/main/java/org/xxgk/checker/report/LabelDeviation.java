package org.xxgk.checker.report;

/**
 * A fixed label printed differently from the format, though recognisably the same row, column or heading.
 *
 * @param printed   the label as printed
 * @param canonical the label as the format has it
 * @param location  where it stands
 */
public record LabelDeviation(String printed, String canonical, Location location) {

    public int line() {
        return location.line();
    }
}
