package org.xxgk.checker;

import java.math.BigDecimal;
import java.util.List;

/**
 * One defect or hint found in a report by one rule.
 *
 * @param ruleId   the rule's id from the catalogue, e.g. {@code ARI-04}
 * @param severity how serious it is
 * @param title    the rule's title
 * @param message  what was found, with the values compared
 * @param clause   the provision the rule enforces
 * @param cells    the table cells involved
 * @param expected the number the relation called for, on arithmetic findings
 * @param actual   the number the report has, on arithmetic findings
 * @param line     1-based line where the finding's evidence starts, or 0
 */
public record Finding(String ruleId, Severity severity, String title, String message, String clause,
                      List<FindingCell> cells, BigDecimal expected, BigDecimal actual, int line) {
}
