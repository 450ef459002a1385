package org.xxgk.checker.ingest;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A table's header read by the order in which it names the table's cells, where its cells do not stand in the values'
 * columns (cells separated by runs of spaces, counted on each line from its first): the groups on its first line, and
 * under each, left to right on the lines below, the groups it holds ("行政诉讼" over "未经复议直接起诉" and
 * "复议后起诉") or its columns ("总计", "结果维持", …). A cell goes under the first group named on a line above that
 * still lacks one of its kind, and a line's cells go under the groups in the order the groups stand. The header is
 * read only when it names every cell of the table once and its cells fit so; a header one cell per line, which does
 * not show which cells stand on one line of the table's header, is not.
 */
final class HeaderOrder {
    private final TableLayout layout;
    private final Function<String, Set<RowSpec>> rowsNamed;
    private final Function<String, Set<ColumnSpec>> columnsNamed;

    /**
     * @param rowsNamed    the rows a header cell names: one, or the group of rows it heads ("行政诉讼")
     * @param columnsNamed the columns a header cell names
     */
    HeaderOrder(TableLayout layout, Function<String, Set<RowSpec>> rowsNamed,
                Function<String, Set<ColumnSpec>> columnsNamed) {
        this.layout = layout;
        this.rowsNamed = rowsNamed;
        this.columnsNamed = columnsNamed;
    }

    /** A header cell naming rows, with what the lines below it put under it, and the line it stands on. */
    private static final class Group {
        final Set<RowSpec> rows;
        final int line;
        final List<Group> groups = new ArrayList<>();
        final List<ColumnSpec> columns = new ArrayList<>();

        Group(Set<RowSpec> rows, int line) {
            this.rows = rows;
            this.line = line;
        }

        boolean holdsAnother(Set<RowSpec> named) {
            return rows.size() > 1 && rows.containsAll(named) && !rows.equals(named)
                    && groups.stream().noneMatch(group -> !Collections.disjoint(group.rows, named));
        }

        boolean lacks(ColumnSpec column, int width) {
            return rows.size() == 1 && columns.size() < width && !columns.contains(column);
        }

        void addTo(List<Group> inOrder) {
            inOrder.add(this);
            groups.forEach(group -> group.addTo(inOrder));
        }
    }

    /** The table's cells in the order the header names them; {@code null} when it does not name each once. */
    List<CellSpec> cells(List<TableLine> header) {
        if (header.stream().allMatch(line -> TableLine.filled(line.cells()) <= 1)) {
            return null;
        }
        int width = layout.columns().size();
        List<Group> top = new ArrayList<>();
        // once a column has gone under a group, the groups on top are all named: a group named later is under one
        boolean underGroups = false;
        for (int n = 0; n < header.size(); n++) {
            // where the line's last cell went among the groups: the next one goes no further left
            int lastPlace = -1;
            for (String label : header.get(n).cells()) {
                Set<RowSpec> rows = label.isEmpty() ? Set.of() : rowsNamed.apply(label);
                Set<ColumnSpec> columns = label.isEmpty() ? Set.of() : columnsNamed.apply(label);
                if (rows.isEmpty() && columns.isEmpty()) {
                    // an empty cell, a caption or a unit
                    continue;
                }
                if (columns.size() > 1 || (!columns.isEmpty() && rows.size() > 1)) {
                    return null;
                }
                Group place = columns.isEmpty()
                        ? placeGroup(new Group(rows, n), top, underGroups)
                        : placeColumn(columns.iterator().next(), rows, n, top, width);
                int at = inOrder(top).indexOf(place);
                if (place == null || at < lastPlace) {
                    return null;
                }
                lastPlace = at;
                underGroups |= !columns.isEmpty() && rows.isEmpty();
            }
        }
        return complete(inOrder(top), width);
    }

    /**
     * Puts a group under the first group named on a line above that holds it and not yet it, or on top while the
     * groups on top are being named; answers where it went (the group above, or itself), {@code null} when nowhere.
     */
    private static Group placeGroup(Group group, List<Group> top, boolean underGroups) {
        List<Group> inOrder = inOrder(top);
        if (inOrder.stream().anyMatch(other -> other.rows.equals(group.rows))) {
            return null;
        }
        for (Group above : inOrder) {
            if (above.line < group.line && above.holdsAnother(group.rows)) {
                above.groups.add(group);
                return above;
            }
        }
        if (underGroups || inOrder.stream().anyMatch(other -> !Collections.disjoint(other.rows, group.rows))) {
            return null;
        }
        top.add(group);
        return group;
    }

    /**
     * Puts a column under the first row named on a line above that still lacks it, or, for a cell that names its
     * row too ("行政复议总计"), under that row, named here when no cell has named it; answers the row, {@code null}
     * when there is none.
     */
    private static Group placeColumn(ColumnSpec column, Set<RowSpec> rows, int line, List<Group> top, int width) {
        List<Group> inOrder = inOrder(top);
        for (Group above : inOrder) {
            boolean itsOwn = rows.isEmpty() ? above.line < line : above.rows.equals(rows);
            if (itsOwn && above.lacks(column, width)) {
                above.columns.add(column);
                return above;
            }
        }
        if (rows.size() != 1 || inOrder.stream().anyMatch(other -> !Collections.disjoint(other.rows, rows))) {
            return null;
        }
        Group row = new Group(rows, line);
        row.columns.add(column);
        top.add(row);
        return row;
    }

    private static List<Group> inOrder(List<Group> top) {
        List<Group> inOrder = new ArrayList<>();
        top.forEach(group -> group.addTo(inOrder));
        return inOrder;
    }

    /** The cells of the groups in order, when each row has all its columns and each group all its rows. */
    private List<CellSpec> complete(List<Group> inOrder, int width) {
        List<CellSpec> cells = new ArrayList<>();
        Set<RowSpec> rowsRead = new HashSet<>();
        for (Group group : inOrder) {
            if (group.rows.size() == 1) {
                RowSpec row = group.rows.iterator().next();
                if (group.columns.size() != width || !rowsRead.add(row)) {
                    return null;
                }
                group.columns.forEach(column -> cells.add(layout.cell(row.id(), column.id())));
            } else if (!group.rows.equals(union(group.groups))) {
                return null;
            }
        }
        return rowsRead.size() == layout.rows().size() ? cells : null;
    }

    private static Set<RowSpec> union(List<Group> groups) {
        Set<RowSpec> rows = new HashSet<>();
        groups.forEach(group -> rows.addAll(group.rows));
        return rows;
    }
}
