package org.xxgk.checker.ingest;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.ExtraLineWords;
import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;
import org.xxgk.checker.report.CellState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a table whose values arrive as one run mapped by position onto its cells (表四: 15 numbers under a
 * three-level header). The run starts after the first header line and ends when the cells are filled or the text
 * turns to prose. Values on one line under a header whose cells stand in their columns go to the cells the header
 * names there, in whatever order it prints them (总计 first, 行政诉讼 before 行政复议), which is reported; under a
 * header whose cells do not stand in their columns (separated by spaces), all the table's values go to the cells in
 * the order the header names them ({@link HeaderOrder}), or else by position; too few values aligned by spaces,
 * whose gaps show blank cells left out ("8  4  12    24", fixed-width columns), take their places by the gaps when
 * the blanks make up the table's cells exactly, and are left out from the first such gap on otherwise
 * ({@link ValueWindow#alignment}); a line's leading spaces are no cell. A table printed turned over, a line
 * per column, is read by its lines' labels, and reported. A column the format lacks, printed after the header's own
 * ("合计", "备注"), and a total row under the table are reported and left out; a labelled line that brings just the
 * values still missing, unless they sum the rows read, and a turned-over table's 总计 row printed as "合计", are the
 * table's own.
 */
final class PositionalTableReader implements TableReader {
    private static final String TOTAL = "总计";

    private final TableLayout layout;
    private final HeaderWords headerWords;
    /** Words of a column or row the format lacks: a total over the table's cells (format.yaml's words, normalised). */
    private final List<String> totalWords;
    /** Words of a column or row the format lacks: a remark. */
    private final List<String> remarkWords;
    /** Words of a row summing others, the format's own 总计 among them: the total words and the sum words. */
    private final List<String> sumWords;
    /** Words of 表四's groups, whatever a report calls them ("复议后提起诉讼", "行政诉讼（经复议）", "复议后"). */
    private final List<String> groupWords;
    /** The rows, longest label first, with their labels normalised: a header cell names the longest it holds. */
    private final List<RowSpec> rowsLongestFirst;
    private final List<String> rowKeys;
    /** The normalised labels of the columns, in the layout's order. */
    private final List<String> columnKeys;
    /** Each row's names, normalised once: its label, its short label and the group that opens the short label. */
    private final List<RowNames> rowNames;
    /** Each column's label and other wordings, normalised once. */
    private final Map<ColumnSpec, List<String>> columnWordings = new LinkedHashMap<>();
    private final HeaderOrder headerOrder;

    PositionalTableReader(TableLayout layout) {
        this.layout = layout;
        this.headerWords = new HeaderWords(layout.headerWords());
        ExtraLineWords words = layout.extraLineWords();
        this.totalWords = normalized(words.total());
        this.remarkWords = normalized(words.remark());
        this.sumWords = Stream.concat(totalWords.stream(), normalized(words.sum()).stream()).toList();
        this.groupWords = normalized(words.group());
        this.rowsLongestFirst = layout.rows().stream()
                .sorted(Comparator.comparingInt((RowSpec row) -> row.label().length()).reversed()).toList();
        this.rowKeys = rowsLongestFirst.stream().map(row -> Labels.normalize(row.label())).toList();
        this.columnKeys = layout.columns().stream().map(column -> Labels.normalize(column.label())).toList();
        this.rowNames = layout.rows().stream().map(RowNames::of).toList();
        for (ColumnSpec column : layout.columns()) {
            columnWordings.put(column, Stream.concat(Stream.of(column.label()), column.variants().stream())
                    .map(Labels::normalize).toList());
        }
        this.headerOrder = new HeaderOrder(layout, label -> rowsNamedBy(Labels.normalize(label)), this::columnsIn);
    }

    private static List<String> normalized(List<String> words) {
        return words.stream().map(Labels::normalize).toList();
    }

    /** A row's label and short label normalised, and the group its short label opens with ("行政诉讼"), or "". */
    private record RowNames(RowSpec row, String label, String shortLabel, String group) {
        static RowNames of(RowSpec row) {
            String shortLabel = row.shortLabel() == null ? "" : Labels.normalize(row.shortLabel());
            int bracket = shortLabel.indexOf('(');
            return new RowNames(row, Labels.normalize(row.label()), shortLabel,
                    bracket > 0 ? shortLabel.substring(0, bracket) : "");
        }
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
        List<ValuePlace> places = new ArrayList<>();
        // the header's lines above the values: they tell which cell each value stands under
        List<TableLine> headerLines = new ArrayList<>();
        boolean started = false;
        Set<String> headerWordsSeen = new HashSet<>();
        // the line of labels right above, before the header is found
        TableLine labelsAbove = null;
        // a row of blank cells under the header, as a printed skeleton of the table has: read when no values come
        TableLine blankRow = null;
        // the columns the format lacks that the header prints after its own, by label, with their lines: reported
        // when the values have cells under them (a "合计" may also be the header's own 总计 under another name)
        Map<String, Integer> extraColumns = new LinkedHashMap<>();
        boolean surplusLeftOut = false;
        // the cells the values and the blank cells between them fill, and the first value whose cell is unknown
        int filled = 0;
        ValuePlace firstUnknown = null;
        for (int n = 0; n < lines.size(); n++) {
            TableLine line = lines.get(n);
            String remark = started ? remarkAfterValues(line) : null;
            if (remark != null) {
                // the values' line ends in a remark ("… | 1 | 4 | 含复议后起诉1件"), with no label before the values
                line = line.withoutRemark();
                surplusLeftOut = true;
                if (extraColumns.isEmpty()) {
                    extraColumns.put(remark, line.number());
                }
            }
            if (!started) {
                // the header's words stand on one line, or (one cell per line) on lines of labels one after another,
                // blank lines between them aside; a line with values ("提起行政诉讼 4件") is no part of such a run
                if (line.isBlank()) {
                    continue;
                }
                Set<String> words = new HashSet<>(headerWords(line));
                if (!line.hasValues() && labelsAbove != null) {
                    // labels split over two lines ("结果" over "维持"): a header word only in their cells joined
                    words.addAll(headerWordsStacked(labelsAbove, line));
                }
                if (line.hasValues() || words.isEmpty()) {
                    headerWordsSeen.clear();
                }
                labelsAbove = line.hasValues() ? null : line;
                if (!line.hasValues()) {
                    headerWordsSeen.addAll(words);
                }
                if (Math.max(words.size(), headerWordsSeen.size()) < 2) {
                    continue;
                }
                started = true;
            }
            if (!line.hasValues()) {
                if (line.labels().stream().anyMatch(headerWords::inLabel)) {
                    draft.touch(line.number());
                    if (values.isEmpty()) {
                        headerLines.add(line);
                    }
                    String extra = extraColumn(line);
                    if (extra != null) {
                        extraColumns.putIfAbsent(extra, line.number());
                    }
                    continue;
                }
                if (!values.isEmpty() && !line.labels().isEmpty()) {
                    break;
                }
                if (!line.labels().isEmpty() && !isProse(line)) {
                    // the lower halves of labels split over two lines ("维持" under "结果"), or a unit ("单位：件")
                    headerLines.add(line);
                    continue;
                }
                if (blankRow == null && line.labels().isEmpty() && line.cells().size() >= cells.size()) {
                    blankRow = line;
                }
                continue;
            }
            if (!values.isEmpty() && !line.labels().isEmpty() && isRowUnderTheTable(line, values, cells)) {
                draft.extra(lastLabel(line), "行", line.number());
                continue;
            }
            int kept = valuesKept(line, extraColumns.size());
            surplusLeftOut |= kept < line.values().size();
            ValueWindow.Alignment alignment = ValueWindow.alignment(line, kept, cells.size() - filled);
            int indent = alignment == null ? 0 : alignment.indent();
            for (int i = indent; i < kept; i++) {
                int blanks = alignment == null ? 0 : alignment.blanksBefore()[i - indent];
                // the line's leading spaces are no cell: the value's cell is counted without them
                ValuePlace place = new ValuePlace(line, line.valueIndex(i) - indent, line.valueLine(i),
                        line.valueColumn(i), blanks);
                if (alignment != null && alignment.unknownFrom() == i - indent && firstUnknown == null) {
                    firstUnknown = place;
                }
                values.add(line.values().get(i));
                places.add(place);
                filled += 1 + blanks;
            }
            if (filled >= cells.size()) {
                reportTotalRowAfter(lines, n + 1, draft);
                break;
            }
        }
        if (surplusLeftOut) {
            extraColumns.forEach((label, line) -> draft.extra(label, "列", line));
        }
        if (values.isEmpty() && blankRow != null) {
            for (int i = 0; i < cells.size(); i++) {
                values.add("");
                places.add(new ValuePlace(blankRow, i, blankRow.number(), blankRow.column(i), 0));
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
        // blank cells that values aligned by spaces show in their gaps take their places among the values
        boolean blanksShown = firstUnknown != null;
        for (int i = places.size() - 1; i >= 0; i--) {
            ValuePlace place = places.get(i);
            // the gap starts where the value before it does, or at the line's start
            int gapStart = i > 0 && places.get(i - 1).line() == place.line() ? places.get(i - 1).printedColumn() : 1;
            for (int blank = place.blanksBefore(); blank > 0; blank--) {
                values.add(i, "");
                places.add(i, place.blankInGap(blank, gapStart));
                blanksShown = true;
            }
        }
        // values from the first unknown cell on are left out: sums of values in guessed cells are sums the table
        // does not have
        int unknown = places.indexOf(firstUnknown);
        int placed = unknown < 0 ? values.size() : unknown;
        draft.countValues(values.size());
        List<CellSpec> printedOrder = !values.isEmpty() && values.size() <= cells.size() && !blanksShown
                ? cellsUnderHeader(headerLines, places) : null;
        if (printedOrder == null && values.size() == cells.size()) {
            printedOrder = headerOrder.cells(headerLines);
        }
        if (printedOrder != null) {
            // the values stand under the cells the header names: in an order of its own ("总计" first, 行政诉讼 before
            // 行政复议), or after cells whose values were lost
            if (!inLayoutOrder(printedOrder)) {
                noteOrder(printedOrder, draft, headerLines.get(0).number());
            }
            cells = printedOrder;
        }
        for (int i = 0; i < Math.min(placed, cells.size()); i++) {
            ValuePlace place = places.get(i);
            draft.cell(cells.get(i), values.get(i), place.printedLine(), place.printedColumn());
        }
        return draft;
    }

    /** Whether cells stand in the order of the layout's, which their indices count. */
    private static boolean inLayoutOrder(List<CellSpec> cells) {
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).index() <= cells.get(i - 1).index()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a value stands: its line, its cell among the line's cells (-1 for a blank cell told by a gap, which has
     * none), the line and column it is printed at, and how many blank cells the gap before it shows
     * ({@link ValueWindow#alignment}).
     */
    private record ValuePlace(TableLine line, int cell, int printedLine, int printedColumn, int blanksBefore) {
        /** The {@code n}-th of the blank cells in the gap before this value, from column {@code gapStart} on. */
        ValuePlace blankInGap(int n, int gapStart) {
            int cellWidth = (printedColumn - gapStart) / (blanksBefore + 1);
            return new ValuePlace(line, -1, printedLine, gapStart + n * cellWidth, 0);
        }
    }

    /**
     * The cells of the values one line brings, as the header lines above them name them: for each value, the one
     * row (group) the header cells spanning its column name ("行政诉讼" over "复议后起诉") and the one column the
     * header cell or cells in its column name ("总计"; "结果" over "维持" joined). {@code null} when the header
     * does not name a row and a column over each value, or names one cell twice, as a header whose cells do not stand
     * in the values' columns does (cells separated by spaces, counted on each line from its first; a header one cell
     * per line).
     */
    private List<CellSpec> cellsUnderHeader(List<TableLine> header, List<ValuePlace> places) {
        TableLine valueLine = places.get(0).line();
        if (header.isEmpty() || places.stream().anyMatch(place -> place.line() != valueLine)) {
            return null;
        }
        HeaderGrid grid = new HeaderGrid(header);
        // the header's labels stand over many values: each is looked up once
        Map<String, Set<RowSpec>> rowsOf = new HashMap<>();
        Map<String, Set<ColumnSpec>> columnsOf = new HashMap<>();
        List<CellSpec> cells = new ArrayList<>(places.size());
        BitSet taken = new BitSet(layout.cells().size());
        for (ValuePlace place : places) {
            RowSpec row = rowUnder(grid.over(place.cell()), rowsOf);
            ColumnSpec column = columnAt(grid.at(place.cell()), columnsOf);
            if (row == null || column == null) {
                return null;
            }
            CellSpec cell = layout.cell(row.id(), column.id());
            if (taken.get(cell.index())) {
                return null;
            }
            taken.set(cell.index());
            cells.add(cell);
        }
        return cells;
    }

    /**
     * The one row that the header cells over a value name: the row that every one of them naming rows (one row, or
     * the rows of its group) names; {@code null} when they leave no row or several.
     */
    private RowSpec rowUnder(List<String> labels, Map<String, Set<RowSpec>> rowsOf) {
        // the rows each label names are looked up once, not once for every row of the layout
        List<Set<RowSpec>> named = new ArrayList<>(labels.size());
        for (String label : labels) {
            named.add(rowsOf.computeIfAbsent(label, over -> rowsNamedBy(Labels.normalize(over))));
        }
        RowSpec only = null;
        for (RowSpec row : layout.rows()) {
            boolean namedByAll = true;
            for (Set<RowSpec> rows : named) {
                namedByAll &= rows.isEmpty() || rows.contains(row);
            }
            if (namedByAll) {
                if (only != null) {
                    return null;
                }
                only = row;
            }
        }
        return only;
    }

    /**
     * The one column that the header cells printed in a value's column name; {@code null} when none or several are
     * named.
     */
    private ColumnSpec columnAt(List<String> labels, Map<String, Set<ColumnSpec>> columnsOf) {
        ColumnSpec only = null;
        for (String label : labels) {
            for (ColumnSpec column : columnsOf.computeIfAbsent(label, this::columnsIn)) {
                if (only != null && !only.equals(column)) {
                    return null;
                }
                only = column;
            }
        }
        if (only == null) {
            // a label split over lines ("结果" over "维持") names its column only joined
            Set<ColumnSpec> joined = columnsIn(String.join("", labels));
            return joined.size() == 1 ? joined.iterator().next() : null;
        }
        return only;
    }

    /** The columns whose label or other wording a header cell holds ("结果 维持", "行政复议总计", "合计"). */
    private Set<ColumnSpec> columnsIn(String label) {
        String key = Labels.normalize(label);
        Set<ColumnSpec> columns = new HashSet<>();
        for (Map.Entry<ColumnSpec, List<String>> wordings : columnWordings.entrySet()) {
            for (String wording : wordings.getValue()) {
                if (key.contains(wording)) {
                    columns.add(wordings.getKey());
                    break;
                }
            }
        }
        return columns;
    }

    /**
     * Notes the order of the columns as the header prints them, against the format's order of the same cells: that
     * of the groups, or of the columns within each group, or both; the cells one by one when the groups do not each
     * print all their columns in one order.
     */
    private void noteOrder(List<CellSpec> printed, TableDraft draft, int line) {
        int width = layout.columns().size();
        List<RowSpec> groups = printed.stream().map(CellSpec::row).distinct().toList();
        boolean grouped = printed.size() == groups.size() * width;
        List<ColumnSpec> columns = grouped
                ? printed.subList(0, width).stream().map(CellSpec::column).toList() : List.of();
        for (int i = 0; grouped && i < printed.size(); i++) {
            grouped = printed.get(i) == layout.cell(groups.get(i / width).id(), columns.get(i % width).id());
        }
        if (!grouped) {
            List<CellSpec> inFormatOrder = layout.cells().stream().filter(printed::contains).toList();
            draft.columnOrder(cellNames(printed), cellNames(inFormatOrder), line);
            return;
        }
        List<RowSpec> groupsInFormatOrder = layout.rows().stream().filter(groups::contains).toList();
        List<String> shown = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        if (!groups.equals(groupsInFormatOrder)) {
            shown.add(rowNames(groups));
            canonical.add(rowNames(groupsInFormatOrder));
        }
        if (!columns.equals(layout.columns())) {
            shown.add(TableDraft.listed(columns));
            canonical.add(TableDraft.listed(layout.columns()));
        }
        draft.columnOrder(String.join("；", shown), String.join("；", canonical), line);
    }

    private static String rowNames(List<RowSpec> rows) {
        return String.join("、",
                rows.stream().map(row -> row.shortLabel() == null ? row.label() : row.shortLabel()).toList());
    }

    private static String cellNames(List<CellSpec> cells) {
        return String.join("、", cells.stream().map(cell -> cell.row().label() + "/" + cell.column().label()).toList());
    }

    /**
     * Reads the table printed turned over, its rows as columns and its columns as rows ("结果维持 | 8 | 0 | 2", one
     * value per 行政复议, 未经复议直接起诉, 复议后起诉, in the order the header names them); answers whether it is
     * printed so: all but at most one of its columns stand as rows holding one value per row of the table.
     */
    private boolean readTransposed(List<TableLine> lines, TableDraft draft) {
        Map<ColumnSpec, TableLine> columnLines = new LinkedHashMap<>();
        List<RowSpec> rowOrder = layout.rows();
        // a column the format lacks after the rows named in the header ("合计")
        String extraColumn = null;
        // the header line naming the table's rows: where its extra column and its order are reported
        int headerLine = 0;
        boolean extraFilled = false;
        List<TableLine> totalRows = new ArrayList<>();
        for (TableLine line : lines) {
            if (!line.hasValues()) {
                List<RowSpec> named = rowsNamed(line);
                if (named.size() == layout.rows().size()) {
                    rowOrder = named;
                    String extra = extraColumn(line);
                    extraColumn = extra != null && isExtra(extra) ? extra : null;
                    headerLine = line.number();
                }
                continue;
            }
            ColumnSpec column = line.labels().isEmpty() ? null : columnNamed(lastLabel(line));
            int span = ValueWindow.span(line.values());
            boolean withExtra = extraColumn != null && span == layout.rows().size() + 1;
            if (column != null && (span == layout.rows().size() || withExtra) && !columnLines.containsKey(column)) {
                columnLines.put(column, line);
                extraFilled |= withExtra;
            } else if (column == null && isExtraRow(line)) {
                totalRows.add(line);
            }
        }
        if (columnLines.size() < layout.columns().size() - 1) {
            return false;
        }
        ColumnSpec total = columnNamed(TOTAL);
        if (total != null && !columnLines.containsKey(total)) {
            // the total row under another of its names (format.yaml's variants: "合计 | 24 | 0 | 4") is the table's
            // 总计, its label deviating
            for (TableLine line : totalRows) {
                int span = ValueWindow.span(line.values());
                boolean withExtra = extraColumn != null && span == layout.rows().size() + 1;
                if (total.variants().stream().map(Labels::normalize).anyMatch(Labels.normalize(lastLabel(line))::equals)
                        && (span == layout.rows().size() || withExtra)) {
                    columnLines.put(total, line);
                    extraFilled |= withExtra;
                    totalRows.remove(line);
                    draft.deviation(lastLabel(line), total.label(), line.number());
                    break;
                }
            }
        }
        if (extraFilled) {
            draft.extra(extraColumn, "列", headerLine);
        }
        // the format prints the results as columns, each group's in a row of values
        draft.columnOrder(TableDraft.listed(List.copyOf(columnLines.keySet())) + "各占一行",
                TableDraft.listed(layout.columns()) + "各占一列",
                headerLine > 0 ? headerLine : columnLines.values().iterator().next().number());
        totalRows.forEach(line -> draft.extra(lastLabel(line), "行", line.number()));
        for (Map.Entry<ColumnSpec, TableLine> entry : columnLines.entrySet()) {
            TableLine line = entry.getValue();
            List<String> values = line.values();
            // with a column more, the values stand right after the label, the last one under that column
            int start = extraFilled && ValueWindow.span(values) == rowOrder.size() + 1
                    ? ValueWindow.start(values, rowOrder.size() + 1, -1) : ValueWindow.start(values, rowOrder.size(), -1);
            for (int i = 0; i < rowOrder.size() && start + i < values.size(); i++) {
                CellSpec cell = layout.cell(rowOrder.get(i).id(), entry.getKey().id());
                draft.cell(cell, values.get(start + i), line.valueLine(start + i), line.valueColumn(start + i));
            }
            draft.countValues(Math.min(rowOrder.size(), values.size() - start));
        }
        return true;
    }

    /**
     * The label of a column the format lacks that a header line prints after the header's own cells: its last
     * cell, after others that hold the header's words, when it holds a word of such a column ("合计", "行政诉讼合计",
     * "备注"), or is a "总计" on a line that names no column of the layout (over the groups 行政复议, 行政诉讼);
     * {@code null} otherwise.
     */
    private String extraColumn(TableLine line) {
        List<String> labels = line.labels();
        if (labels.size() < 2 || line.hasValues()) {
            return null;
        }
        String last = labels.get(labels.size() - 1);
        if (last.contains("。") || last.contains("，")) {
            return null;
        }
        List<String> before = labels.subList(0, labels.size() - 1);
        if (before.stream().noneMatch(headerWords::inLabel)) {
            return null;
        }
        if (isExtra(last)) {
            return last.strip();
        }
        boolean namesColumn = before.stream().map(Labels::normalize).anyMatch(label -> columnKeys.stream().anyMatch(label::contains));
        return Labels.normalize(last).equals(TOTAL) && !namesColumn ? last.strip() : null;
    }

    /** Whether a label holds a word of a column or row the format lacks. */
    private boolean isExtra(String label) {
        return holdsAny(label, totalWords) || holdsAny(label, remarkWords);
    }

    private static boolean holdsAny(String label, List<String> words) {
        String key = Labels.normalize(label);
        return words.stream().anyMatch(key::contains);
    }

    /**
     * Whether a labelled line of values after some of the table's is a row the format lacks rather than the table's
     * next values. A line that brings just the values still missing is the table's when its label names the rows
     * still to come ("行政诉讼合计 | 0 … 4" after 行政复议's row); else it is a remark's ("说明 | 2024 | 1 | …") or one
     * whose values sum the rows read and whose label is a total's ("全年合计", "总计 | 10 | 4 | 13 | 1 | 28" under a
     * table short of 复议后起诉), while "合计 | 2 | 0 | 1 | 1 | 4" is the last group. A label naming a group in words
     * of its own ("复议后提起诉讼 | 2 | 0 | 1 | 1 | 4") is the last group whatever its values: no 复议 cases and a few
     * suits sum the rows above too. A line of any other length is the table's unless its label holds a total's or a
     * remark's word ("合计 | 28").
     */
    private boolean isRowUnderTheTable(TableLine line, List<String> read, List<CellSpec> cells) {
        String label = lastLabel(line);
        if (ValueWindow.span(line.values()) != cells.size() - read.size()) {
            return isExtra(label);
        }
        if (namesOnlyRowsToCome(label, cells, read.size())) {
            return false;
        }
        return holdsAny(label, remarkWords)
                || (holdsAny(label, sumWords) || !holdsAny(label, groupWords)) && sumsRowsRead(line, read, cells);
    }

    /**
     * Whether a label names rows whose cells are still to come, and none read already: "行政诉讼合计" over the two
     * groups of suits after 行政复议's row, "行政诉讼（复议后起诉）" after the two rows above it, but neither "合计",
     * "全年合计" nor "行政复议和行政诉讼合计", which sum rows.
     */
    private boolean namesOnlyRowsToCome(String label, List<CellSpec> cells, int read) {
        Set<RowSpec> named = rowsNamedBy(Labels.normalize(label));
        return !named.isEmpty() && cells.subList(0, read).stream().noneMatch(cell -> named.contains(cell.row()));
    }

    /**
     * The rows a normalised label names: those whose label or short label it holds, else those of the group it holds
     * that their short labels open with ("行政诉讼" in "行政诉讼合计"). A label naming one row of a group names that row
     * alone ("行政诉讼（复议后起诉）").
     */
    private Set<RowSpec> rowsNamedBy(String key) {
        Set<RowSpec> byName = new HashSet<>();
        Set<RowSpec> byGroup = new HashSet<>();
        for (RowNames names : rowNames) {
            if (key.contains(names.label()) || !names.shortLabel().isEmpty() && key.contains(names.shortLabel())) {
                byName.add(names.row());
            } else if (!names.group().isEmpty() && key.contains(names.group())) {
                byGroup.add(names.row());
            }
        }
        return byName.isEmpty() ? byGroup : byName;
    }

    /**
     * Whether each of a line's values is at least the sum of its column's values read, as a total row over the groups
     * is, the missing groups included ("10 | 4 | 13 | 1 | 28" over 8 4 12 0 24 and 0 0 0 0 0). It takes two rows read,
     * since the next group may well be as large as one row, and a case among them: under rows of zeros a total row
     * holds just the missing group's values, which reading it as that group gets right.
     */
    private static boolean sumsRowsRead(TableLine line, List<String> read, List<CellSpec> cells) {
        Map<ColumnSpec, BigDecimal> sums = new HashMap<>();
        Map<ColumnSpec, Integer> rowsRead = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            ColumnSpec column = cells.get(i).column();
            sums.merge(column, number(read.get(i), column), BigDecimal::add);
            rowsRead.merge(column, 1, Integer::sum);
        }
        List<String> lineValues = line.values();
        int span = ValueWindow.span(lineValues);
        int start = ValueWindow.start(lineValues, span, -1);
        boolean anyCase = false;
        for (int i = 0; i < span; i++) {
            ColumnSpec column = cells.get(read.size() + i).column();
            BigDecimal sum = sums.get(column);
            if (rowsRead.getOrDefault(column, 0) < 2 || number(lineValues.get(start + i), column).compareTo(sum) < 0) {
                return false;
            }
            anyCase |= sum.signum() > 0;
        }
        return anyCase;
    }

    /** A printed value as a number; a blank, a dash or text counts none. */
    private static BigDecimal number(String printed, ColumnSpec column) {
        CellValue value = Values.parse(printed, column.unit());
        return value.state() == CellState.NUMBER ? value.value() : BigDecimal.ZERO;
    }

    /** Whether a line of values is a total row or remark row under the table ("合计 | 10 | 4 | …"). */
    private boolean isExtraRow(TableLine line) {
        return line.hasValues() && !line.labels().isEmpty() && isExtra(lastLabel(line));
    }

    private static String lastLabel(TableLine line) {
        return line.labels().get(line.labels().size() - 1).strip();
    }

    /**
     * How many of a line's values belong to the table when the header prints {@code extra} columns the format lacks
     * after its own: all but the last {@code extra} when the line spans that many more than the whole table or, under
     * a row's label, than a row; else all of them.
     */
    private int valuesKept(TableLine line, int extra) {
        List<String> values = line.values();
        if (extra == 0) {
            return values.size();
        }
        int span = ValueWindow.span(values);
        boolean wholeTable = span - extra == layout.cells().size();
        boolean oneRow = span - extra == layout.columns().size() && !line.labels().isEmpty();
        return span > 0 && (wholeTable || oneRow) ? ValueWindow.lastFilled(values) + 1 - extra : values.size();
    }

    /**
     * The remark that ends a line of values without a label before them ("8 | 4 | … | 4 | 含复议后起诉1件"), which
     * {@link TableLine} takes for labels; {@code null} for any other line.
     */
    private static String remarkAfterValues(TableLine line) {
        List<String> labels = line.labels();
        if (line.hasValues() || labels.size() < 3) {
            return null;
        }
        for (int i = 0; i < labels.size() - 1; i++) {
            if (!Values.isValue(labels.get(i))) {
                return null;
            }
        }
        String last = labels.get(labels.size() - 1);
        return Values.isValue(last) ? null : last.strip();
    }

    /** Reports a total row right under the table, past its values ("合计 | 28"). */
    private void reportTotalRowAfter(List<TableLine> lines, int from, TableDraft draft) {
        for (int n = from; n < lines.size(); n++) {
            TableLine line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            if (isExtraRow(line)) {
                draft.extra(lastLabel(line), "行", line.number());
            }
            return;
        }
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
        return isProse(line) ? Set.of() : headerWords(line.labels());
    }

    /**
     * The header words two lines of labels name with their cells joined one over the other ("结果" over "维持" is
     * "结果维持"), when the lines' cells stand one over the other: as many cells on each, as tabs and pipes keep them.
     */
    private Set<String> headerWordsStacked(TableLine above, TableLine below) {
        if (isProse(above) || isProse(below) || above.cells().size() != below.cells().size()) {
            return Set.of();
        }
        List<String> joined = new ArrayList<>(above.cells().size());
        for (int i = 0; i < above.cells().size(); i++) {
            joined.add(above.cells().get(i) + below.cells().get(i));
        }
        return headerWords(joined);
    }

    private Set<String> headerWords(List<String> printedLabels) {
        List<String> labels = new ArrayList<>(printedLabels.size());
        for (String label : printedLabels) {
            labels.add(Labels.normalize(label));
        }
        Set<String> words = new HashSet<>();
        for (String word : headerWords.keys()) {
            for (String label : labels) {
                if (label.contains(word)) {
                    words.add(word);
                    break;
                }
            }
        }
        return words;
    }

    private static boolean isProse(TableLine line) {
        for (String label : line.labels()) {
            if (label.indexOf('。') >= 0 || label.indexOf('，') >= 0) {
                return true;
            }
        }
        return false;
    }
}
