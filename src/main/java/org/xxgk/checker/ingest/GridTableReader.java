package org.xxgk.checker.ingest;

import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Reads a table whose rows are found by their labels and whose values fall under a fixed list of columns (表三).
 * Real sources lose label cells of merged rows, put group and row labels in one or two cells, wrap long labels
 * over two lines, or leave a row's labels out entirely; the reader follows the group it is in and, for a row
 * without any label, takes the next row of the layout.
 */
final class GridTableReader implements TableReader {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final TableLayout layout;
    private final LabelIndex<RowSpec> rows = new LabelIndex<>();
    private final LabelIndex<ColumnSpec> columns = new LabelIndex<>();
    private final Set<String> groupKeys = new HashSet<>();
    private final HeaderWords headerWords;
    /** The columns under each column group of the header ("法人或其他组织"), by the group's normalised label. */
    private final Map<String, List<ColumnSpec>> groupColumns = new HashMap<>();
    private final Map<String, Integer> rowPosition = new HashMap<>();
    /** The normalised label of the group each row stands in directly, "" for a row outside any group. */
    private final Map<String, String> rowGroup = new HashMap<>();
    /** How much label text read before a row is kept as the start of its label: twice the longest row label. */
    private final int pendingLimit;

    GridTableReader(TableLayout layout) {
        this.layout = layout;
        for (RowSpec row : layout.rows()) {
            rows.add(row, row.label(), row.variants());
            row.groups().forEach(group -> groupKeys.add(Labels.normalize(group)));
            rowPosition.put(row.id(), rowPosition.size());
            rowGroup.put(row.id(), row.groups().isEmpty() ? "" : Labels.normalize(row.groups().get(row.groups().size() - 1)));
        }
        int longest = 0;
        for (RowSpec row : layout.rows()) {
            longest = Math.max(longest, row.label().length());
            for (String variant : row.variants()) {
                longest = Math.max(longest, variant.length());
            }
        }
        pendingLimit = 2 * longest;
        List<String> words = new ArrayList<>();
        for (ColumnSpec column : layout.columns()) {
            columns.add(column, column.label(), column.variants());
            if (!column.group().isEmpty()) {
                words.add(column.group());
                groupColumns.computeIfAbsent(Labels.normalize(column.group()), group -> new ArrayList<>()).add(column);
            }
        }
        words.addAll(layout.headerWords());
        headerWords = new HeaderWords(words);
    }

    @Override
    public TableLayout layout() {
        return layout;
    }

