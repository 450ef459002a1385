package org.xxgk.checker.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the source split into cells, with its label cells told apart from its value cells. The labels are the
 * cells up to the last one with Chinese text; what follows are values, also a garbled one such as "1O", which is
 * then reported as a bad value rather than read as part of the label.
 */
final class TableLine {
    private final int number;
    private final List<String> cells;
    private final int[] columns;
    /** The line of each cell, when a row's cells stand on several lines ({@link CellPerLine}); else {@code null}. */
    private final int[] cellLines;
    private final List<String> labels;
    private final List<String> values;
    private final int valuesStart;

    /**
     * @param number  the 1-based line number
     * @param cells   the printed cells, trimmed; empty strings are empty cells
     * @param columns the 1-based column where each cell starts
     */
    TableLine(int number, List<String> cells, int[] columns) {
        this(number, cells, columns, null);
    }

    private TableLine(int number, List<String> cells, int[] columns, int[] cellLines) {
        this.number = number;
        this.cells = cells;
        this.columns = columns;
        this.cellLines = cellLines;
        int start = 0;
        for (int i = cells.size() - 1; i >= 0; i--) {
            // a unit among numbers ("（件）" for one of a row's values) is a value gone wrong; a unit alone, a caption
            if (isLabel(cells.get(i)) && !(Values.isUnit(cells.get(i)) && hasNumber(cells))) {
                start = i + 1;
                break;
            }
        }
        int run = start > 0 && !hasText(cells, start) ? valuesBeforeRemark(cells, start - 1) : -1;
        if (run >= 0) {
            // text after a row's numbers is a remark in a column of its own ("含电话申请2件"), not part of its label
            start = run;
        }
        List<String> labelCells = new ArrayList<>(start);
        for (int i = 0; i < start; i++) {
            if (!cells.get(i).isEmpty()) {
                labelCells.add(cells.get(i));
            }
        }
        this.labels = labelCells;
        this.valuesStart = start;
        this.values = hasText(cells, start) ? cells.subList(start, cells.size()) : List.of();
    }

    /**
     * One row made of lines that each hold part of it: the label's line, then lines of values. The row stands at
     * the first line; every cell keeps its own line and column.
     */
    static TableLine joined(List<TableLine> parts) {
        List<String> cells = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        for (TableLine part : parts) {
            for (int i = 0; i < part.cells.size(); i++) {
                if (!part.cells.get(i).isEmpty() || part == parts.get(0)) {
                    cells.add(part.cells.get(i));
                    places.add(new int[] {part.number, part.columns[i]});
                }
            }
        }
        int[] columns = places.stream().mapToInt(place -> place[1]).toArray();
        int[] lines = places.stream().mapToInt(place -> place[0]).toArray();
        return new TableLine(parts.get(0).number, cells, columns, lines);
    }

    /**
     * Where a row's values begin when the text at {@code last}, the line's last cell, may be a remark written after
     * them ("一、本年新收… | 545 | | 1 | 549 | 含电话申请2件"): right after the label cell before them, when the cells
     * between that label and the remark are values and blanks, at least two of them and one a value; -1 otherwise.
     */
    private static int valuesBeforeRemark(List<String> cells, int last) {
        int values = 0;
        for (int i = last - 1; i >= 0; i--) {
            if (Values.isValue(cells.get(i))) {
                values++;
            } else if (isLabel(cells.get(i))) {
                return values >= 1 && last - i - 1 >= 2 ? i + 1 : -1;
            }
        }
        return -1;
    }

