package org.xxgk.checker.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The order in which the cells of a table that only lays out the page (in a Word file or a web page) are read: row
 * by row, except where tables stand side by side (表二 and 表三 under their captions). There each column of the page
 * is read from top to bottom, so that the captions above each table and the notes below it stay with it: over the
 * rows of tables side by side, the rows of text in every column just above them (captions) and just below them
 * (notes). A row with a blank cell, or with a table in some of its columns only, ends the columns: below it the page
 * goes on row by row (表四 under 表二, nothing beside it, comes after 表三).
 */
final class LayoutOrder {
    /** What a cell of a layout table holds, as far as the order of reading goes. */
    enum Content { BLANK, TEXT, TABLE }

    /** How a row of a layout table takes part in columns: with a table in each cell, text in each, or neither. */
    private enum Row { TABLES, TEXT, OTHER }

    private LayoutOrder() {
    }

    /**
     * The cells of the rows (each row's cells from left to right, as many as it has) in the order they are read.
     *
     * @param content what a cell holds
     */
    static <C> List<C> of(List<List<C>> rows, Function<C, Content> content) {
        List<Row> kinds = rows.stream().map(row -> kind(row, content)).toList();
        List<C> order = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            int width = rows.get(start).size();
            int tables = textRowsFrom(start, width, rows, kinds);
            if (!isTables(tables, width, rows, kinds)) {
                int end = Math.max(tables, start + 1);
                rows.subList(start, end).forEach(order::addAll);
                start = end;
                continue;
            }
            int after = textRowsFrom(tables + 1, width, rows, kinds);
            // rows of text between two rows of tables are the captions of the lower ones, not notes of the upper
            int end = isTables(after, width, rows, kinds) ? tables + 1 : after;
            for (int column = 0; column < width; column++) {
                for (List<C> row : rows.subList(start, end)) {
                    order.add(row.get(column));
                }
            }
            start = end;
        }
        return order;
    }

    private static <C> Row kind(List<C> row, Function<C, Content> content) {
        if (row.size() < 2) {
            return Row.OTHER;
        }
        List<Content> cells = row.stream().map(content).toList();
        return cells.stream().allMatch(Content.TABLE::equals) ? Row.TABLES
                : cells.stream().allMatch(Content.TEXT::equals) ? Row.TEXT : Row.OTHER;
    }

    /** The first row from {@code start} on that is not a row of text of the width. */
    private static int textRowsFrom(int start, int width, List<? extends List<?>> rows, List<Row> kinds) {
        int at = start;
        while (at < rows.size() && kinds.get(at) == Row.TEXT && rows.get(at).size() == width) {
            at++;
        }
        return at;
    }

    private static boolean isTables(int at, int width, List<? extends List<?>> rows, List<Row> kinds) {
        return at < rows.size() && kinds.get(at) == Row.TABLES && rows.get(at).size() == width;
    }
}
