package org.xxgk.checker.engine;

import org.xxgk.checker.report.Cell;

import java.math.BigDecimal;
import java.util.List;

/**
 * A relation of the relation tables evaluated on one report: both sides with their values, and whether it holds.
 * Rules match it ({@code SumCheck(rule == "ARI-04", !holds)}) and their messages quote its parts.
 *
 * @param rule         the id of the rule that reports it
 * @param key          unique name of the relation instance, e.g. {@code ARI-01/natural_person}
 * @param scope        what it is about, e.g. "自然人列" or "行政复议"
 * @param operator     "=", "≥" or "≤"
 * @param holds        whether the relation holds
 * @param expected     for "=": the left side, what the parts add up to; for "≥"/"≤": the bound on the right
 * @param actual       for "=": the right side, the printed total; for "≥"/"≤": the value on the left
 * @param left         the left side with its values, e.g. "8+4+12+0=24"
 * @param leftLabeled  the left side with names, e.g. "本年新收545+上年结转23=568"
 * @param right        the right side with its values, e.g. "25"
 * @param rightLabeled the right side with names
 * @param cells        the cells involved, those of the right side first
 * @param assumedZero  cells without a number that were counted as 0
 */
public record SumCheck(String rule, String key, String scope, String operator, boolean holds, BigDecimal expected,
                       BigDecimal actual, String left, String leftLabeled, String right, String rightLabeled,
                       List<Cell> cells, List<Cell> assumedZero) {
}
