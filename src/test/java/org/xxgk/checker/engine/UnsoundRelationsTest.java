package org.xxgk.checker.engine;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.ingest.ReportReader;
import org.xxgk.checker.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules see only the relations that fail or count a blank as 0, found by a quick pass over whole numbers: on
 * every report of the fixtures, exactly those of the full evaluation, built the same way.
 */
class UnsoundRelationsTest {

    @Test
    void theQuickPassKeepsExactlyTheRelationsThatFailOrCountABlank() throws IOException {
        FormatCatalog formats = TestRules.checker().ruleSet().formats();
        List<FileProblem> problems = new ArrayList<>();
        RelationTable relations = RelationLoader.load(TestRules.RULES.resolve("relations"), formats, TestRules.RULES,
                problems);
        assertThat(problems).isEmpty();
        ReportReader reader = new ReportReader(formats, TestRules.checker().ruleSet().bodyNameEndings());

        List<Path> reports;
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            reports = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        int unsound = 0;
        for (Path file : reports) {
            Report report = reader.read(file, ReportReader.DEFAULT_MAX_BYTES);
            List<String> expected = relations.evaluate(report).stream()
                    .filter(check -> !check.holds() || !check.assumedZero().isEmpty())
                    .map(UnsoundRelationsTest::describe).toList();
            assertThat(relations.evaluateUnsound(report).stream().map(UnsoundRelationsTest::describe).toList())
                    .as(file.toString()).isEqualTo(expected);
            unsound += expected.size();
        }
        // the fixtures hold failing relations, blanks, dashes and fractions: the comparison is not vacuous
        assertThat(reports).hasSizeGreaterThan(100);
        assertThat(unsound).isGreaterThan(50);
    }

    private static String describe(SumCheck check) {
        return check.rule() + " " + check.key() + " " + check.holds() + " " + check.left() + " " + check.operator()
                + " " + check.right() + " " + check.cells() + " " + check.assumedZero();
    }
}
