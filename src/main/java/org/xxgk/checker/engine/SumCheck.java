package org.xxgk.checker.engine;

import org.xxgk.checker.report.Cell;

import java.math.BigDecimal;
import java.util.List;

/**
 * A relation of the relation tables evaluated on one report: both sides with their values, and whether it holds.
 * Those that do not hold are facts, which rules match ({@code $check : SumCheck(rule == "ARI-04")}), their
 * messages quoting its parts.
 *
 * @param rule        the id of the rule that reports it
 * @param key         unique name of the relation instance, e.g. {@code 2021:ARI-01/natural_person}
 * @param scope       what it is about, e.g. "自然人列" or "行政复议"
 * @param operator    "=", "≥" or "≤"
 * @param holds       whether the relation holds
 * @param leftSide    the terms left of the operator
 * @param rightSide   the terms right of the operator
 * @param cells       the cells involved, those of the right side first (of the report checked: a cross-year
 *                    relation names last year's cells in its message only)
 * @param assumedZero cells without a number that were counted as 0
 */
public record SumCheck(String rule, String key, String scope, String operator, boolean holds, SumSide leftSide,
                       SumSide rightSide, List<Cell> cells, List<Cell> assumedZero) implements Comparison {

    /** For "=": the left side, what the parts add up to; for "≥" and "≤": the bound on the right. */
    @Override
    public BigDecimal expected() {
        return operator.equals("=") ? leftSide.sum() : rightSide.sum();
    }

    /** For "=": the right side, the printed total; for "≥" and "≤": the value on the left. */
    @Override
    public BigDecimal actual() {
        return operator.equals("=") ? rightSide.sum() : leftSide.sum();
    }

    /** The left side's sum minus the right side's: 0 when an equation holds. */
    public BigDecimal difference() {
        return leftSide.sum().subtract(rightSide.sum());
    }

    /** How a cell of the report counts in {@link #difference()}: 1 as a part on the left, −1 as the total, 0 if absent. */
    int weight(Cell cell) {
        return leftSide.weight(cell.spec()) - rightSide.weight(cell.spec());
    }

    /** The left side with its values, e.g. "8+4+12+0=24". */
    public String left() {
        return leftSide.text(false);
    }

    /** The left side with names, e.g. "本年新收545+上年结转23=568". */
    public String leftLabeled() {
        return leftSide.text(true);
    }

    public String right() {
        return rightSide.text(false);
    }

    public String rightLabeled() {
        return rightSide.text(true);
    }

    /** Hashes by relation only: Drools hashes facts, and hashing every cell would be slow. */
    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
