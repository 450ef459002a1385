package org.xxgk.checker.ingest;

import org.xxgk.checker.report.CellState;

import java.math.BigDecimal;

/**
 * What a printed cell means.
 *
 * @param state whether it is a number, blank, a dash or other text
 * @param value the number, or {@code null}
 * @param unit  the unit printed after the number, or ""
 */
record CellValue(CellState state, BigDecimal value, String unit) {
}
