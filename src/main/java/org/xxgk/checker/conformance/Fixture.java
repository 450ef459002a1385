package org.xxgk.checker.conformance;

import org.xxgk.checker.CheckOptions;

import java.nio.file.Path;
import java.util.List;

/**
 * A report written to test one rule.
 *
 * @param ruleId   the rule under test (the fixture's folder name), or {@code null} for a whole report whose
 *                 every finding is expected
 * @param file     the report file
 * @param fires    whether the rule must fire ({@code fail-*}) or stay quiet ({@code pass-*})
 * @param expected for a failing fixture, the rule's findings that must appear, and no others
 * @param options  how to check it (the {@code options} of its expectation file)
 * @param previous last year's report to check it beside ({@code <name>.previous.txt}), or {@code null}
 */
public record Fixture(String ruleId, Path file, boolean fires, List<ExpectedFinding> expected, CheckOptions options,
                      Path previous) {

    /** "ARI-04/fail-review-total", how runs name the fixture. */
    public String name() {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String name = dot > 0 ? fileName.substring(0, dot) : fileName;
        return ruleId == null ? name : ruleId + "/" + name;
    }
}
