package org.xxgk.checker.engine;

import org.xxgk.checker.report.Cell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The relations of the relation tables evaluated on one report, as one fact for the rules about all of them
 * (ARI-14: blank cells counted as 0). The relations that do not hold are facts of their own, which the ARI rules
 * match ({@code $check : SumCheck(rule == "ARI-04")}).
 */
public final class Arithmetic {
    private final List<SumCheck> failures;
    private final List<Cell> assumedZero;

    /** @param checks the relations evaluated: at least every one that fails or counts a cell without a number as 0 */
    Arithmetic(List<SumCheck> checks) {
        List<SumCheck> failing = new ArrayList<>();
        Set<Cell> blank = new LinkedHashSet<>();
        for (SumCheck check : checks) {
            if (!check.holds()) {
                failing.add(check);
            }
            blank.addAll(check.assumedZero());
        }
        this.failures = List.copyOf(failing);
        this.assumedZero = List.copyOf(blank);
    }

    /** The relations that do not hold. */
    public List<SumCheck> failures() {
        return failures;
    }

    /** The cells without a number that some relation counted as 0. */
    public List<Cell> assumedZero() {
        return assumedZero;
    }
}
