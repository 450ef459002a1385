package org.xxgk.checker;

import org.xxgk.checker.engine.Profile;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.engine.RuleSetException;
import org.xxgk.checker.engine.RuleSetLoader;
import org.xxgk.checker.ingest.ReportReader;
import org.xxgk.checker.report.Report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Checks annual reports against a rule set. Build it once from a rule directory (compiling the rules takes a
 * second or two), then call {@code check} as often as needed, from any number of threads.
 *
 * <pre>{@code
 * Checker checker = Checker.load(Path.of("rules"));
 * CheckResult result = checker.check(Path.of("report.txt"));
 * result.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.message()));
 * }</pre>
 */
public final class Checker {
    private final RuleSet ruleSet;
    private final ReportReader reader;

    private Checker(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.reader = new ReportReader(ruleSet.formats(), ruleSet.bodyNameEndings());
    }

    /** A checker with the rules of a directory; throws when a rule file is broken, naming the file and line. */
    public static Checker load(Path rulesDirectory) throws RuleSetException {
        return new Checker(RuleSetLoader.load(rulesDirectory));
    }

    /**
     * A checker for a few reports: as {@link #load}, but with rules compiled by an earlier run read from the cache
     * when there are any ({@code XXGK_CACHE}), which saves about a second; over thousands of reports such rules may
     * run slower.
     */
    public static Checker loadQuickly(Path rulesDirectory) throws RuleSetException {
        return new Checker(RuleSetLoader.loadQuickly(rulesDirectory));
    }

    /** A checker with a rule set already loaded. */
    public static Checker of(RuleSet ruleSet) {
        return new Checker(ruleSet);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Checks a report file; throws only when the file cannot be opened. */
    public CheckResult check(Path file) throws IOException {
        return check(file, CheckOptions.DEFAULT);
    }

    public CheckResult check(Path file, CheckOptions options) throws IOException {
        return check(read(file, options), file.toString(), options);
    }

    /** Reads a report file as {@code check} does, without checking it (e.g. last year's report, to compare with). */
    public Report read(Path file, CheckOptions options) throws IOException {
        return reader.read(file, options.maxBytes());
    }

    /** Reads a report's bytes as {@code check} does, without checking it (e.g. last year's report, uploaded). */
    public Report read(byte[] bytes, CheckOptions options) {
        return reader.read(bytes, options.maxBytes());
    }

    /** Checks a report read from a stream, which is not closed; {@code source} names it, as a file is named. */
    public CheckResult check(InputStream in, String source, CheckOptions options) throws IOException {
        return check(reader.read(in, options.maxBytes(), source), source, options);
    }

    /** Checks a report's bytes, whatever their encoding; {@code source} names them, as a file is named. */
    public CheckResult check(byte[] bytes, String source, CheckOptions options) {
        return check(bytes, source, null, options);
    }

    /**
     * Checks a report's bytes that came under a file name or media type besides {@code source}, which names them as
     * a file is named ({@code declared}: "年报.pdf", "application/pdf"). What they are is told from their content;
     * what they were named or declared as only words why they cannot be read.
     */
    public CheckResult check(byte[] bytes, String source, String declared, CheckOptions options) {
        return check(reader.read(bytes, options.maxBytes(), source, declared), source, options);
    }

    /** Checks a report's text. */
    public CheckResult check(String text, String source) {
        return check(reader.read(text), source, CheckOptions.DEFAULT);
    }

    /** Checks a report that is already built, e.g. one read from the JSON of the report model. */
    public CheckResult check(Report report, String source, CheckOptions options) {
        Profile profile = profile(options);
        return new CheckResult(source, report, ruleSet.findings(report, ruleSet.prose(report), options.published(),
                options.previous().previousOf(report), profile));
    }

    /**
     * The profile a check runs with: the options' profile, with their skipped rules switched off too.
     *
     * @throws IllegalArgumentException naming the profile or rule id that does not exist
     */
    public Profile profile(CheckOptions options) {
        Profile profile = Profile.NONE;
        if (options.profile() != null) {
            profile = ruleSet.profiles().get(options.profile());
            if (profile == null) {
                throw new IllegalArgumentException("规则集中没有配置“" + options.profile() + "”（已有："
                        + String.join("、", ruleSet.profiles().keySet()) + "）");
            }
        }
        for (String rule : options.skip()) {
            if (!ruleSet.ruleIds().contains(rule)) {
                throw new IllegalArgumentException("要跳过的规则编号“" + rule + "”不存在");
            }
        }
        return profile.skipping(options.skip());
    }
}
