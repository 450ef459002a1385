package org.xxgk.checker.ingest;

import java.util.List;

/**
 * Picks which run of a row's cells holds its values. A row's cells after the label may begin with the empty remains
 * of merged label cells and end with an empty cell left by a trailing separator, while a blank value is an empty
 * cell too. The run chosen holds the most filled cells; between equally full runs, the one under the header's
 * first column wins, or else the first.
 */
final class ValueWindow {
    private ValueWindow() {
    }

    /**
     * @param cells     the cells after the label
     * @param width     how many values the row should have
     * @param preferred where the header puts the first value, as an index into {@code cells}, or -1
     * @return the index of the first value in {@code cells}
     */
    static int start(List<String> cells, int width, int preferred) {
        if (cells.size() <= width) {
            return 0;
        }
        int best = 0;
        int bestFilled = -1;
        for (int start = 0; start + width <= cells.size(); start++) {
            int filled = 0;
            for (int i = start; i < start + width; i++) {
                if (!cells.get(i).isEmpty()) {
                    filled++;
                }
            }
            boolean closer = preferred >= 0 && Math.abs(start - preferred) < Math.abs(best - preferred);
            if (filled > bestFilled || (filled == bestFilled && closer)) {
                best = start;
                bestFilled = filled;
            }
        }
        return best;
    }

    /** Whether any filled cell lies outside the run [start, start + width): a column the format does not have. */
    static boolean overflows(List<String> cells, int start, int width) {
        for (int i = 0; i < cells.size(); i++) {
            if ((i < start || i >= start + width) && !cells.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many blank cells stand before each of a line's first {@code count} values where runs of spaces separate
     * them ("8  4  12    24"): a blank cell prints nothing, so the separators on either side of it run together
     * into a gap as wide as two. Told only when every gap between the values is a whole multiple of the narrowest
     * and some is wider; {@code null} when the gaps show no blank cell, as when they vary with the values' widths,
     * and for a line that keeps its blank cells itself (tabs, pipes) or whose values stand on several lines.
     * Empty cells before the first value (a line's leading spaces) are left as they are.
     */
    static int[] blanksBefore(TableLine line, int count) {
        List<String> values = line.values();
        int first = 0;
        while (first < count && values.get(first).isEmpty()) {
            first++;
        }
        int[] gaps = new int[count];
        int narrowest = Integer.MAX_VALUE;
        for (int i = first + 1; i < count; i++) {
            if (values.get(i).isEmpty() || line.valueLine(i) != line.valueLine(i - 1)) {
                return null;
            }
            gaps[i] = line.valueColumn(i) - line.valueColumn(i - 1) - values.get(i - 1).length();
            narrowest = Math.min(narrowest, gaps[i]);
        }
        if (narrowest < 1 || narrowest == Integer.MAX_VALUE) {
            return null;
        }
        int[] blanks = new int[count];
        boolean any = false;
        for (int i = first + 1; i < count; i++) {
            if (gaps[i] % narrowest != 0) {
                return null;
            }
            blanks[i] = gaps[i] / narrowest - 1;
            any |= blanks[i] > 0;
        }
        return any ? blanks : null;
    }

    /** How many cells lie between the first and the last filled one, inclusive. */
    static int span(List<String> cells) {
        int last = lastFilled(cells);
        if (last < 0) {
            return 0;
        }
        int first = 0;
        while (cells.get(first).isEmpty()) {
            first++;
        }
        return last - first + 1;
    }

    /** Where the last filled cell stands; -1 when none is. */
    static int lastFilled(List<String> cells) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        return last;
    }
}
