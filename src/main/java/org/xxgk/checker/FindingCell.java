package org.xxgk.checker;

import org.xxgk.checker.report.Location;

import java.math.BigDecimal;

/**
 * A table cell a finding involves.
 *
 * @param id    the cell id, e.g. {@code t4.review.total}
 * @param label the cell's row and column labels
 * @param value the number in the cell, or {@code null} when it held none
 * @param raw   the text printed in the cell
 * @param line   1-based line of the source where the cell stands (of a web page or Word file: of the text it is
 *               read as)
 * @param column 1-based column where the cell starts in that line, or 0
 * @param tableCell the cell's table, row and column in a web page or Word file; {@code null} for a text source
 */
public record FindingCell(String id, String label, BigDecimal value, String raw, int line, int column,
                          Location.TableCell tableCell) {
}
