package org.xxgk.checker.engine;

import org.xxgk.checker.PreviousReport;
import org.xxgk.checker.ingest.BodyName;
import org.xxgk.checker.narrative.ProseSimilarity;
import org.xxgk.checker.report.Report;

import java.util.List;

/**
 * This year's report beside last year's, as one fact: the cross-year relations that do not hold, those that could
 * not be evaluated, and how much prose the two share. Without a report of last year to compare with (none given,
 * none found, one that cannot be read or is of another year) it is not {@link #comparable}, and {@link #missing}
 * says why: every cross-year rule then reports that it could not assess, rather than passing.
 */
public final class CrossYear {
    private final Report report;
    private final PreviousReport previous;
    private final String missing;
    private final List<SumCheck> failures;
    private final List<CrossYearGap> gaps;

    private CrossYear(Report report, PreviousReport previous, String missing, List<SumCheck> failures,
                      List<CrossYearGap> gaps) {
        this.report = report;
        this.previous = previous;
        this.missing = missing;
        this.failures = List.copyOf(failures);
        this.gaps = List.copyOf(gaps);
    }

    /** The reports compared: the relations evaluated and those that could not be. */
    static CrossYear compared(Report report, PreviousReport previous, List<SumCheck> checks, List<CrossYearGap> gaps) {
        return new CrossYear(report, previous, null, checks.stream().filter(check -> !check.holds()).toList(), gaps);
    }

    /** No comparison, for this reason. */
    static CrossYear notComparable(String reason) {
        return new CrossYear(null, null, reason, List.of(), List.of());
    }

    /** Why the report cannot be compared with what was found of last year, or {@code null} when it can. */
    static String whyNotComparable(Report report, PreviousReport previous) {
        if (!previous.present()) {
            return previous.absence();
        }
        Report last = previous.report();
        if (!last.readable()) {
            return "所给的上一年度年报“" + fileName(previous.source()) + "”无法作为年报读取";
        }
        if (last.year() == null || report.year() == null) {
            // paired directly, the two must still be a year apart: without the years that cannot be told
            return (last.year() == null ? "所给的上一年度年报" + name(previous) : "本年报告") + "的标题中没有年度，无法确认相差一年";
        }
        if (last.year() != report.year() - 1) {
            return "所给的上一年度年报" + name(previous) + "是" + last.year() + "年度的，本年报告是" + report.year() + "年度的";
        }
        return null;
    }

    /** Whether last year's report is there to compare with. */
    public boolean comparable() {
        return missing == null;
    }

    /** Why there is no comparison, e.g. "未提供上一年度的年报"; {@code null} when there is one. */
    public String missing() {
        return missing;
    }

    /**
     * When last year's report was paired directly and names another body than this one (as a search of last year's
     * reports would not match them), the two names; {@code null} otherwise. The two are still compared: the user chose
     * the pair, and a body renamed or written short ("市场监管局") is the same body.
     */
    public String otherBody() {
        if (!comparable()) {
            return null;
        }
        String last = previous.report().organization();
        String now = report.organization();
        return last.isBlank() || now.isBlank() || BodyName.sameBody(last, now) ? null
                : "所给的上一年度年报" + name(previous) + "是“" + last + "”的，本年报告是“" + now + "”的";
    }

    /** Last year's report as messages name it: its title in 《》, or its file name when it has no title. */
    public String previousName() {
        return previous == null ? "" : name(previous);
    }

    /** The cross-year relations that do not hold. */
    public List<SumCheck> failures() {
        return failures;
    }

    /** What could not be compared, and why. */
    public List<CrossYearGap> gaps() {
        return gaps;
    }

    /**
     * How much of the prose the two reports share, in whole percent (rounded down), comparing runs of
     * {@code shingle} characters; 0 without a comparison.
     */
    public int similarity(int shingle) {
        return comparable() ? ProseSimilarity.percent(report, previous.report(), shingle) : 0;
    }

    private static String name(PreviousReport previous) {
        String title = previous.report().title();
        return title.isBlank() ? "“" + fileName(previous.source()) + "”" : "《" + title + "》";
    }

    /** The last part of a path as given: messages name the file, not where it happened to be. */
    private static String fileName(String source) {
        String text = String.valueOf(source);
        return text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1);
    }
}
