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