    private static boolean hasNumber(List<String> cells) {
        for (String cell : cells) {
            if (Values.isValue(cell)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(List<String> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A label has Chinese text and is no value: "1. 属于国家秘密" is a label, "无" and "12万元" are values. */
    private static boolean isLabel(String cell) {
        // the cheap test first: most cells tested are numbers, without Chinese text, and need no parsing
        return hasChinese(cell) && !Values.isValue(cell);
    }

    private static boolean hasChinese(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            // CJK unified ideographs and extension A
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')) {
                return true;
            }
        }
        return false;
    }

    int number() {
        return number;
    }

    /** All cells of the line, empty ones included. */
    List<String> cells() {
        return cells;
    }

    /** The non-empty cells before the values: the row's labels, outermost first. */
    List<String> labels() {
        return labels;
    }

    /**
     * Every cell after the labels, empty ones included (they may be blank values, or the remains of merged label
     * cells); empty when the line holds no value at all.
     */
    List<String> values() {
        return values;
    }

    /** The 1-based column where the i-th of {@link #cells()} starts. */
    int column(int i) {
        return columns[i];
    }

    /** The 1-based column where the i-th of {@link #values()} starts. */
    int valueColumn(int i) {
        return columns[valuesStart + i];
    }

    /** The 1-based line where the i-th of {@link #values()} stands. */
    int valueLine(int i) {
        return cellLines == null ? number : cellLines[valuesStart + i];
    }

    /** Where the i-th of {@link #values()} stands among all the line's cells, counted from 0. */
    int valueIndex(int i) {
        return valuesStart + i;
    }

    boolean hasValues() {
        return !values.isEmpty();
    }

    /** Whether the line holds one value and nothing else: no label, no other value. */
    boolean isLoneValue() {
        return labels.isEmpty() && filled(values) == 1;
    }

    /** How many of the cells are not empty. */
    static int filled(List<String> cells) {
        int filled = 0;
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                filled++;
            }
        }
        return filled;
    }

    /**
     * This row with its last value joined to it, when {@code next}, a value alone on its line, is that value wrapped
     * ({@link #lacksLastValue}); {@code null} when it is not.
     */
    TableLine withWrappedValue(TableLine next, int width, int firstIndex) {
        return next.isLoneValue() && lacksLastValue(width, firstIndex) ? joined(List.of(this, next)) : null;
    }

    /**
     * This row's name, printed with nothing after it, with its one value alone on the next line ("行政许可" over
     * "12126"); {@code null} when {@code next} is no value alone, or when the line prints the row's cells after the
     * name ("行政强制 | | "), blank as they are. Only a reader that knows the row stands inside a printed table asks:
     * under a row name left of a table printed as an image, a number alone is rather a page number.
     */
    TableLine withValueUnderName(TableLine next) {
        boolean nameOnly = !hasValues() && !cells.isEmpty() && !cells.get(cells.size() - 1).isEmpty();
        return nameOnly && next.isLoneValue() ? joined(List.of(this, next)) : null;
    }

    /**
     * Whether the line's values fill every one of {@code width} columns but the last, one after another from the cell
     * at {@code firstIndex} (right after the label where that is -1 or not one of its values: for an empty cell there
     * may be a blank value), and the line ends there: a value alone on the next line is then its last, wrapped. A row
     * with a blank or "—" cell among its values, or an empty cell where its last value stands ("… | 0 | 0 | "), is
     * complete: a number alone after it is rather a page number. So is a row name without any value on its line: a
     * number under it may be a page number under a table printed as an image ({@link #withValueUnderName} is asked
     * where the row is known to stand inside a printed table).
     */
    private boolean lacksLastValue(int width, int firstIndex) {
        if (!hasValues()) {
            return false;
        }
        int first = firstIndex - valuesStart;
        if (first < 0 || first >= values.size()) {
            first = 0;
        }
        if (values.size() - first != width - 1) {
            return false;
        }
        for (int i = first; i < values.size(); i++) {
            if (Values.isBlank(values.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line prints nothing: no cell, or only empty ones. */
    boolean isBlank() {
        return !hasText(cells, 0);
    }

    /** The line with the i-th of its cells printed otherwise: a cell put together with its end wrapped onto the next line. */
    TableLine withCell(int i, String printed) {
        List<String> changed = new ArrayList<>(cells);
        changed.set(i, printed);
        return new TableLine(number, changed, columns, cellLines);
    }

    /** The line with its last label cell taken for a remark and left out: "行政处罚 | 466 | 含简易程序处罚120件". */
    TableLine withoutRemark() {
        List<String> kept = new ArrayList<>(cells);
        kept.set(valuesStart - 1, "");
        return new TableLine(number, kept, columns, cellLines);
    }
}
