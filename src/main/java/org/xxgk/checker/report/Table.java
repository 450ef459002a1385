package org.xxgk.checker.report;

import org.xxgk.checker.format.BlockSpec;
import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A statistics table as read, in the layout it was recognised as.
 *
 * @param layout      the layout of the format the table follows
 * @param firstLine   1-based first line of the table
 * @param lastLine    1-based last line of the table
 * @param cells       the cells found, by cell id, in layout order; a cell the source lacks is absent
 * @param rowsFound   ids of the layout's rows that the source has
 * @param columnsFound ids of the layout's columns that the source has
 * @param valueCount  how many value cells the source printed (for positional tables: before mapping)
 * @param extras      rows and columns the format does not have
 * @param deviations  fixed labels printed differently from the format, and the columns' order where it is another
 *                    than the format's
 * @param irregularCells the cells that do not hold a plain whole number ≥ 0: blank, a dash, text, a fraction, a
 *                    negative number or a number with a unit. Rules that judge single cells look only here, since a
 *                    report has some 200 cells and usually none of these.
 * @param numberCount how many cells hold a number
 * @param missingRows the layout's rows the source lacks, in layout order
 * @param missingColumns the layout's columns the source lacks, in layout order
 * @param slots       the cells by {@link CellSpec#index()}, {@code null} where the source lacks one
 */
public record Table(TableLayout layout, int firstLine, int lastLine, Map<String, Cell> cells, Set<String> rowsFound,
                   Set<String> columnsFound, int valueCount, List<ExtraLine> extras, List<LabelDeviation> deviations,
                   List<Cell> irregularCells, long numberCount, List<RowSpec> missingRows,
                   List<ColumnSpec> missingColumns, List<Cell> slots) {

    /** A table as read; what rules ask of it again and again is worked out here, once. */
    public Table(TableLayout layout, int firstLine, int lastLine, Map<String, Cell> cells, Set<String> rowsFound,
                 Set<String> columnsFound, int valueCount, List<ExtraLine> extras, List<LabelDeviation> deviations) {
        this(layout, firstLine, lastLine, cells, rowsFound, columnsFound, valueCount, extras, deviations,
                irregular(cells.values()), numbers(cells.values()), missingRows(layout, rowsFound),
                missingColumns(layout, columnsFound), slots(layout, cells));
    }

    /**
     * A table as a reader builds it: its cells by {@link CellSpec#index()}, {@code null} where the source lacks one.
     * The array is taken over, not copied; the cells by id are a view of it, with nothing hashed per cell.
     */
    public static Table ofSlots(TableLayout layout, int firstLine, int lastLine, Cell[] slots, Set<String> rowsFound,
                                Set<String> columnsFound, int valueCount, List<ExtraLine> extras,
                                List<LabelDeviation> deviations) {
        // the array itself is walked for what the table works out once: neither the map's view of it nor an
        // unmodifiable one, whose iterator calls through to another at every step
        List<Cell> slotList = Arrays.asList(slots);
        return new Table(layout, firstLine, lastLine, new CellMap(layout, slotList), rowsFound, columnsFound,
                valueCount, extras, deviations, irregular(slotList), numbers(slotList), missingRows(layout, rowsFound),
                missingColumns(layout, columnsFound), Collections.unmodifiableList(slotList));
    }

    /** @param cells the cells, or slots with {@code null} where the source lacks a cell */
    private static List<Cell> irregular(Collection<Cell> cells) {
        List<Cell> irregular = new ArrayList<>(0);
        for (Cell cell : cells) {
            if (cell != null && (!cell.isNumber() || !cell.isInteger() || cell.isNegative() || !cell.unit().isEmpty())) {
                irregular.add(cell);
            }
        }
        return Collections.unmodifiableList(irregular);
    }

    /** @param cells the cells, or slots with {@code null} where the source lacks a cell */
    private static long numbers(Collection<Cell> cells) {
        long count = 0;
        for (Cell cell : cells) {
            if (cell != null && cell.isNumber()) {
                count++;
            }
        }
        return count;
    }

    private static List<RowSpec> missingRows(TableLayout layout, Set<String> rowsFound) {
        return layout.rows().stream().filter(row -> !rowsFound.contains(row.id())).toList();
    }

    private static List<ColumnSpec> missingColumns(TableLayout layout, Set<String> columnsFound) {
        return layout.columns().stream().filter(column -> !columnsFound.contains(column.id())).toList();
    }

    private static List<Cell> slots(TableLayout layout, Map<String, Cell> cells) {
        Cell[] slots = new Cell[layout.cells().size()];
        for (Cell cell : cells.values()) {
            slots[cell.spec().index()] = cell;
        }
        return Collections.unmodifiableList(Arrays.asList(slots));
    }

    /** Which of the report's tables this is: {@code t2}, {@code t3} or {@code t4}. */
    public String id() {
        return layout.table();
    }

    /** The id of the format whose layout the table follows, e.g. {@code 2021}. */
    public String format() {
        return layout.formatId();
    }

    public Cell cell(String cellId) {
        return cells.get(cellId);
    }

    /**
     * The cell of a spec, or {@code null} when the source lacks it. A spec of the very layout this table was read in
     * is found by its index; one of an equal layout loaded elsewhere (another rule set's) by its id.
     */
    public Cell cell(CellSpec spec) {
        Cell cell = spec.index() < slots.size() ? slots.get(spec.index()) : null;
        return cell != null && cell.spec() == spec ? cell : cells.get(spec.id());
    }

    public Collection<Cell> cellList() {
        return cells.values();
    }

    /**
     * The columns that a block of the layout (表二's “第二十条第（一）项”…) lacks although the source has the block: none
     * of its rows has a cell in the column, as when the block's header leaves the column out.
     */
    public List<BlockColumn> missingBlockColumns() {
        List<BlockColumn> missing = new ArrayList<>(0);
        for (BlockSpec block : layout.blocks()) {
            List<RowSpec> found = block.rows().stream().filter(row -> rowsFound.contains(row.id())).toList();
            for (ColumnSpec column : found.isEmpty() ? List.<ColumnSpec>of() : block.columns()) {
                if (found.stream().allMatch(row -> cell(layout.cell(row.id(), column.id())) == null)) {
                    missing.add(new BlockColumn(block, column));
                }
            }
        }
        return missing;
    }

    /** The cells of one row that the source has, in layout order. */
    public List<Cell> cellsInRow(String rowId) {
        return cells.values().stream().filter(cell -> cell.row().equals(rowId)).toList();
    }

    /**
     * Whether the table was printed without data: no cell holds a number, nor text where one belongs (a table of
     * "〇" is filled in, if wrongly).
     */
    public boolean isUnfilled() {
        return numberCount == 0 && irregularCells.stream().noneMatch(cell -> cell.state() == CellState.TEXT);
    }

    /** How many cells the layout defines. */
    public int expectedCellCount() {
        return layout.cells().size();
    }

    /** Hashes by layout and place only: Drools hashes facts, and hashing every cell would be slow. */
    @Override
    public int hashCode() {
        return 31 * layout.id().hashCode() + firstLine;
    }
}
