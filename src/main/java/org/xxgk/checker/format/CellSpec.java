package org.xxgk.checker.format;

/**
 * A cell that a table layout defines: where row and column meet.
 *
 * @param id     the cell id, {@code <table>.<row>.<column>}, e.g. {@code t3.applications.new.natural_person}
 * @param row    the row
 * @param column the column
 * @param index  the cell's position among its layout's cells, from 0: where tables keep it, so that the relations,
 *               evaluated some fifty times per report, find their cells without a lookup by id
 */
public record CellSpec(String id, RowSpec row, ColumnSpec column, int index) {

    /** The cell as a reader names it in a message, e.g. "（三）不予公开 1.属于国家秘密/自然人". */
    public String label() {
        return row.fullLabel() + "/" + column.label();
    }

    /** Hashes by id only: Drools hashes facts and the values of {@code from}, and a deep record hash is slow. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
