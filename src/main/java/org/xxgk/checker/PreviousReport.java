package org.xxgk.checker;

import org.xxgk.checker.report.Report;

/**
 * Last year's report of the body whose report is checked, or why there is none; the cross-year rules (XC-01, XC-02,
 * NAR-03) compare the two, or say why they could not.
 *
 * @param source  where last year's report was read from (a path or a caller's label), or {@code null}
 * @param report  last year's report as read, or {@code null} when there is none
 * @param absence why there is none, in words for a finding, or {@code null} when there is one
 */
public record PreviousReport(String source, Report report, String absence) {

    public PreviousReport {
        if ((report == null) == (absence == null)) {
            throw new IllegalArgumentException("a previous report is either found or absent for a reason");
        }
    }

    /** Last year's report, read from {@code source}. */
    public static PreviousReport of(String source, Report report) {
        return new PreviousReport(source, report, null);
    }

    /** No report of last year, for this reason (e.g. "未提供上一年度的年报"). */
    public static PreviousReport absent(String reason) {
        return new PreviousReport(null, null, reason);
    }

    public boolean present() {
        return report != null;
    }
}
