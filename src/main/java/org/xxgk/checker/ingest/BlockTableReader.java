package org.xxgk.checker.ingest;

import org.xxgk.checker.format.BlockSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a table made of captioned blocks, each with a header row naming its columns and labelled rows (表二).
 * Columns are taken in the order the block's header prints them, or the format's order when there is no header.
 */
final class BlockTableReader implements TableReader {
    private final TableLayout layout;
    private final LabelIndex<BlockSpec> captions = new LabelIndex<>();
    private final LabelIndex<RowSpec> rows = new LabelIndex<>();
    private final List<LabelIndex<ColumnSpec>> columns = new ArrayList<>();

    BlockTableReader(TableLayout layout) {
        this.layout = layout;
        for (BlockSpec block : layout.blocks()) {
            captions.add(block, block.label(), List.of());
            LabelIndex<ColumnSpec> blockColumns = new LabelIndex<>();
            block.columns().forEach(column -> blockColumns.add(column, column.label(), column.variants()));
            columns.add(blockColumns);
            block.rows().forEach(row -> rows.add(row, row.label(), row.variants()));
        }
    }

    @Override
    public TableLayout layout() {
        return layout;
    }

    @Override
    public TableDraft read(List<TableLine> lines) {
        TableDraft draft = new TableDraft(layout);
        int block = -1;
        Map<Integer, Header> headers = new HashMap<>();
        // whether the line before was a header line: a header printed one cell per line takes several
        boolean afterHeader = false;
        for (int i = 0; i < lines.size(); i++) {
            TableLine printed = lines.get(i);
            if (printed.labels().isEmpty()) {
                continue;
            }
            TableLine line = withoutRemark(printed);
            List<String> labels = line.labels();
            List<ColumnSpec> before = afterHeader ? headers.get(block).printed() : List.of();
            afterHeader = false;
            // a caption, a row or a header as printed first: only a line that is none of them is compared with the
            // captions for resemblance, which would otherwise be done for nearly every line
            int current = block;
            Predicate<RowSpec> inBlock = r -> r.block() == current;
            String last = labels.get(labels.size() - 1);
            LabelIndex.Match<BlockSpec> caption = captions.match(labels.get(0), b -> true, false);
            LabelIndex.Match<RowSpec> row = caption == null ? rows.match(last, inBlock, false) : null;
            if (caption == null && row == null) {
                if (!line.hasValues() && block >= 0 && header(block, line, before, headers, draft)) {
                    afterHeader = true;
                    continue;
                }
                caption = captions.match(labels.get(0), b -> true, true);
            }
            if (caption != null) {
                block = layout.blocks().indexOf(caption.target());
                draft.touch(line.number());
                if (!line.hasValues() || labels.size() < 2) {
                    continue;
                }
                // the caption in a merged column left of its block's rows, on the line of the first of them
                // ("第二十条第（一）项 | 规章 | 0 | 0 | 0")
            }
            if (row == null && line.hasValues()) {
                int rowsBlock = block;
                row = rows.match(last, r -> r.block() == rowsBlock, false);
                row = row != null ? row : rows.match(last, r -> r.block() == rowsBlock, true);
            }
            if (row == null) {
                if (line.hasValues() && block >= 0) {
                    draft.extra(String.join(" ", labels), "行", line.number());
                }
                continue;
            }
            int rowBlock = row.target().block();
            Header header = headers.getOrDefault(rowBlock, new Header(layout.blocks().get(rowBlock).columns(), 0, -1));
            place(row, header, withWrappedValue(line, header, lines, i), draft);
        }
        return draft;
    }

    /**
     * A block's columns in the order its header prints them (the printed ones first, then the rest in the format's
     * order), how many were printed, and the index among the header's cells where the first of them stands (-1 when
     * not known).
     */
    private record Header(List<ColumnSpec> columns, int printedCount, int firstIndex) {
        List<ColumnSpec> printed() {
            return columns.subList(0, printedCount);
        }
    }

