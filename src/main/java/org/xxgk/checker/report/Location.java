package org.xxgk.checker.report;

/**
 * Where something stands in the source.
 *
 * @param line   1-based line of a text source
 * @param column 1-based column (character) where it starts in that line, or 0 when not known
 */
public record Location(int line, int column) {

    public static Location line(int line) {
        return new Location(line, 0);
    }
}
