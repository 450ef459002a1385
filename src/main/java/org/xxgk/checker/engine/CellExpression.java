package org.xxgk.checker.engine;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A sum of cells as the rule set's data files write it: {@code t3.applications.new.total + t3.[denied].total - 5}.
 * A cell is {@code table.row.column}; {@code [tag]} in the row or column place stands for every row or column
 * with that tag; {@code prev.} in front names the cell of last year's report. Resolving it for a format checks that
 * every cell exists there, so that a typo is an error.
 */
final class CellExpression {
    private static final Pattern CELL = Pattern.compile("[a-z0-9_{}\\[\\].]+");
    /** Written in front of a cell of last year's report: {@code prev.t3.applications.carried_out.total}. */
    private static final String PREVIOUS = "prev.";

    /**
     * One term as written, with its sign.
     *
     * @param text     the cell (without {@code prev.}) or a whole number
     * @param previous whether the cell is last year's
     */
    record Written(boolean negative, String text, boolean previous) {
    }

    private CellExpression() {
    }

    /** Splits "a + b - c" into signed terms; {@code null} when a term is neither a cell nor a whole number. */
    static List<Written> parse(String side) {
        List<Written> terms = new ArrayList<>();
        boolean negative = false;
        for (String token : side.strip().split("(?=[+-])|(?<=[+-])")) {
            String part = token.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("+") || part.equals("-")) {
                negative = part.equals("-");
                continue;
            }
            if (!CELL.matcher(part).matches()) {
                return null;
            }
            boolean previous = part.startsWith(PREVIOUS);
            terms.add(new Written(negative, previous ? part.substring(PREVIOUS.length()) : part, previous));
            negative = false;
        }
        return terms.isEmpty() ? null : terms;
    }

    /** The table id a written cell names ({@code t3} of {@code t3.results.total.total}). */
    static String tableOf(Written term) {
        int dot = term.text().indexOf('.');
        return dot < 0 ? term.text() : term.text().substring(0, dot);
    }

    /**
     * The terms of a side for one format, with every [tag] spread and each cell named for messages.
     *
     * @param problem told what is wrong when a cell or tag does not exist in the format; the message does not name
     *                the format, so that a caller trying several formats can name all that lack the same cell at once
     * @return the terms, or {@code null} after telling the problem
     */
    static List<Term> resolve(List<Written> written, FormatCatalog catalog, FormatDefinition format,
                              Consumer<String> problem) {
        return resolve(written, catalog, format, null, problem);
    }

    /**
     * The terms of a side of a relation between two reports: this year's cells resolved for this year's format,
     * last year's ({@code prev.}) for last year's format. Last year's cells are named "上年…" in messages.
     *
     * @param previousFormat the format of last year's report, or {@code null} where a relation reads one report
     */
    static List<Term> resolve(List<Written> written, FormatCatalog catalog, FormatDefinition format,
                              FormatDefinition previousFormat, Consumer<String> problem) {
        List<Term> terms = new ArrayList<>();
        for (Written term : written) {
            if (term.previous() && previousFormat == null) {
                problem.accept("“" + PREVIOUS + term.text() + "”：上年报告的单元格（prev.）只能用于本年与上年比较的关系");
                return null;
            }
            List<Term> resolved = resolveTerm(term, catalog, term.previous() ? previousFormat : format, problem);
            if (resolved == null) {
                return null;
            }
            terms.addAll(resolved);
        }
        return labeled(terms);
    }

    /**
     * One written term for one format, [tag] spread, not yet named for messages.
     *
     * @return the terms, or {@code null} after telling the problem
     */
    static List<Term> resolveTerm(Written term, FormatCatalog catalog, FormatDefinition format, Consumer<String> problem) {
        if (term.text().matches("\\d+")) {
            return List.of(new Term(term.negative(), null, null, Long.parseLong(term.text()), "", false));
        }
        String text = term.text();
        int firstDot = text.indexOf('.');
        int lastDot = text.lastIndexOf('.');
        if (firstDot < 0 || lastDot == firstDot || text.contains("{")) {
            problem.accept("单元格“" + text + "”的写法有误（应为 表.行.列，变量须在 for_each 中定义）");
            return null;
        }
        Optional<TableLayout> layout = catalog.layoutWithId(format, text.substring(0, firstDot));
        if (layout.isEmpty()) {
            problem.accept("表格“" + text.substring(0, firstDot) + "”不存在");
            return null;
        }
        List<String> rows = spread(text.substring(firstDot + 1, lastDot), layout.get(), true);
        List<String> columns = spread(text.substring(lastDot + 1), layout.get(), false);
        List<Term> terms = new ArrayList<>();
        for (String row : rows) {
            for (String column : columns) {
                CellSpec cell = layout.get().cell(row, column);
                if (cell == null) {
                    problem.accept("单元格“" + layout.get().cellId(row, column) + "”不存在");
                    return null;
                }
                terms.add(new Term(term.negative(), layout.get().id(), cell, 0, "", term.previous()));
            }
        }
        if (terms.isEmpty()) {
            problem.accept("“" + text + "”中的标记没有对应的行或列");
            return null;
        }
        return terms;
    }

    private static List<String> spread(String part, TableLayout layout, boolean rows) {
        if (part.startsWith("[") && part.endsWith("]")) {
            String tag = part.substring(1, part.length() - 1);
            return rows
                    ? layout.rowsTagged(tag).stream().map(RowSpec::id).toList()
                    : layout.columnsTagged(tag).stream().map(ColumnSpec::id).toList();
        }
        return List.of(part);
    }

    /**
     * Names each term for messages: by its row when the side is one cell or spans rows, else by its column; last
     * year's cells as "上年…".
     */
    private static List<Term> labeled(List<Term> terms) {
        Set<String> rows = new HashSet<>();
        for (Term term : terms) {
            if (term.cell() != null) {
                rows.add(term.layoutId() + "." + term.cell().row().id());
            }
        }
        boolean byRow = rows.size() > 1 || terms.size() == 1;
        List<Term> labeled = new ArrayList<>(terms.size());
        for (Term term : terms) {
            CellSpec cell = term.cell();
            String label = cell == null ? "" : byRow ? cell.row().shortLabel() : cell.column().shortLabel();
            labeled.add(new Term(term.negative(), term.layoutId(), cell, term.constant(),
                    term.previous() ? "上年" + label : label, term.previous()));
        }
        return labeled;
    }
}
