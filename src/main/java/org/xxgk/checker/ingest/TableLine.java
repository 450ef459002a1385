package org.xxgk.checker.ingest;

import java.util.ArrayList;
import java.util.List;

/** A line of the source split into cells, with its label cells (text) told apart from its value cells. */
final class TableLine {
    private final int number;
    private final List<String> cells;
    private final List<Integer> columns;
    private final List<String> labels;
    private final List<String> values;
    private final int valuesStart;

    /**
     * @param number  the 1-based line number
     * @param cells   the printed cells, trimmed; empty strings are empty cells
     * @param columns the 1-based column where each cell starts
     */
    TableLine(int number, List<String> cells, List<Integer> columns) {
        this.number = number;
        this.cells = cells;
        this.columns = columns;
        int valuesStart = 0;
        for (int i = cells.size() - 1; i >= 0; i--) {
            String cell = cells.get(i);
            if (!cell.isEmpty() && !Values.isValue(cell)) {
                valuesStart = i + 1;
                break;
            }
        }
        List<String> labelCells = new ArrayList<>(valuesStart);
        for (int i = 0; i < valuesStart; i++) {
            if (!cells.get(i).isEmpty()) {
                labelCells.add(cells.get(i));
            }
        }
        this.labels = labelCells;
        this.valuesStart = valuesStart;
        int end = cells.size();
        while (end > valuesStart && cells.get(end - 1).isEmpty()) {
            end--;
        }
        this.values = end > valuesStart ? cells.subList(valuesStart, end) : List.of();
    }

    int number() {
        return number;
    }

    List<String> cells() {
        return cells;
    }

    /** The non-empty cells before the values: the row's labels, outermost first. */
    List<String> labels() {
        return labels;
    }

    /** The cells after the last label, without trailing empty cells; empty when the line holds no value. */
    List<String> values() {
        return values;
    }

    /** The 1-based column where the i-th of {@link #values()} starts. */
    int valueColumn(int i) {
        return columns.get(valuesStart + i);
    }

    boolean hasValues() {
        return !values.isEmpty();
    }
}
