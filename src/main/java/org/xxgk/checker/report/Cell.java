package org.xxgk.checker.report;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.ValueType;

import java.math.BigDecimal;

/**
 * A table cell as read: which cell of the format it is, what was printed and what number that is.
 *
 * @param spec     the cell of the format
 * @param raw      the printed text, trimmed
 * @param state    whether it held a number, nothing, a dash or other text
 * @param value    the number, or {@code null} unless {@code state} is {@link CellState#NUMBER}
 * @param unit     a unit printed with the number (e.g. "元"), or ""
 * @param location where the cell stands in the source
 */
public record Cell(CellSpec spec, String raw, CellState state, BigDecimal value, String unit, Location location) {

    public String id() {
        return spec.id();
    }

    public String row() {
        return spec.row().id();
    }

    public String column() {
        return spec.column().id();
    }

    /** The cell's row and column labels, e.g. "（三）不予公开 1.属于国家秘密/自然人". */
    public String label() {
        return spec.label();
    }

    public ValueType type() {
        return spec.column().type();
    }

    public int line() {
        return location.line();
    }

    public boolean isNumber() {
        return state == CellState.NUMBER;
    }

    /** Blank or a dash: no number where one is required. */
    public boolean isBlank() {
        return state == CellState.BLANK || state == CellState.DASH;
    }

    public boolean isNegative() {
        return value != null && value.signum() < 0;
    }

    public boolean isInteger() {
        return value != null && (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0);
    }

    /** Digits after the decimal point that carry precision (79.6954 → 4): trailing zeros add none (79.69540 → 4). */
    public int decimals() {
        return value == null ? 0 : Math.max(0, value.stripTrailingZeros().scale());
    }

    /** The value for arithmetic: the number, or 0 for a cell without one. */
    public BigDecimal amount() {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Hashes by id and place only: Drools hashes the values of {@code from}, and a deep record hash is slow. */
    @Override
    public int hashCode() {
        return 31 * spec.id().hashCode() + location.hashCode();
    }
}