    @Override
    public TableDraft read(List<TableLine> lines) {
        TableDraft draft = new TableDraft(layout);
        Set<ColumnSpec> headerColumns = new HashSet<>();
        PrintedColumns printed = new PrintedColumns(layout.columns());
        int[] firstColumnIndex = {-1};
        List<RowLine> rowLines = new ArrayList<>();
        String group = "";
        String pending = "";
        RowLine previous = null;
        for (TableLine printedLine : lines) {
            List<String> labels = printedLine.labels();
            if (labels.isEmpty() && !printedLine.hasValues()) {
                continue;
            }
            if (!printedLine.hasValues()
                    && isHeader(printedLine, rowLines.isEmpty(), headerColumns, firstColumnIndex, printed, draft)) {
                continue;
            }
            TableLine wrapped = previous == null || previous.row() == null ? null
                    : previous.line().withWrappedValue(printedLine, layout.columns().size(), firstColumnIndex[0]);
            if (wrapped != null) {
                // the row's last value (its 总计) wrapped onto a line of its own
                previous = previous.withLine(wrapped);
                rowLines.set(rowLines.size() - 1, previous);
                continue;
            }
            List<String> leaves = new ArrayList<>(labels.size());
            for (String label : labels) {
                String key = Labels.normalize(label);
                String prefix = groupPrefix(key);
                while (prefix != null) {
                    group = prefix;
                    key = key.substring(prefix.length());
                    label = key;
                    prefix = groupPrefix(key);
                }
                if (!key.isEmpty()) {
                    leaves.add(label);
                }
            }
            TableLine line = printedLine;
            if (!line.hasValues() && leaves.size() >= 2 && matchRow(leaves.get(leaves.size() - 1), group, false) == null
                    && matchRow(leaves.get(leaves.size() - 2), group, false) != null) {
                // a row left blank, with a remark in a column of its own ("（二）部分公开 |  | … |  | 本年度无此类情形")
                line = line.withoutRemark();
                leaves.remove(leaves.size() - 1);
            }
            if (!line.hasValues()) {
                if (leaves.isEmpty()) {
                    continue;
                }
                String tail = String.join("", leaves);
                if (previous != null && previous.deviates() && continues(previous, tail)) {
                    // a label wrapped inside its cell goes on over as many lines as the cell is narrow
                    previous = previous.completed(previous.printed() + tail);
                    rowLines.set(rowLines.size() - 1, previous);
                    continue;
                }
                boolean unsure = previous != null && (previous.row() == null || previous.deviates());
                RowLine named = unsure ? namedLater(previous, tail, group) : null;
                if (named != null) {
                    // the values' line held only the start of its label, the rest follows (a PDF without rules);
                    // a start alone may have resembled another row's label
                    previous = named;
                    rowLines.set(rowLines.size() - 1, previous);
                    if (previous.row() != null) {
                        group = groupOf(previous.row());
                    }
                    continue;
                }
                if (matchRow(leaves.get(leaves.size() - 1), group, false) == null) {
                    // a wrapped label spans a line or two: prose above the table is not gathered up whole
                    pending = pending + tail;
                    pending = pending.length() <= pendingLimit ? pending : pending.substring(pending.length() - pendingLimit);
                    continue;
                }
            }
            RowLine rowLine = rowLine(line, leaves, group, pending, previous);
            pending = "";
            if (rowLine.row() != null) {
                group = groupOf(rowLine.row());
            }
            rowLines.add(rowLine);
            previous = rowLine;
        }
        printed.deviating().forEach(cell -> draft.deviation(cell.label(), cell.column().label(), cell.line()));
        List<ColumnSpec> valueColumns = valueColumns(headerColumns, rowLines);
        List<ColumnSpec> printedOrder = printed.order();
        if (valueColumns.equals(layout.columns()) && printedOrder.containsAll(valueColumns)
                && followsHeader(printedOrder, usualSpan(rowLines))) {
            // the header prints all the columns in an order of its own ("总计" first), or a column more ("小计"):
            // the values follow it, a column the format lacks left out
            valueColumns = printedOrder;
            firstColumnIndex[0] = -1;
            printed.extras().forEach(extra -> draft.extra(extra.label(), "列", extra.line()));
            List<ColumnSpec> known = printedOrder.stream().filter(Objects::nonNull).toList();
            if (!known.equals(layout.columns())) {
                draft.columnOrder(TableDraft.listed(known), TableDraft.listed(layout.columns()), printed.firstLine());
            }
        }
        boolean overflow = false;
        for (RowLine rowLine : rowLines) {
            overflow |= place(rowLine, valueColumns, firstColumnIndex[0], draft);
        }
        if (overflow && valueColumns.size() == layout.columns().size()) {
            draft.extra("第" + (valueColumns.size() + 1) + "列起的多余数据", "列", draft.firstLine());
        }
        return draft;
    }

    /** A line of the table body: its row (or {@code null} when no row of the layout fits) and its values. */
    private record RowLine(TableLine line, RowSpec row, String printed, String canonical, boolean deviates) {
        RowLine completed(String label) {
            return new RowLine(line, row, label, canonical, !Labels.normalize(label).equals(Labels.normalize(canonical)));
        }

        RowLine withLine(TableLine joined) {
            return new RowLine(joined, row, printed, canonical, deviates);
        }
    }

