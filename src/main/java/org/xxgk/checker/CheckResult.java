package org.xxgk.checker;

import org.xxgk.checker.report.Report;

import java.util.List;

/**
 * The outcome of checking one report.
 *
 * @param source   where the report came from (a path, a file name or a caller's label)
 * @param report   the report as read
 * @param findings what the rules found, most serious first
 */
public record CheckResult(String source, Report report, List<Finding> findings) {

    public Verdict verdict() {
        return count(Severity.ERROR) > 0 ? Verdict.FAIL : Verdict.PASS;
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
