package org.xxgk.checker.conformance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A finding a fixture must produce; only what is given is compared.
 *
 * @param ruleId   the rule, or {@code null} for the fixture's own
 * @param message  a part of the message, or {@code null}
 * @param cells    cells the finding must name, with their values ({@code null} for a cell without a number)
 * @param expected the expected number, or {@code null}
 * @param actual   the actual number, or {@code null}
 */
public record ExpectedFinding(String ruleId, String message, Map<String, BigDecimal> cells, BigDecimal expected,
                              BigDecimal actual) {
}
