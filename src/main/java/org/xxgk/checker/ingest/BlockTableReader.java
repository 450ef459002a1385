package org.xxgk.checker.ingest;

import org.xxgk.checker.format.BlockSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** Qualifiers that make a row's line its total rather than one of its parts ("行政规范性文件（合计）"), normalised. */
    private final List<String> totalWords;

    BlockTableReader(TableLayout layout) {
        this.layout = layout;
        this.totalWords = layout.extraLineWords().total().stream().map(Labels::normalize).toList();
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
        // the start of a row's label wrapped onto the lines before its own ("行政规范性" over "文件 | 9 | 7 | 12")
        String wrappedStart = "";
        for (int i = 0; i < lines.size(); i++) {
            TableLine printed = lines.get(i);
            if (printed.labels().isEmpty()) {
                continue;
            }
            TableLine line = withoutRemark(printed);
            List<String> labels = line.labels();
            List<ColumnSpec> before = afterHeader ? headers.get(block).printed() : List.of();
            afterHeader = false;
            String start = wrappedStart;
            wrappedStart = "";
            // a caption, a row or a header as printed first: only a line that is none of them is compared with the
            // captions for resemblance, which would otherwise be done for nearly every line
            int current = block;
            Predicate<RowSpec> inBlock = r -> r.block() == current;
            String last = labels.get(labels.size() - 1);
            LabelIndex.Match<BlockSpec> caption = captions.match(labels.get(0), b -> true, false);
            LabelIndex.Match<RowSpec> row = null;
            if (caption == null) {
                row = start.isEmpty() ? null : rows.match(start + last, inBlock, false);
                if (row != null) {
                    line = line.withCell(line.valueIndex(0) - 1, start + last);
                } else {
                    row = rows.match(last, inBlock, false);
                }
            }
            if (caption == null && row == null) {
                if (!line.hasValues() && block >= 0) {
                    Wrapped header = withWrappedHeaderCell(block, line, lines, i);
                    if (header(block, header.line(), before, headers, draft)) {
                        afterHeader = true;
                        i = header.lastIndex();
                        continue;
                    }
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
            if (!line.hasValues() && (row != null || block >= 0)) {
                // a row's label alone, maybe printed otherwise ("行政规范性文件："), over the lines of its parts
                LabelIndex.Match<RowSpec> heading = row != null ? row : rows.match(last, inBlock, true);
                int end = heading == null ? -1 : readUnderLabel(heading.target(), line, lines, i, headers, draft);
                if (end >= 0) {
                    i = end;
                    continue;
                }
            }
            if (row == null && line.hasValues()) {
                int rowsBlock = block;
                Predicate<RowSpec> inRowsBlock = r -> r.block() == rowsBlock;
                row = rows.match(last, inRowsBlock, false);
                Wrapped wrapped = row == null ? withLabelEndBelow(line, inRowsBlock, lines, i) : null;
                if (wrapped != null) {
                    line = wrapped.line();
                    row = rows.match(lastLabel(line), inRowsBlock, false);
                    i = wrapped.lastIndex();
                }
                List<Integer> parts = row == null ? partsOfOneRow(lines, i, inRowsBlock) : List.of();
                if (parts.size() > 1) {
                    RowSpec parted = rowOfPart(lines.get(i), inRowsBlock);
                    i = readInParts(parted, "", line.number(), parts, lines, headers, draft);
                    continue;
                }
                // only a label that is no piece of a wrapped one may merely resemble a row's
                row = row != null ? row : rows.match(last, inRowsBlock, true);
            }
            if (row == null) {
                String text = String.join("", labels);
                if (line.hasValues() && block >= 0) {
                    draft.extra(String.join(" ", labels), "行", line.number());
                } else if (!line.hasValues()) {
                    // a piece of some row's label, or the next piece of the one before: the start of a wrapped label
                    wrappedStart = rows.isPiece(start + text) ? start + text : rows.isPiece(text) ? text : "";
                }
                continue;
            }
            Header header = headerOf(row.target().block(), headers);
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

        /**
         * The columns a row's values fall under: when the header leaves a column out and the row fills only those it
         * prints, those; the column is missing, and its cells are not blank cells of the report.
         */
        List<ColumnSpec> columnsFilledBy(List<String> values) {
            return printedCount > 0 && values.size() <= printedCount ? printed() : columns;
        }
    }

    /** A block's header as read, or the format's columns when the block prints none. */
    private Header headerOf(int block, Map<Integer, Header> headers) {
        return headers.getOrDefault(block, new Header(layout.blocks().get(block).columns(), 0, -1));
    }

    /** A line with a label or header cell put together with its end, and the index of the last line it took. */
    private record Wrapped(TableLine line, int lastIndex) {
    }

    /**
     * The line with its last label put together with its end, wrapped onto the lines of label text right after it
     * ("行政规范性 | 9 | 7 | 12" over "文件"), when they make a row's label as the format prints it or a variant of it;
     * {@code null} otherwise. A piece that only resembles a row's label is matched later, if at all, on its own.
     */
    private Wrapped withLabelEndBelow(TableLine line, Predicate<RowSpec> inBlock, List<TableLine> lines, int index) {
        String label = lastLabel(line);
        for (int next = index + 1; next < lines.size() && rows.isPiece(label); next++) {
            TableLine below = lines.get(next);
            if (below.hasValues() || below.labels().isEmpty()) {
                return null;
            }
            label += String.join("", below.labels());
            if (rows.match(label, inBlock, false) != null) {
                return new Wrapped(line.withCell(line.valueIndex(0) - 1, label), next);
            }
        }
        return null;
    }

    /**
     * The header line with one of its cells put together with its end, wrapped onto the next line alone ("本年收费金额
     * （单" over "位：万元）"), when they make one of the block's columns as the format prints it or a variant of it;
     * else the line as printed.
     */
    private Wrapped withWrappedHeaderCell(int block, TableLine line, List<TableLine> lines, int index) {
        TableLine next = index + 1 < lines.size() ? lines.get(index + 1) : null;
        if (next == null || next.hasValues() || next.labels().size() != 1) {
            return new Wrapped(line, index);
        }
        LabelIndex<ColumnSpec> blockColumns = columns.get(block);
        String end = next.labels().get(0);
        for (int i = 0; i < line.cells().size(); i++) {
            String cell = line.cells().get(i);
            if (!cell.isEmpty() && blockColumns.match(cell, c -> true, false) == null
                    && blockColumns.match(cell + end, c -> true, false) != null) {
                return new Wrapped(line.withCell(i, cell + end), index + 1);
            }
        }
        return new Wrapped(line, index);
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
        // the cells before the remark may hold no label at all: the ※ of a note "※ | 数据截至2024年12月31日"
        return !line.labels().isEmpty() && rows.match(lastLabel(line), r -> true, false) != null ? line : printed;
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
        if (draft.hasRow(row.target().id())) {
            draft.extra(row.target().label(), "行", line.number());
            return;
        }
        if (row.deviates()) {
            draft.deviation(lastLabel(line), row.canonical(), line.number());
        }
        List<ColumnSpec> columns = header.columnsFilledBy(line.values());
        draft.row(row.target(), columns, line, valuesStart(columns, header, line, draft));
    }

    /**
     * Reads a row printed in parts, a line each, as the row: its cells the sums of the parts', the parts' labels
     * joined by "＋" after the heading ("行政规范性文件：" when the row's label stands alone above them) reported as a
     * label printed otherwise than the format has it. When the line below the parts prints their total, under the
     * row's label or a total's word, that line is the row and the parts are lines beyond the format's. Answers the
     * index of the last line read.
     */
    private int readInParts(RowSpec row, String heading, int headingLine, List<Integer> parts, List<TableLine> lines,
                            Map<Integer, Header> headers, TableDraft draft) {
        int end = parts.get(parts.size() - 1);
        List<TableLine> partLines = parts.stream().map(lines::get).toList();
        TableLine total = end + 1 < lines.size() ? lines.get(end + 1) : null;
        if (total == null || !isTotalOf(row, total) || draft.hasRow(row.id())) {
            placeInParts(row, heading, headingLine, partLines, headers, draft);
            return end;
        }
        partLines.forEach(part -> draft.extra(lastLabel(part), "行", part.number()));
        if (rows.match(lastLabel(total), r -> r.block() == row.block(), true) != null) {
            // under the row's label, maybe qualified ("行政规范性文件（合计）"): read as any line of a row is
            return end;
        }
        // a total's word alone ("合计"): the total of the parts above, so of their row
        Header header = headerOf(row.block(), headers);
        place(new LabelIndex.Match<>(row, row.label(), false), header, withWrappedValue(total, header, lines, end + 1),
                draft);
        return end + 1;
    }

    /**
     * Reads a row whose label a line prints alone ("行政规范性文件") with the lines of its parts below it: under the
     * label and a qualifier each ("行政规范性文件（区政府）"), which are read as they are without the line, or under
     * labels of their own ("区级", "部门"; "其中：区政府", "区政府部门"). Answers the index of the last line read, or
     * -1 when no parts follow and the line is read as any other.
     */
    private int readUnderLabel(RowSpec row, TableLine line, List<TableLine> lines, int index,
                               Map<Integer, Header> headers, TableDraft draft) {
        Predicate<RowSpec> inBlock = r -> r.block() == row.block();
        if (index + 1 < lines.size() && rowOfPart(lines.get(index + 1), inBlock) == row
                && partsOfOneRow(lines, index + 1, inBlock).size() > 1) {
            draft.touch(line.number());
            return index;
        }
        List<Integer> parts = partsUnderLabel(lines, index);
        if (parts.size() < 2) {
            return -1;
        }
        draft.touch(line.number());
        String heading = lastLabel(line).replaceFirst("[:：]$", "") + "：";
        return readInParts(row, heading, line.number(), parts, lines, headers, draft);
    }

    /** Reads the parts' sums as the row; see {@link #readInParts}. */
    private void placeInParts(RowSpec row, String heading, int headingLine, List<TableLine> partLines,
                              Map<Integer, Header> headers, TableDraft draft) {
        if (draft.hasRow(row.id())) {
            partLines.forEach(part -> draft.extra(lastLabel(part), "行", part.number()));
            return;
        }
        draft.deviation(heading + String.join("＋", partLines.stream().map(BlockTableReader::lastLabel).toList()),
                row.label(), headingLine);
        Header header = headerOf(row.block(), headers);
        List<ColumnSpec> columns = header.columnsFilledBy(partLines.get(0).values());
        List<Integer> starts = partLines.stream().map(part -> valuesStart(columns, header, part, draft)).toList();
        draft.rowInParts(row, columns, partLines, starts);
    }

    /**
     * The lines from the {@code first} on, one after another, that each print a part of one row: its label as the
     * format has it (or a variant) with a different qualifier in brackets after it ("行政规范性文件（区政府）",
     * "行政规范性文件（区政府部门）"), as reports print a row by issuing level. Fewer than two are no row in parts:
     * a row printed once with such a qualifier is the row.
     */
    private List<Integer> partsOfOneRow(List<TableLine> lines, int first, Predicate<RowSpec> inBlock) {
        RowSpec row = rowOfPart(lines.get(first), inBlock);
        if (row == null) {
            return List.of();
        }
        List<Integer> parts = new ArrayList<>(List.of(first));
        Set<String> qualified = new HashSet<>(Set.of(Labels.normalize(lastLabel(lines.get(first)))));
        for (int next = first + 1; next < lines.size() && !lines.get(next).isBlank(); next++) {
            TableLine line = lines.get(next);
            if (!line.hasValues() || line.labels().isEmpty() || rowOfPart(line, inBlock) != row
                    || !qualified.add(Labels.normalize(lastLabel(line)))) {
                break;
            }
            parts.add(next);
        }
        return parts;
    }

    /**
     * The row whose label a line's last label is, with a qualifier in brackets after it that is no total's word;
     * {@code null} if none.
     */
    private RowSpec rowOfPart(TableLine line, Predicate<RowSpec> inBlock) {
        if (line.labels().isEmpty()) {
            return null;
        }
        String key = Labels.normalize(lastLabel(line));
        int open = key.lastIndexOf('(');
        if (open <= 0 || open + 2 >= key.length() || !key.endsWith(")") || isTotalWord(key.substring(open))) {
            return null;
        }
        LabelIndex.Match<RowSpec> row = rows.match(key.substring(0, open), inBlock, false);
        return row == null ? null : row.target();
    }

    /**
     * Whether a line below a row's parts prints their total: its values under the row's label as the format has it,
     * or under a label with a total's word that names no other row ("行政规范性文件（合计）", "合计").
     */
    private boolean isTotalOf(RowSpec row, TableLine line) {
        if (!line.hasValues() || line.labels().isEmpty()) {
            return false;
        }
        Predicate<RowSpec> inBlock = r -> r.block() == row.block();
        LabelIndex.Match<RowSpec> plain = rows.match(lastLabel(line), inBlock, false);
        if (plain != null) {
            return plain.target() == row;
        }
        LabelIndex.Match<RowSpec> resembled = rows.match(lastLabel(line), inBlock, true);
        return isTotalWord(Labels.normalize(lastLabel(line))) && (resembled == null || resembled.target() == row);
    }

    /**
     * The lines right below a row's label printed alone ("行政规范性文件") that each print a part of the row under a
     * label of its own ("区级", "其中：区政府"): lines of values whose labels name no row, caption or total. Fewer
     * than two are no row in parts.
     */
    private List<Integer> partsUnderLabel(List<TableLine> lines, int labelIndex) {
        List<Integer> parts = new ArrayList<>();
        for (int next = labelIndex + 1; next < lines.size() && !lines.get(next).isBlank(); next++) {
            TableLine line = lines.get(next);
            if (!line.hasValues() || line.labels().isEmpty() || isTotalWord(Labels.normalize(lastLabel(line)))
                    || rows.match(lastLabel(line), r -> true, true) != null
                    || captions.match(line.labels().get(0), b -> true, true) != null) {
                break;
            }
            parts.add(next);
        }
        return parts;
    }

    /** Whether a normalised label or qualifier holds a total's word. */
    private boolean isTotalWord(String normalised) {
        return totalWords.stream().anyMatch(normalised::contains);
    }

    /** Where a row's values begin among its cells after the label; the values are counted as the table's. */
    private static int valuesStart(List<ColumnSpec> columns, Header header, TableLine line, TableDraft draft) {
        List<String> values = line.values();
        int width = columns.size();
        int start = ValueWindow.start(values, width, header.firstIndex() < 0 ? -1 : header.firstIndex() - line.valueIndex(0));
        draft.countValues(Math.min(width, values.size() - start));
        return start;
    }

    private static String lastLabel(TableLine line) {
        return line.labels().get(line.labels().size() - 1);
    }
}
