package org.xxgk.checker.engine;

import org.xxgk.checker.format.CellSpec;

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
}