    /**
     * Finds the row of a line from its labels (group labels already taken out): the last label as printed, then
     * all labels together, then the same by resemblance. A line without any label that follows recognised rows is
     * the next row of the layout; a line with only group labels is no row of this layout.
     */
    private RowLine rowLine(TableLine line, List<String> leaves, String group, String pending, RowLine previous) {
        if (leaves.isEmpty()) {
            // only a row that lost all its labels, after rows that were recognised, is taken as the next row
            boolean labelLost = line.labels().isEmpty() && previous != null && previous.row() != null;
            RowSpec next = labelLost ? nextRow(previous) : null;
            return new RowLine(line, next, String.join("", line.labels()), next == null ? "" : next.label(), false);
        }
        String last = leaves.get(leaves.size() - 1);
        String all = String.join("", leaves);
        List<String> attempts = new ArrayList<>(3);
        if (!pending.isEmpty()) {
            attempts.add(pending + all);
        }
        attempts.add(last);
        if (leaves.size() > 1) {
            attempts.add(all);
        }
        // each label is tried exactly, then by resemblance: normalised once
        String[] keys = new String[attempts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Labels.normalize(attempts.get(i));
        }
        Predicate<RowSpec> inGroup = row -> inGroup(row, group);
        for (boolean fuzzy : new boolean[] {false, true}) {
            for (int i = 0; i < keys.length; i++) {
                LabelIndex.Match<RowSpec> match = rows.matchKey(keys[i], inGroup, fuzzy);
                if (match != null) {
                    return new RowLine(line, match.target(), attempts.get(i), match.canonical(), match.deviates());
                }
            }
        }
        return new RowLine(line, null, all, "", false);
    }

    private LabelIndex.Match<RowSpec> matchRow(String label, String group, boolean fuzzy) {
        return rows.match(label, row -> inGroup(row, group), fuzzy);
    }

    /** The group label a normalised label is or starts with ("三.本年度办理结果(一)予以公开"), or {@code null}. */
    private String groupPrefix(String key) {
        if (groupKeys.contains(key)) {
            return key;
        }
        for (String group : groupKeys) {
            if (key.startsWith(group)) {
                return group;
            }
        }
        return null;
    }

    /**
     * A line of values whose label was not recognised, or only by resemblance, with a line of label text after it:
     * the row that label and text make, or the line unrecognised when they make a piece of a row's label;
     * {@code null} when the text has nothing to do with it.
     */
    private RowLine namedLater(RowLine unnamed, String tail, String group) {
        String label = unnamed.printed() + tail;
        for (boolean fuzzy : new boolean[] {false, true}) {
            LabelIndex.Match<RowSpec> match = matchRow(label, group, fuzzy);
            if (match != null && rows.isPiece(unnamed.printed())) {
                return new RowLine(unnamed.line(), match.target(), label, match.canonical(), match.deviates());
            }
        }
        return rows.isPiece(label) ? new RowLine(unnamed.line(), null, label, "", false) : null;
    }

    /** Whether a line of label text goes on with the previous row's label, printed so far, towards its canonical label. */
    private boolean continues(RowLine previous, String tail) {
        String printed = Labels.normalize(previous.printed());
        String extended = Labels.normalize(previous.printed() + tail);
        String canonical = Labels.normalize(previous.canonical());
        return extended.length() > printed.length() && canonical.startsWith(extended)
                && canonical.startsWith(printed.isEmpty() ? extended : printed);
    }

    private boolean inGroup(RowSpec row, String group) {
        return !group.isEmpty() && group.equals(groupOf(row));
    }

    private String groupOf(RowSpec row) {
        return rowGroup.get(row.id());
    }

    private RowSpec nextRow(RowLine previous) {
        int next = previous == null || previous.row() == null ? 0 : rowPosition.get(previous.row().id()) + 1;
        return next < layout.rows().size() ? layout.rows().get(next) : null;
    }

