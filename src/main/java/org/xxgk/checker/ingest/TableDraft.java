package org.xxgk.checker.ingest;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.CellState;
import org.xxgk.checker.report.ExtraLine;
import org.xxgk.checker.report.LabelDeviation;
import org.xxgk.checker.report.Location;
import org.xxgk.checker.report.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A table while it is being read: cells, rows and columns found, and what did not fit the layout. */
final class TableDraft {
    private final TableLayout layout;
    /** The cells found, by {@link CellSpec#index()}. */
    private final Printed[] cells;
    private int cellCount;
    private final Set<String> rowsFound = new LinkedHashSet<>();
    /** The row of the cell noted last. */
    private RowSpec lastRow;
    private final List<ExtraLine> extras = new ArrayList<>();
    private final List<LabelDeviation> deviations = new ArrayList<>();
    private int firstLine;
    private int lastLine;
    private int valueCount;

    TableDraft(TableLayout layout) {
        this.layout = layout;
        this.cells = new Printed[layout.cells().size()];
    }

    TableLayout layout() {
        return layout;
    }

    /** Notes a line as part of the table. */
    void touch(int line) {
        if (firstLine == 0) {
            firstLine = line;
        }
        lastLine = Math.max(lastLine, line);
    }

    /**
     * A cell as printed; it is parsed into a {@link Cell} only if this draft is the layout that is kept. The cell of a
     * row printed in parts holds the parts' cells, "5+4" as its text.
     */
    private record Printed(CellSpec spec, String text, Location location, List<Printed> parts) {
        Printed(CellSpec spec, String text, Location location) {
            this(spec, text, location, List.of());
        }

        Cell parse() {
            if (!parts.isEmpty()) {
                return sum(parts.stream().map(Printed::parse).toList());
            }
            CellValue value = Values.parse(text, spec.column().unit());
            return new Cell(spec, text, value.state(), value.value(), value.unit(), location);
        }

        /**
         * The parts' sum at the first part's place. A blank or a dash is a part with none (an issuing level that made
         * nothing), left out of the sum; when no part holds a number, the first part that holds anything. A part
         * holding text or a number with another unit is taken as it is, so that it is judged, and found, as printed.
         */
        private Cell sum(List<Cell> cells) {
            List<Cell> numbers = cells.stream().filter(Cell::isNumber).toList();
            String unit = numbers.isEmpty() ? "" : numbers.get(0).unit();
            for (Cell cell : cells) {
                if (cell.state() == CellState.TEXT || cell.isNumber() && !cell.unit().equals(unit)) {
                    return cell;
                }
            }
            if (numbers.isEmpty()) {
                return cells.stream().filter(part -> part.state() != CellState.BLANK).findFirst().orElse(cells.get(0));
            }
            BigDecimal total = numbers.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Cell(spec, text, CellState.NUMBER, total, unit, location);
        }
    }

    /** Notes a cell of this draft's layout as printed at a line and column. */
    void cell(CellSpec spec, String printed, int line, int column) {
        put(new Printed(spec, printed.strip(), new Location(line, column)));
    }

    private void put(Printed cell) {
        CellSpec spec = cell.spec();
        if (cells[spec.index()] == null) {
            cellCount++;
        }
        cells[spec.index()] = cell;
        // a row's cells come one after another: its id is added once, not once per cell
        if (spec.row() != lastRow) {
            rowsFound.add(spec.row().id());
            lastRow = spec.row();
        }
        touch(cell.location().line());
    }

    /**
     * Notes a row's cells under the given columns, from the line's values starting at {@code start}; a column past
     * the printed values gets an empty cell at the line.
     */
    /** @param columns the columns of the values from {@code start} on, {@code null} for one the format lacks */
    void row(RowSpec row, List<ColumnSpec> columns, TableLine line, int start) {
        Map<String, CellSpec> rowCells = layout.cellsOfRow(row.id());
        List<String> values = line.values();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == null) {
                continue;
            }
            int at = start + i;
            boolean printed = at < values.size();
            cell(rowCells.get(columns.get(i).id()), printed ? values.get(at) : "",
                    printed ? line.valueLine(at) : line.number(), printed ? line.valueColumn(at) : 0);
        }
    }

    /**
     * Notes a row printed in parts, a line each ("行政规范性文件（区政府）", "行政规范性文件（区政府部门）"), under the given
     * columns: each of its cells is the sum of the parts' cells, every part's cell keeping its own place.
     *
     * @param starts where each part's values begin among its values
     */
    void rowInParts(RowSpec row, List<ColumnSpec> columns, List<TableLine> parts, List<Integer> starts) {
        Map<String, CellSpec> rowCells = layout.cellsOfRow(row.id());
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == null) {
                continue;
            }
            CellSpec spec = rowCells.get(columns.get(i).id());
            List<Printed> pieces = new ArrayList<>(parts.size());
            for (int p = 0; p < parts.size(); p++) {
                TableLine part = parts.get(p);
                int at = starts.get(p) + i;
                boolean printed = at < part.values().size();
                pieces.add(new Printed(spec, printed ? part.values().get(at).strip() : "", printed
                        ? new Location(part.valueLine(at), part.valueColumn(at)) : new Location(part.number(), 0)));
            }
            String text = String.join("+", pieces.stream().map(Printed::text).filter(t -> !t.isEmpty()).toList());
            put(new Printed(spec, text, pieces.get(0).location(), pieces));
            pieces.forEach(piece -> touch(piece.location().line()));
        }
    }

    int firstLine() {
        return firstLine;
    }

    boolean hasRow(String rowId) {
        return rowsFound.contains(rowId);
    }

    void countValues(int count) {
        valueCount += count;
    }

    void extra(String label, String kind, int line) {
        extras.add(new ExtraLine(label, kind, Location.line(line)));
        touch(line);
    }

    void deviation(String printed, String canonical, int line) {
        deviations.add(new LabelDeviation(printed.strip(), canonical, Location.line(line)));
    }

    /** Notes that the table prints its columns in another order than the format's, each order as its columns listed. */
    void columnOrder(String printed, String canonical, int line) {
        deviations.add(new LabelDeviation(printed, canonical, Location.line(line), true));
    }

    /** Columns listed as a message lists them: "自然人、商业企业、…、总计". */
    static String listed(List<ColumnSpec> columns) {
        return String.join("、", columns.stream().map(ColumnSpec::label).toList());
    }

    /** How well the source fits this layout: cells that hold something, less what did not fit. */
    int score() {
        int filled = 0;
        for (Printed cell : cells) {
            if (cell != null && !cell.text().isEmpty()) {
                filled++;
            }
        }
        return filled - 5 * extras.size() - 2 * deviations.size();
    }

    /** Whether the source fits the layout exactly: every cell found, no value, row, column or label left over. */
    boolean isExact() {
        return cellCount == cells.length && valueCount <= cells.length && extras.isEmpty() && deviations.isEmpty();
    }

    boolean isEmpty() {
        return cellCount == 0;
    }

    Table build() {
        Cell[] parsed = new Cell[cells.length];
        Set<String> columnsFound = new HashSet<>();
        int columns = layout.columns().size();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                parsed[i] = cells[i].parse();
                // once every column is found, usually in the first row, the rest cannot add one
                if (columnsFound.size() < columns) {
                    columnsFound.add(cells[i].spec().column().id());
                }
            }
        }
        return Table.ofSlots(layout, firstLine, lastLine, parsed, Set.copyOf(rowsFound), Set.copyOf(columnsFound),
                valueCount, List.copyOf(extras), List.copyOf(deviations));
    }
}
