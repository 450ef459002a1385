package org.xxgk.checker;

import org.xxgk.checker.report.Report;

/**
 * Finds last year's report for a report. It is asked only once the report has been read, because only then are its
 * body and year known: a caller checking many reports supplies a lookup ({@link PreviousReportIndex}), a caller
 * checking one pair supplies that one report ({@link #always}).
 */
@FunctionalInterface
public interface PreviousReports {
    /** No reports of last year: the cross-year rules say they could not assess. */
    PreviousReports NONE = report -> PreviousReport.absent("未提供上一年度的年报");

    /** Last year's report of the body that wrote {@code report}, or why there is none. Must be thread-safe. */
    PreviousReport previousOf(Report report);

    /** The same report of last year for every report checked: an explicit pair. */
    static PreviousReports always(PreviousReport previous) {
        return report -> previous;
    }
}
