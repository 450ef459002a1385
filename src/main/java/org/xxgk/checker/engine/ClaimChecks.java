package org.xxgk.checker.engine;

import java.util.List;

/**
 * The prose's claims compared with the tables, as one fact: the XC rules take those that do not hold, which a
 * consistent report has none of.
 */
public final class ClaimChecks {
    private final List<ClaimCheck> checks;
    private final List<ClaimCheck> failures;

    ClaimChecks(List<ClaimCheck> checks) {
        this.checks = List.copyOf(checks);
        this.failures = checks.stream().filter(check -> !check.holds()).toList();
    }

    public List<ClaimCheck> checks() {
        return checks;
    }

    /** The claims the tables contradict. */
    public List<ClaimCheck> failures() {
        return failures;
    }
}
