package org.xxgk.checker.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The layout of one statistics table in one format: its rows, columns and the cells they define. */
public final class TableLayout {
    private final String id;
    private final String table;
    private final String formatId;
    private final String sectionId;
    private final String name;
    private final String title;
    private final TableKind kind;
    private final List<String> headerWords;
    private final ExtraLineWords extraLineWords;
    private final List<RowSpec> rows;
    private final List<ColumnSpec> columns;
    private final List<BlockSpec> blocks;
    private final Map<String, RowSpec> rowsById = new LinkedHashMap<>();
    private final Map<String, ColumnSpec> columnsById = new LinkedHashMap<>();
    private final Map<String, CellSpec> cells = new LinkedHashMap<>();
    private final Map<String, Map<String, CellSpec>> cellsByRow = new HashMap<>();

    TableLayout(String id, String table, String formatId, String sectionId, String name, String title, TableKind kind,
                List<String> headerWords, ExtraLineWords extraLineWords, List<RowSpec> rows, List<ColumnSpec> columns,
                List<BlockSpec> blocks) {
        this.id = id;
        this.table = table;
        this.formatId = formatId;
        this.sectionId = sectionId;
        this.name = name;
        this.title = title;
        this.kind = kind;
        this.headerWords = List.copyOf(headerWords);
        this.extraLineWords = extraLineWords;
        this.rows = List.copyOf(rows);
        this.blocks = List.copyOf(blocks);
        rows.forEach(row -> rowsById.put(row.id(), row));
        List<ColumnSpec> distinctColumns = new ArrayList<>();
        if (kind == TableKind.BLOCKS) {
            for (BlockSpec block : blocks) {
                for (RowSpec row : block.rows()) {
                    for (ColumnSpec column : block.columns()) {
                        addCell(row, column);
                    }
                }
                block.columns().forEach(column -> {
                    if (columnsById.putIfAbsent(column.id(), column) == null) {
                        distinctColumns.add(column);
                    }
                });
            }
        } else {
            columns.forEach(column -> columnsById.put(column.id(), column));
            distinctColumns.addAll(columns);
            for (RowSpec row : rows) {
                for (ColumnSpec column : columns) {
                    addCell(row, column);
                }
            }
        }
        this.columns = List.copyOf(distinctColumns);
        cellsByRow.replaceAll((row, cells) -> Map.copyOf(cells));
    }

    private void addCell(RowSpec row, ColumnSpec column) {
        String cellId = id + "." + row.id() + "." + column.id();
        CellSpec cell = new CellSpec(cellId, row, column, cells.size());
        cells.put(cellId, cell);
        cellsByRow.computeIfAbsent(row.id(), r -> new HashMap<>()).put(column.id(), cell);
    }

    /** The prefix of this layout's cell ids, e.g. {@code t3} or {@code t2v19}. */
    public String id() {
        return id;
    }

    /** Which of the report's tables this layout is a form of ({@code t2}, {@code t3} or {@code t4}). */
    public String table() {
        return table;
    }

    public String formatId() {
        return formatId;
    }

    public String sectionId() {
        return sectionId;
    }

    /** How messages name the table, e.g. 表三. */
    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public TableKind kind() {
        return kind;
    }

    /** Words of the header rows that identify the table without being a row or column label. */
    public List<String> headerWords() {
        return headerWords;
    }

    /** Words of the rows and columns a table read by position prints beyond the format's (a total, a remark). */
    public ExtraLineWords extraLineWords() {
        return extraLineWords;
    }

    public List<RowSpec> rows() {
        return rows;
    }

    /** The distinct columns, in order of first appearance. */
    public List<ColumnSpec> columns() {
        return columns;
    }

    public List<BlockSpec> blocks() {
        return blocks;
    }

    public RowSpec row(String rowId) {
        return rowsById.get(rowId);
    }

    public ColumnSpec column(String columnId) {
        return columnsById.get(columnId);
    }

    /** Every cell of the layout, rows first, in print order. */
    public Collection<CellSpec> cells() {
        return Collections.unmodifiableCollection(cells.values());
    }

    public CellSpec cell(String cellId) {
        return cells.get(cellId);
    }

    public String cellId(String rowId, String columnId) {
        return id + "." + rowId + "." + columnId;
    }

    /** The cell where a row and a column meet, or {@code null} when the layout has none there. */
    public CellSpec cell(String rowId, String columnId) {
        return cellsOfRow(rowId).get(columnId);
    }

    /** The cells of a row by column id; empty when the layout has no such row. */
    public Map<String, CellSpec> cellsOfRow(String rowId) {
        return cellsByRow.getOrDefault(rowId, Map.of());
    }

    public List<RowSpec> rowsTagged(String tag) {
        return rows.stream().filter(row -> row.tags().contains(tag)).toList();
    }

    public List<ColumnSpec> columnsTagged(String tag) {
        return columns.stream().filter(column -> column.tags().contains(tag)).toList();
    }

    @Override
    public String toString() {
        return formatId + "/" + id;
    }
}
