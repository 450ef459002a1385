package org.xxgk.checker.report;

/**
 * A row or column in a table that the format does not have (a subtotal, a caption); it is left out of every sum.
 *
 * @param label    the printed label
 * @param kind     "行" for a row, "列" for a column
 * @param location where it stands
 */
public record ExtraLine(String label, String kind, Location location) {

    public int line() {
        return location.line();
    }
}