    /**
     * Whether a line without values is a header line; header lines name the columns the source has, and where
     * the first value column stands among the cells.
     *
     * @param beforeRows whether no row of the table came before the line
     */
    private boolean isHeader(TableLine line, boolean beforeRows, Set<ColumnSpec> headerColumns,
                             int[] firstColumnIndex, PrintedColumns printed, TableDraft draft) {
        boolean header = false;
        List<HeaderCell> cells = headerCells(line);
        boolean split = cells.size() != line.cells().size();
        List<PrintedColumn> printedHere = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String label = cells.get(i).text();
            int from = cells.get(i).from();
            int shownFrom = cells.get(i).shownFrom();
            if (label.isEmpty()) {
                continue;
            }
            LabelIndex.Match<ColumnSpec> column = columns.match(label, c -> true, false);
            if (column == null) {
                List<ColumnSpec> group = groupColumns.get(Labels.normalize(label));
                if (group != null) {
                    printedHere.add(new PrintedColumn(i, from, shownFrom, null, label, line.number(), false, group));
                    header = true;
                } else if (headerWords.inLabel(label)) {
                    header = true;
                } else {
                    printedHere.add(new PrintedColumn(i, from, shownFrom, null, label, line.number(), false,
                            List.of()));
                }
                continue;
            }
            printedHere.add(new PrintedColumn(i, from, shownFrom, column.target(), label, line.number(),
                    column.deviates(), List.of()));
            headerColumns.add(column.target());
            if (column.target().equals(layout.columns().get(0)) && cells.size() > 1 && !split) {
                firstColumnIndex[0] = i;
            }
            header = true;
        }
        boolean setOffBySpaces = setOffBySpaces(line);
        if (!header && beforeRows && setOffBySpaces && printed.standAmongColumns(printedHere)) {
            // names of columns the format lacks on a line of their own ("小计" under the group's columns), right of
            // where a row's label stands: a header aligned by runs of spaces prints a line for them
            header = true;
        }
        if (header) {
            draft.touch(line.number());
            printed.addAll(printedHere, setOffBySpaces);
        }
        return header;
    }

    /**
     * A header line's cells, a cell that names several columns, groups or header words in words set off by single
     * spaces ("自然人 法人或其他组织 总计", as a web page copies) split into its words; a cell with fewer such words
     * ("法人或 其他组织") stays whole.
     */
    private List<HeaderCell> headerCells(TableLine line) {
        List<HeaderCell> cells = new ArrayList<>(line.cells().size());
        int widerBefore = 0;
        for (int i = 0; i < line.cells().size(); i++) {
            String cell = line.cells().get(i);
            List<String> words = cell.indexOf(' ') < 0 ? List.of() : List.of(SPACES.split(cell.strip()));
            if (words.stream().filter(this::namesHeader).count() < 2) {
                cells.add(new HeaderCell(cell, line.column(i), line.column(i) + widerBefore));
            } else {
                int from = 0;
                for (String word : words) {
                    from = cell.indexOf(word, from);
                    int shownFrom = line.column(i) + widerBefore + shownWidth(cell.substring(0, from));
                    cells.add(new HeaderCell(word, line.column(i) + from, shownFrom));
                    from += word.length();
                }
            }
            widerBefore += shownWidth(cell) - cell.length();
        }
        return cells;
    }

    /**
     * Whether runs of spaces set a line's cells off: two or more columns between one and the next, and no empty cell
     * but a first or a last (the line's leading or trailing spaces), where tabs and pipes leave one for a merged cell.
     */
    private static boolean setOffBySpaces(TableLine line) {
        List<String> cells = line.cells();
        for (int i = 1; i < cells.size(); i++) {
            String before = cells.get(i - 1);
            boolean emptyInside = before.isEmpty() && i > 1;
            if (emptyInside || !before.isEmpty() && line.column(i) - line.column(i - 1) - before.length() < 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cell of a header line, and the column where it starts on its line, from 1: counted in characters, and as a
     * fixed-width font shows the line, a Chinese character as wide as two others.
     */
    private record HeaderCell(String text, int from, int shownFrom) {
    }

    /** How wide a fixed-width font shows a text: a Chinese character, or a full-width one, as wide as two others. */
    private static int shownWidth(String text) {
        int width = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2E80' && c <= '\uA4CF' || c >= '\uAC00' && c <= '\uD7A3' || c >= '\uF900' && c <= '\uFAFF'
                    || c >= '\uFE30' && c <= '\uFE4F' || c >= '\uFF01' && c <= '\uFF60'
                    || c >= '\uFFE0' && c <= '\uFFE6') {
                width++;
            }
        }
        return width;
    }

    /** Whether a word of a header names a column or a group of columns, or holds a word only headers print. */
    private boolean namesHeader(String word) {
        return columns.match(word, c -> true, false) != null || groupColumns.containsKey(Labels.normalize(word))
                || headerWords.inLabel(word);
    }

    /**
     * The columns the values fall under: all of the layout's, unless the header names fewer and the rows carry
     * just that many values, in which case the source lacks the others.
     */
    private List<ColumnSpec> valueColumns(Set<ColumnSpec> headerColumns, List<RowLine> rowLines) {
        List<ColumnSpec> all = layout.columns();
        if (headerColumns.isEmpty() || headerColumns.size() >= all.size()) {
            return all;
        }
        if (usualSpan(rowLines) != headerColumns.size()) {
            return all;
        }
        return all.stream().filter(headerColumns::contains).toList();
    }

    /**
     * Whether the rows, spanning so many values, follow the header's order of all the format's columns rather than
     * the format's: the header prints them in an order of its own or with columns the format lacks among them, and
     * the rows carry as many values, less at most the columns it lacks after all of the format's (a remark column
     * left blank, which runs of spaces do not print). Columns it lacks only after the format's alone follow the
     * header where the rows fill them.
     */
    private boolean followsHeader(List<ColumnSpec> printedOrder, int span) {
        int beforeTrailing = printedOrder.size();
        while (beforeTrailing > 0 && printedOrder.get(beforeTrailing - 1) == null) {
            beforeTrailing--;
        }
        if (printedOrder.subList(0, beforeTrailing).equals(layout.columns())) {
            return beforeTrailing < printedOrder.size() && span == printedOrder.size();
        }
        return span >= beforeTrailing && span <= printedOrder.size();
    }

    /** How many values most rows span, from their first filled cell to their last. */
    private static int usualSpan(List<RowLine> rowLines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (RowLine rowLine : rowLines) {
            counts.merge(ValueWindow.span(rowLine.line().values()), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    /**
     * The columns in the order the header prints them, a column the format lacks ("小计") as {@code null}: by the
     * cell each header cell stands in, a header on several lines with merged cells ("总计" on the first line, over
     * all of them; the group's columns on the last) put together; where the cells do not tell it (cells separated
     * by runs of spaces, counted on each line from its first), by where they stand across the lines when these are
     * aligned, or else by the order of the cells on each line.
     */
    private static final class PrintedColumns {
        private final List<ColumnSpec> layoutColumns;
        /** Every header cell that names a column or is one the format lacks, line by line. */
        private final List<PrintedColumn> printed = new ArrayList<>();
        /** Every header cell that names a group of columns ("法人或其他组织"). */
        private final List<PrintedColumn> groups = new ArrayList<>();
        /** The cells that tell the columns, in order, worked out once the header is read. */
        private List<PrintedColumn> inOrder;
        /** Whether runs of spaces set off the cells of every header line, so that where they stand may tell. */
        private boolean setOffBySpaces = true;

        PrintedColumns(List<ColumnSpec> layoutColumns) {
            this.layoutColumns = layoutColumns;
        }

        /**
         * Whether cells that name no column of the format stand among the columns of the header read so far, which
         * runs of spaces set off: none of them left of the leftmost cell naming a column, where the rows' labels stand.
         */
        boolean standAmongColumns(List<PrintedColumn> cells) {
            int leftmost = printed.stream().filter(cell -> cell.column() != null).mapToInt(PrintedColumn::from).min()
                    .orElse(Integer.MAX_VALUE);
            return setOffBySpaces && !cells.isEmpty() && cells.stream().allMatch(cell -> cell.from() >= leftmost);
        }

        void addAll(List<PrintedColumn> line, boolean setOffBySpaces) {
            line.forEach(cell -> (cell.group().isEmpty() ? printed : groups).add(cell));
            this.setOffBySpaces &= setOffBySpaces;
            inOrder = null;
        }

        /**
         * Every cell that names a column once, by a cell printing the column's own label where one does: a column
         * named again in another wording (a "合计" beside the "总计") is a column the format lacks; named again
         * alike, it is the header printed twice, left out.
         */
        private List<PrintedColumn> distinct() {
            Map<ColumnSpec, PrintedColumn> named = new HashMap<>();
            for (PrintedColumn cell : printed) {
                PrintedColumn other = cell.column() == null ? null : named.get(cell.column());
                if (cell.column() != null && (other == null || other.deviates() && !cell.deviates())) {
                    named.put(cell.column(), cell);
                }
            }
            List<PrintedColumn> distinct = new ArrayList<>();
            for (PrintedColumn cell : printed) {
                PrintedColumn own = cell.column() == null ? null : named.get(cell.column());
                if (own != null && own != cell) {
                    if (!cell.deviates() || own.deviates()) {
                        continue;
                    }
                    cell = cell.unnamed();
                }
                distinct.add(cell);
            }
            return distinct;
        }

        /**
         * The cells that tell the columns: of the {@link #distinct()} cells, a cell at a position a cell of a line
         * above took is left out (a unit under a column's name), unless that cell names a column and this one is
         * one of a run of cells on its line ({@link #byPosition}).
         */
        private List<PrintedColumn> kept() {
            List<PrintedColumn> kept = new ArrayList<>();
            BitSet positions = new BitSet();
            BitSet columnPositions = new BitSet();
            for (PrintedColumn cell : distinct()) {
                boolean shared = positions.get(cell.position());
                if (shared && !(columnPositions.get(cell.position()) && inRun(cell))) {
                    continue;
                }
                kept.add(cell);
                positions.set(cell.position());
                if (cell.column() != null) {
                    columnPositions.set(cell.position());
                }
            }
            return kept;
        }

        /**
         * The cells that tell the columns, in order: by where they stand across the lines of a header aligned by runs
         * of spaces, or else by position, or else by the lines; empty when none tells.
         */
        private List<PrintedColumn> inOrder() {
            if (inOrder == null) {
                inOrder = setOffBySpaces ? acrossLines() : List.of();
                if (inOrder.isEmpty()) {
                    inOrder = byPosition(kept());
                }
                if (inOrder.isEmpty()) {
                    inOrder = byLines();
                }
            }
            return inOrder;
        }

        List<ColumnSpec> order() {
            List<ColumnSpec> order = new ArrayList<>(inOrder().size());
            inOrder().forEach(cell -> order.add(cell.column()));
            return order;
        }

        /**
         * The kept cells by position. A column's cell on a line above spans the lines below it and stands over no
         * other column's cell: one printed over the first or the last of a run of cells on a line below stands
         * beside that run, on that side. Empty when such a cell stands over a cell inside the run, or over a cell
         * alone on its line, which tells no side.
         */
        private List<PrintedColumn> byPosition(List<PrintedColumn> kept) {
            List<PrintedColumn> sorted = new ArrayList<>(kept);
            sorted.sort(Comparator.comparingInt(PrintedColumn::position));
            for (int i = 1; i < sorted.size(); i++) {
                PrintedColumn upper = sorted.get(i - 1);
                PrintedColumn lower = sorted.get(i);
                if (upper.position() != lower.position()) {
                    continue;
                }
                boolean third = i + 1 < sorted.size() && sorted.get(i + 1).position() == lower.position();
                if (third || upper.line() == lower.line()) {
                    return List.of();
                }
                if (upper.line() > lower.line()) {
                    upper = lower;
                    lower = sorted.get(i - 1);
                }
                boolean runBefore = printedAt(lower.line(), lower.position() - 1);
                boolean runAfter = printedAt(lower.line(), lower.position() + 1);
                if (runBefore == runAfter) {
                    return List.of();
                }
                sorted.set(i - 1, runBefore ? lower : upper);
                sorted.set(i, runBefore ? upper : lower);
            }
            return sorted;
        }

        /**
         * The cells by the order they stand in on each line, which is all that cells separated by runs of spaces
         * tell: the format's columns in the format's order, a group's name standing for the group's columns, and a
         * column the format lacks right after the cell before it on its line, or, first on its line, right before
         * the column after it ("小计  商业企业  …"; "…  其他  小计"; "总计  备注"). Empty when a line names the
         * format's columns in another order, when a column it lacks has none of the format's on its line, or
         * stands between two that are not side by side, or when a column of the format goes unnamed.
         */
        private List<PrintedColumn> byLines() {
            List<PrintedColumn> distinct = distinct();
            List<PrintedColumn> order = new ArrayList<>(layoutColumns.size());
            for (ColumnSpec column : layoutColumns) {
                PrintedColumn own = cellNaming(distinct, column);
                if (own == null) {
                    return List.of();
                }
                order.add(own);
            }
            List<PrintedColumn> cells = new ArrayList<>(distinct);
            cells.addAll(groups);
            Map<Integer, List<PrintedColumn>> lines = new TreeMap<>();
            cells.forEach(cell -> lines.computeIfAbsent(cell.line(), line -> new ArrayList<>()).add(cell));
            for (List<PrintedColumn> line : lines.values()) {
                line.sort(Comparator.comparingInt(PrintedColumn::position));
                if (!placeLacking(line, order)) {
                    return List.of();
                }
            }
            return order;
        }

        /**
         * Puts a line's cells naming columns the format lacks into the order, beside the cells naming its columns
         * on the line ({@link #byLines}); answers whether they found places.
         */
        private boolean placeLacking(List<PrintedColumn> line, List<PrintedColumn> order) {
            List<PrintedColumn> leading = new ArrayList<>();
            PrintedColumn previous = null;
            int lastNamed = -1;
            boolean lackingBefore = false;
            for (PrintedColumn cell : line) {
                List<ColumnSpec> named = cell.column() != null ? List.of(cell.column()) : cell.group();
                if (named.isEmpty()) {
                    if (previous == null) {
                        leading.add(cell);
                    } else {
                        order.add(order.indexOf(previous) + 1, cell);
                        previous = cell;
                        lackingBefore = true;
                    }
                    continue;
                }
                int first = layoutColumns.indexOf(named.get(0));
                if (first <= lastNamed || lackingBefore && first != lastNamed + 1) {
                    return false;
                }
                order.addAll(order.indexOf(cellNaming(order, named.get(0))), leading);
                leading.clear();
                previous = cellNaming(order, named.get(named.size() - 1));
                lastNamed = layoutColumns.indexOf(named.get(named.size() - 1));
                lackingBefore = false;
            }
            return leading.isEmpty();
        }

        /**
         * The cells by the column they stand at, which a header aligned by runs of spaces keeps across its lines (text
         * laid out from a PDF or for a fixed-width font): a column the format lacks printed on a line of its own, with
         * none of the format's beside it ("小计" below the line of the group's columns), stands between the cells to
         * its left and right. The columns are counted in characters, or as a fixed-width font shows them, whichever
         * has no two cells of different lines overlap. Empty when a column of the format goes unnamed, when cells
         * overlap either way, as those of a header that is not aligned do (each of its lines starting at the line's
         * start), or when they stand side by side both ways but in another order: the header does not tell.
         */
        private List<PrintedColumn> acrossLines() {
            List<PrintedColumn> cells = distinct();
            if (layoutColumns.stream().anyMatch(column -> cellNaming(cells, column) == null)) {
                return List.of();
            }
            List<PrintedColumn> byCharacters = sideBySide(cells, PrintedColumn::from, PrintedColumn::to);
            List<PrintedColumn> asShown = sideBySide(cells, PrintedColumn::shownFrom, PrintedColumn::shownTo);
            if (byCharacters.isEmpty() || asShown.isEmpty()) {
                return byCharacters.isEmpty() ? asShown : byCharacters;
            }
            return byCharacters.equals(asShown) ? byCharacters : List.of();
        }

        /** The cells from left to right, each ending before the next starts; empty when two overlap. */
        private static List<PrintedColumn> sideBySide(List<PrintedColumn> cells, ToIntFunction<PrintedColumn> start,
                                                      ToIntFunction<PrintedColumn> end) {
            List<PrintedColumn> sorted = new ArrayList<>(cells);
            sorted.sort(Comparator.comparingInt(start));
            for (int i = 1; i < sorted.size(); i++) {
                if (start.applyAsInt(sorted.get(i)) < end.applyAsInt(sorted.get(i - 1))) {
                    return List.of();
                }
            }
            return sorted;
        }

        /** The cell among these that names the column, or {@code null}. */
        private static PrintedColumn cellNaming(List<PrintedColumn> cells, ColumnSpec column) {
            return cells.stream().filter(cell -> column.equals(cell.column())).findFirst().orElse(null);
        }

        private boolean inRun(PrintedColumn cell) {
            return printedAt(cell.line(), cell.position() - 1) || printedAt(cell.line(), cell.position() + 1);
        }

        private boolean printedAt(int line, int position) {
            return printed.stream().anyMatch(cell -> cell.line() == line && cell.position() == position);
        }

        List<PrintedColumn> extras() {
            return inOrder().stream().filter(cell -> cell.column() == null).toList();
        }

        /** The kept cells that name their column in another wording than the format's ("合计" for "总计"). */
        List<PrintedColumn> deviating() {
            return kept().stream().filter(PrintedColumn::deviates).toList();
        }

        int firstLine() {
            return kept().stream().mapToInt(PrintedColumn::line).min().orElse(0);
        }
    }

    /**
     * A cell of a header line: the column it names, or {@code null} for a column the format lacks or a group.
     *
     * @param position the cell's place on its line, from 0
     * @param from     the character column where it starts on its line, from 1
     * @param shownFrom the column where it starts as a fixed-width font shows its line ({@link HeaderCell})
     * @param deviates whether it names its column in another wording than the format's
     * @param group    the columns of the group it names ("法人或其他组织"), empty for a cell naming no group
     */
    private record PrintedColumn(int position, int from, int shownFrom, ColumnSpec column, String label, int line,
                                 boolean deviates, List<ColumnSpec> group) {
        PrintedColumn unnamed() {
            return new PrintedColumn(position, from, shownFrom, null, label, line, false, List.of());
        }

        /** The character column just after it on its line. */
        int to() {
            return from + label.length();
        }

        /** The column just after it as a fixed-width font shows its line. */
        int shownTo() {
            return shownFrom + shownWidth(label);
        }
    }

    /** Adds a row's cells to the draft; answers whether the row had values beyond the columns. */
    private boolean place(RowLine rowLine, List<ColumnSpec> valueColumns, int firstColumnIndex, TableDraft draft) {
        TableLine line = rowLine.line();
        List<String> values = line.values();
        int width = valueColumns.size();
        int start = ValueWindow.start(values, width, firstColumnIndex < 0 ? -1 : firstColumnIndex - line.valueIndex(0));
        draft.countValues(Math.min(width, values.size() - start));
        if (rowLine.row() == null || draft.hasRow(rowLine.row().id())) {
            String label = rowLine.printed().isEmpty() ? String.join(" ", values).strip() : rowLine.printed();
            draft.extra(label, "行", line.number());
            return false;
        }
        if (rowLine.deviates()) {
            draft.deviation(rowLine.printed(), rowLine.canonical(), line.number());
        }
        draft.row(rowLine.row(), valueColumns, line, start);
        return ValueWindow.overflows(values, start, width);
    }
}
