package org.xxgk.checker.ingest;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a table whose values arrive as one run mapped by position onto its cells (表四: 15 numbers under a
 * three-level header). The run starts after the first header line and ends when the cells are filled or the text
 * turns to prose. A table printed turned over, a line per column, is read by its lines' labels.
 */
final class PositionalTableReader implements TableReader {
    private final TableLayout layout;
    private final HeaderWords headerWords;
    /** The rows, longest label first, with their labels normalised: a header cell names the longest it holds. */
    private final List<RowSpec> rowsLongestFirst;
    private final List<String> rowKeys;
    /** The normalised labels of the columns, in the layout's order. */
    private final List<String> columnKeys;

    PositionalTableReader(TableLayout layout) {
        this.layout = layout;
        this.headerWords = new HeaderWords(layout.headerWords());
        this.rowsLongestFirst = layout.rows().stream()
                .sorted(Comparator.comparingInt((RowSpec row) -> row.label().length()).reversed()).toList();
        this.rowKeys = rowsLongestFirst.stream().map(row -> Labels.normalize(row.label())).toList();
        this.columnKeys = layout.columns().stream().map(column -> Labels.normalize(column.label())).toList();
    }

    @Override
    public TableLayout layout() {
        return layout;
    }

    @Override
    public TableDraft read(List<TableLine> lines) {
        TableDraft draft = new TableDraft(layout);
        if (readTransposed(lines, draft)) {
            return draft;
        }
        List<CellSpec> cells = List.copyOf(layout.cells());
        List<String> values = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        boolean started = false;
        Set<String> headerWordsSeen = new HashSet<>();
        // a row of blank cells under the header, as a printed skeleton of the table has: read when no values come
        TableLine blankRow = null;
        for (TableLine line : lines) {
            boolean header = line.labels().stream().anyMatch(headerWords::inLabel);
            if (!started) {
                // the header's words stand on one line, or (one cell per line) on lines of labels one after another,
                // blank lines between them aside; a line with values ("提起行政诉讼 4件") is no part of such a run
                if (line.cells().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                Set<String> words = headerWords(line);
                if (line.hasValues() || words.isEmpty()) {
                    headerWordsSeen.clear();
                }
                if (!line.hasValues()) {
                    headerWordsSeen.addAll(words);
                }
                if (Math.max(words.size(), headerWordsSeen.size()) < 2) {
                    continue;
                }
                started = true;
            }
            if (!line.hasValues()) {
                if (header) {
                    draft.touch(line.number());
                    continue;
                }
                if (!values.isEmpty() && !line.labels().isEmpty()) {
                    break;
                }
                if (blankRow == null && line.labels().isEmpty() && line.cells().size() >= cells.size()) {
                    blankRow = line;
                }
                continue;
            }
            for (int i = 0; i < line.values().size(); i++) {
                values.add(line.values().get(i));
                places.add(new int[] {line.valueLine(i), line.valueColumn(i)});
            }
            if (values.size() >= cells.size()) {
                break;
            }
        }
        if (values.isEmpty() && blankRow != null) {
            for (int i = 0; i < cells.size(); i++) {
                values.add("");
                places.add(new int[] {blankRow.number(), blankRow.column(i)});
            }
        }
        // empty cells left by separators at either end of the run are no values, as long as there are too many
        while (values.size() > cells.size() && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
            places.remove(places.size() - 1);
        }
        while (values.size() > cells.size() && values.get(0).isEmpty()) {
            values.remove(0);
            places.remove(0);
        }
        draft.countValues(values.size());
        for (int i = 0; i < Math.min(values.size(), cells.size()); i++) {
            CellSpec cell = cells.get(i);
            draft.cell(cell, values.get(i), places.get(i)[0], places.get(i)[1]);
        }
        return draft;
    }

    /**
     * Reads the table printed turned over, its rows as columns and its columns as rows ("结果维持 | 8 | 0 | 2", one
     * value per 行政复议, 未经复议直接起诉, 复议后起诉, in the order the header names them); answers whether it is
     * printed so: all but at most one of its columns stand as rows holding one value per row of the table.
     */
    private boolean readTransposed(List<TableLine> lines, TableDraft draft) {
        Map<ColumnSpec, TableLine> columnLines = new LinkedHashMap<>();
        List<RowSpec> rowOrder = layout.rows();
        for (TableLine line : lines) {
            if (!line.hasValues()) {
                List<RowSpec> named = rowsNamed(line);
                rowOrder = named.size() == layout.rows().size() ? named : rowOrder;
                continue;
            }
            ColumnSpec column = line.labels().isEmpty() ? null : columnNamed(line.labels().get(line.labels().size() - 1));
            if (column != null && ValueWindow.span(line.values()) == layout.rows().size()) {
                columnLines.putIfAbsent(column, line);
            }
        }
        if (columnLines.size() < layout.columns().size() - 1) {
            return false;
        }
        for (Map.Entry<ColumnSpec, TableLine> entry : columnLines.entrySet()) {
            TableLine line = entry.getValue();
            List<String> values = line.values();
            int start = ValueWindow.start(values, rowOrder.size(), -1);
            for (int i = 0; i < rowOrder.size() && start + i < values.size(); i++) {
                CellSpec cell = layout.cell(rowOrder.get(i).id(), entry.getKey().id());
                draft.cell(cell, values.get(start + i), line.valueLine(start + i), line.valueColumn(start + i));
            }
            draft.countValues(Math.min(rowOrder.size(), values.size() - start));
        }
        return true;
    }

    /** The column a row label names ("结果维持"), or {@code null}. */
    private ColumnSpec columnNamed(String label) {
        int index = columnKeys.indexOf(Labels.normalize(label));
        return index < 0 ? null : layout.columns().get(index);
    }

    /**
     * The table's rows a header line names, in the order it names them: each cell names the row whose label it
     * holds ("行政诉讼（未经复议直接起诉）" holds 未经复议直接起诉).
     */
    private List<RowSpec> rowsNamed(TableLine line) {
        List<RowSpec> named = new ArrayList<>();
        for (String cell : line.cells()) {
            if (cell.isEmpty()) {
                continue;
            }
            String key = Labels.normalize(cell);
            for (int i = 0; i < rowKeys.size(); i++) {
                if (key.contains(rowKeys.get(i))) {
                    if (!named.contains(rowsLongestFirst.get(i))) {
                        named.add(rowsLongestFirst.get(i));
                    }
                    break;
                }
            }
        }
        return named;
    }

    /**
     * The header words a line of the table's header names; none for a sentence of prose (which may name 行政复议
     * and 行政诉讼 too). The header starts where two of them have been seen.
     */
    private Set<String> headerWords(TableLine line) {
        boolean prose = line.labels().stream().anyMatch(label -> label.contains("。") || label.contains("，"));
        if (prose) {
            return Set.of();
        }
        List<String> labels = line.labels().stream().map(Labels::normalize).toList();
        Set<String> words = new HashSet<>();
        for (String word : headerWords.keys()) {
            if (labels.stream().anyMatch(label -> label.contains(word))) {
                words.add(word);
            }
        }
        return words;
    }
}
