package org.xxgk.checker.engine;

import org.xxgk.checker.report.Cell;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number compared with another: a relation of the tables or a claim of the prose. A finding whose rule binds one
 * carries its cells, its expected and its actual value.
 */
public interface Comparison {

    /** The cells compared. */
    List<Cell> cells();

    /** The value that was called for. */
    BigDecimal expected();

    /** The value the report has. */
    BigDecimal actual();

    /** 1-based line of the comparison's source when it is not a cell (the claim's sentence), else 0. */
    default int line() {
        return 0;
    }
}
