package org.xxgk.checker.engine;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Table;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operand of a relation or claim: a cell or a constant, added or subtracted.
 *
 * @param negative whether the term is subtracted
 * @param layoutId the table layout of the cell, or {@code null} for a constant
 * @param cell     the cell, as its format defines it, or {@code null} for a constant
 * @param constant the constant's value when there is no cell
 * @param label    how messages name the cell ("本年新收", "自然人"), or ""
 * @param previous whether the cell is one of last year's report
 */
record Term(boolean negative, String layoutId, CellSpec cell, long constant, String label, boolean previous) {

    /** The layouts whose cells the terms read, e.g. {@code t3}, or {@code t3} and {@code t4}. */
    @SafeVarargs
    static Set<String> layoutsOf(List<Term>... sides) {
        Set<String> layouts = new HashSet<>();
        for (List<Term> side : sides) {
            for (Term term : side) {
                if (term.layoutId() != null) {
                    layouts.add(term.layoutId());
                }
            }
        }
        return Set.copyOf(layouts);
    }

    /**
     * The cell this term reads, in this year's tables or (for a {@code prev.} term) last year's, by layout id; {@code
     * null} when the report lacks the table or the cell.
     */
    Cell cellIn(Map<String, Table> tables, Map<String, Table> previousTables) {
        Table table = (previous ? previousTables : tables).get(layoutId);
        return table == null ? null : table.cell(cell);
    }
}
