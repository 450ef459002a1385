package org.xxgk.checker.engine;

import org.xxgk.checker.narrative.Claim;
import org.xxgk.checker.report.Cell;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number the prose states, compared with the table. Those that do not hold are facts, which XC rules match
 * ({@code $check : ClaimCheck(rule == "XC-04")}).
 *
 * @param claim    the claim
 * @param holds    whether the prose and the table agree (for a percentage: whether it follows from its operands)
 * @param expected what the table says (for a percentage: the percentage recomputed, rounded as printed)
 * @param alsoExpected for a percentage whose denominator has another definition ({@code also_compare}), the
 *                 percentage that one gives when it differs, rounded as printed; else {@code null}
 * @param actual   what the prose says
 * @param cells    the table cells compared
 * @param assumedZero the cells without a number that were counted as 0, which messages name
 */
public record ClaimCheck(Claim claim, boolean holds, BigDecimal expected, BigDecimal alsoExpected, BigDecimal actual,
                         List<Cell> cells, List<Cell> assumedZero) implements Comparison {

    public String rule() {
        return claim.rule();
    }

    /** The line of the sentence that makes the claim. */
    @Override
    public int line() {
        return claim.line();
    }

    /** Hashes by claim only: Drools hashes facts, and hashing every cell would be slow. */
    @Override
    public int hashCode() {
        return claim.hashCode();
    }
}
