package org.xxgk.checker.ingest;

import java.util.Arrays;
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
     * Where the values of a line aligned by runs of spaces stand among a table's cells, when a blank cell prints
     * nothing ("8  4  12    24", "   8   4  12      24"): a line's leading spaces are no cell, and the values take
     * their cells by one of three alignments, each a grid. Values separated by a fixed run of spaces have gaps whole
     * multiples of the narrowest, a blank cell being as wide as nothing; values in fixed-width columns start
     * (left-aligned) or end (right-aligned) at whole multiples of the cell width from the first value, their gaps
     * shrinking as digits get wider. A grid anchored at the line's start tells what its leading spaces are: blank
     * cells when they are as wide as whole cells, or a right-aligned first value's padding. The values' cells are
     * known when the alignments that fit agree and make up the {@code cells} left exactly; else they are unknown
     * from the first blank cell an alignment shows, or, when none fits, from the first gap as wide as the narrowest
     * and the widest value together. Leading spaces that no alignment tells, or that may hold blank cells without
     * making up the cells, leave the line to be read cell by cell.
     *
     * @param count how many of the line's values are the table's
     * @param cells how many of the table's cells are still to fill
     * @return {@code null} for a line that keeps its blank cells itself (tabs, pipes), whose values stand on
     *         several lines, or whose leading spaces are not told
     */
    static Alignment alignment(TableLine line, int count, int cells) {
        List<String> values = line.values();
        int indent = count > 1 && values.get(0).isEmpty() && line.valueColumn(0) == 1 && line.valueColumn(1) > 2
                ? 1 : 0;
        int n = count - indent;
        if (n < 2) {
            return null;
        }
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] spaced = new int[n];
        int widest = 0;
        for (int i = 0; i < n; i++) {
            String value = values.get(indent + i);
            if (value.isEmpty() || line.valueLine(indent + i) != line.valueLine(indent)) {
                return null;
            }
            starts[i] = line.valueColumn(indent + i);
            ends[i] = starts[i] + value.length() - 1;
            // the start with the values before it taken out: separators alone make up the distances
            spaced[i] = i == 0 ? starts[0] : spaced[i - 1] + starts[i] - ends[i - 1] - 1;
            widest = Math.max(widest, value.length());
        }
        if (n >= cells) {
            return new Alignment(indent, new int[n], -1);
        }
        // each alignment puts the values on a grid; one anchored at the line's start puts leading spaces as wide as
        // whole cells (and a separator) into blank cells, or tells them a right-aligned first value's padding
        int[] known = null;
        boolean agree = true;
        boolean fits = false;
        boolean indentTold = indent == 0;
        int unknownFrom = n;
        for (int[] positions : new int[][] {spaced, starts, ends}) {
            int pitch = pitch(positions);
            int before = positions == ends ? ends[0] - pitch : starts[0] - 1;
            boolean anchored = indent == 1 && before >= 0 && before % pitch == 0;
            int[] placed = cellsOnGrid(positions, pitch, anchored ? before / pitch : 0);
            if (placed == null || placed[n - 1] >= cells) {
                continue;
            }
            agree &= !fits || Arrays.equals(known, placed);
            fits = true;
            known = placed;
            indentTold |= anchored;
            unknownFrom = Math.min(unknownFrom, firstBlank(placed));
        }
        if (fits && agree && known[n - 1] + 1 == cells) {
            int[] blanks = new int[n];
            for (int i = 0; i < n; i++) {
                blanks[i] = known[i] - (i == 0 ? 0 : known[i - 1] + 1);
            }
            return new Alignment(indent, blanks, -1);
        }
        if (!fits) {
            int narrowest = Integer.MAX_VALUE;
            for (int i = 1; i < n; i++) {
                narrowest = Math.min(narrowest, spaced[i] - spaced[i - 1]);
            }
            for (int i = n - 1; i > 0; i--) {
                unknownFrom = spaced[i] - spaced[i - 1] >= narrowest + widest ? i : unknownFrom;
            }
        }
        if (!indentTold || unknownFrom == 0) {
            // leading spaces that may hold blank cells: the line is read cell by cell, its leading spaces one
            return null;
        }
        return new Alignment(indent, new int[n], unknownFrom == n ? -1 : unknownFrom);
    }

    /**
     * How a line's values stand among a table's cells ({@link #alignment}).
     *
     * @param indent       how many of the line's first value cells are its leading spaces, no values
     * @param blanksBefore for each value after those, how many blank cells stand before it
     * @param unknownFrom  the first of those values whose cell is not known, or -1 when all are
     */
    record Alignment(int indent, int[] blanksBefore, int unknownFrom) {
    }

    /**
     * The cell of each of the positions on a grid of {@code pitch}, the first in cell {@code first}; {@code null}
     * when some distance is no whole multiple of the pitch.
     */
    private static int[] cellsOnGrid(int[] positions, int pitch, int first) {
        int[] cells = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int distance = positions[i] - positions[0];
            if (distance % pitch != 0) {
                return null;
            }
            cells[i] = first + distance / pitch;
        }
        return cells;
    }

    /** The least distance between two positions, rising ones. */
    private static int pitch(int[] positions) {
        int pitch = Integer.MAX_VALUE;
        for (int i = 1; i < positions.length; i++) {
            pitch = Math.min(pitch, positions[i] - positions[i - 1]);
        }
        return pitch;
    }

    /** The first value with a blank cell before it, or the number of values when none has. */
    private static int firstBlank(int[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] > (i == 0 ? 0 : cells[i - 1] + 1)) {
                return i;
            }
        }
        return cells.length;
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
