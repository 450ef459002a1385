package org.xxgk.checker.report;

/**
 * Where something stands in the source.
 *
 * @param line      1-based line of a text source; for a web page or Word file, the line of the text it is read as
 *                  (the lines {@code facts --text} numbers)
 * @param column    1-based column (character) where it starts in that line, or 0 when not known
 * @param tableCell for a cell of a table in a web page or Word file, its place in that table; {@code null} in text
 */
public record Location(int line, int column, TableCell tableCell) {

    public Location(int line, int column) {
        this(line, column, null);
    }

    public static Location line(int line) {
        return new Location(line, 0);
    }

    /** The same place, also located in a table of a web page or Word file. */
    public Location inTable(int table, int row, int column) {
        return new Location(line, this.column, new TableCell(table, row, column));
    }

    /**
     * A cell's place in a table of a web page or Word file, counted as the table is drawn: merged cells take all
     * the rows and columns they span.
     *
     * @param table  1-based number of the table in the document
     * @param row    1-based row in the table, header rows included
     * @param column 1-based column in the table, or 0 when not known
     */
    public record TableCell(int table, int row, int column) {
    }
}
