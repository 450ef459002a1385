package org.xxgk.checker.report;

import org.xxgk.checker.format.TableLayout;

import java.util.Collection;
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
 * @param deviations  fixed labels printed differently from the format
 */
public record Table(TableLayout layout, int firstLine, int lastLine, Map<String, Cell> cells, Set<String> rowsFound,
                   Set<String> columnsFound, int valueCount, List<ExtraLine> extras, List<LabelDeviation> deviations) {

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

    public Collection<Cell> cellList() {
        return cells.values();
    }

    public boolean hasRow(String rowId) {
        return rowsFound.contains(rowId);
    }

    public boolean hasColumn(String columnId) {
        return columnsFound.contains(columnId);
    }

    /** How many cells hold a number. */
    public long numberCount() {
        return cells.values().stream().filter(Cell::isNumber).count();
    }

    /** How many cells the layout defines. */
    public int expectedCellCount() {
        return layout.cells().size();
    }
}