    /**
     * The line without the remark after its one value or its blank ("行政处罚 | 466 | 含简易程序处罚120件", "行政强制 |
     * | 本年度未实施"), which a line of more values has left out already (see {@link TableLine}); the line as printed
     * when the text before the remark is no row's label.
     */
    private TableLine withoutRemark(TableLine printed) {
        if (printed.hasValues() || printed.labels().size() < 2) {
            return printed;
        }
        TableLine line = printed.withoutRemark();
        return rows.match(line.labels().get(line.labels().size() - 1), r -> true, false) != null ? line : printed;
    }

    /**
     * Records the column order a block's header line prints, after the columns of the header lines just before it;
     * answers whether the line was a header.
     */
    private boolean header(int block, TableLine line, List<ColumnSpec> before, Map<Integer, Header> headers,
                           TableDraft draft) {
        List<ColumnSpec> found = new ArrayList<>(before);
        int firstIndex = before.isEmpty() ? -1 : headers.get(block).firstIndex();
        List<Integer> unknown = new ArrayList<>();
        List<String> cells = line.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            LabelIndex.Match<ColumnSpec> column = columns.get(block).match(cells.get(i), c -> true, true);
            if (column != null && !before.contains(column.target())) {
                firstIndex = found.isEmpty() && cells.size() > 1 ? i : firstIndex;
                found.add(column.target());
                if (column.deviates()) {
                    draft.deviation(cells.get(i), column.canonical(), line.number());
                }
            } else if (column == null && found.size() > before.size() && !Values.isUnit(cells.get(i))) {
                unknown.add(i);
            }
        }
        if (found.size() == before.size()) {
            return false;
        }
        // a column after the known ones that the format does not have ("备注") is reported and its cells skipped
        for (int i : unknown) {
            draft.extra(cells.get(i), "列", line.number());
        }
        List<ColumnSpec> ordered = new ArrayList<>(found);
        for (ColumnSpec column : layout.blocks().get(block).columns()) {
            if (!ordered.contains(column)) {
                ordered.add(column);
            }
        }
        headers.put(block, new Header(ordered, found.size(), firstIndex));
        draft.touch(line.number());
        return true;
    }

    /**
     * The row with its last value joined to it when that value wrapped onto the next line, alone; the row as printed
     * otherwise. The value's line, having no label, is passed over as a row.
     */
    private static TableLine withWrappedValue(TableLine row, Header header, List<TableLine> lines, int rowIndex) {
        int next = rowIndex + 1;
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
        if (next == lines.size()) {
            return row;
        }
        // a header that leaves a column out is followed by rows that fill only the columns it prints
        int width = header.printedCount() > 0 ? header.printedCount() : header.columns().size();
        // a one-value row's name alone right over its value ("行政许可" over "12126") stands inside the table when its
        // block prints its header; without one, the name may be all that is left of a table printed as an image, and
        // a number a blank line below the name is rather the page number of a page break after the row
        TableLine wrapped;
        if (width == 1 && header.printedCount() > 0) {
            wrapped = next == rowIndex + 1 ? row.withValueUnderName(lines.get(next)) : null;
        } else {
            wrapped = row.withWrappedValue(lines.get(next), width, header.firstIndex());
        }
        return wrapped == null ? row : wrapped;
    }

    private static void place(LabelIndex.Match<RowSpec> row, Header header, TableLine line, TableDraft draft) {
        List<ColumnSpec> blockColumns = header.columns();
        if (draft.hasRow(row.target().id())) {
            draft.extra(row.target().label(), "行", line.number());
            return;
        }
        if (row.deviates()) {
            draft.deviation(line.labels().get(line.labels().size() - 1), row.canonical(), line.number());
        }
        List<String> values = line.values();
        if (header.printedCount() > 0 && values.size() <= header.printedCount()) {
            // the header leaves a column out and the rows fill only those it prints: the column is missing, and
            // its cells are not blank cells of the report
            blockColumns = blockColumns.subList(0, header.printedCount());
        }
        int width = blockColumns.size();
        int start = ValueWindow.start(values, width, header.firstIndex() < 0 ? -1 : header.firstIndex() - line.valueIndex(0));
        draft.countValues(Math.min(width, values.size() - start));
        draft.row(row.target(), blockColumns, line, start);
    }
}
