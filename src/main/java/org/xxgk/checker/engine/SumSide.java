package org.xxgk.checker.engine;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One side of an evaluated relation: its terms, their values and their sum. The printed forms are made only when
 * a message asks for them, since most relations hold and are never printed.
 */
public final class SumSide {
    private final List<Term> terms;
    private final List<BigDecimal> values;
    private final BigDecimal sum;

    SumSide(List<Term> terms, List<BigDecimal> values, BigDecimal sum) {
        this.terms = terms;
        this.values = values;
        this.sum = sum;
    }

    /**
     * The side's values and sum on a report's tables, adding its cells to the lists given.
     *
     * @param tables         the report's tables by layout id
     * @param previousTables last year's report's tables by layout id, for the terms written {@code prev.}
     * @param cells          collects the cells read of the report (not last year's: they stand in another source)
     * @param assumedZero    collects the cells without a number, which count as 0
     * @return the side, or {@code null} when a table or cell is missing
     */
    static SumSide of(List<Term> terms, Map<String, Table> tables, Map<String, Table> previousTables, List<Cell> cells,
                      List<Cell> assumedZero) {
        List<BigDecimal> values = new ArrayList<>(terms.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (Term term : terms) {
            BigDecimal value;
            if (term.cell() == null) {
                value = BigDecimal.valueOf(term.constant());
            } else {
                Cell cell = term.cellIn(tables, previousTables);
                if (cell == null) {
                    return null;
                }
                if (!term.previous()) {
                    cells.add(cell);
                }
                if (!cell.isNumber()) {
                    assumedZero.add(cell);
                }
                value = cell.amount();
            }
            values.add(value);
            sum = term.negative() ? sum.subtract(value) : sum.add(value);
        }
        return new SumSide(terms, values, sum);
    }

    /** How often a cell of the report is added on this side, less how often it is subtracted. */
    int weight(CellSpec cell) {
        int weight = 0;
        for (Term term : terms) {
            if (!term.previous() && term.cell() != null && term.cell().id().equals(cell.id())) {
                weight += term.negative() ? -1 : 1;
            }
        }
        return weight;
    }

    public BigDecimal sum() {
        return sum;
    }

    /** "8+4+12+0=24", or with names "本年新收545+上年结转23=568"; a single term is just its value. */
    public String text(boolean labeled) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (term.negative()) {
                text.append('−');
            } else if (i > 0) {
                text.append('+');
            }
            if (labeled) {
                text.append(term.label());
            }
            BigDecimal value = values.get(i);
            text.append(value.signum() < 0 && i > 0 ? "(" + number(value) + ")" : number(value));
        }
        if (terms.size() > 1) {
            text.append('=').append(number(sum));
        }
        return text.toString();
    }

    /** A number as messages print it, with the same minus sign (−) as between the terms. */
    private static String number(BigDecimal value) {
        return value.signum() < 0 ? "−" + value.negate().toPlainString() : value.toPlainString();
    }
}
