package org.xxgk.checker.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatLoader;
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

    /**
     * A report read with another rule set's format, whose 表四 lists its rows in another order (行政复议 last): the same
     * cell ids stand in other slots, which the quick pass must not read as its own. The seed with 行政复议's total
     * wrong fails ARI-04; read by the slots of its own layout, 行政复议's would be another row's cells, which add up.
     */
    @Test
    void aReportReadInAnotherRuleSetsLayoutIsNotReadBySlot(@TempDir Path temp) throws Exception {
        FormatCatalog formats = TestRules.checker().ruleSet().formats();
        List<FileProblem> problems = new ArrayList<>();
        RelationTable relations = RelationLoader.load(TestRules.RULES.resolve("relations"), formats, TestRules.RULES,
                problems);
        assertThat(problems).isEmpty();
        String review = "      - {id: review, label: 行政复议}\n";
        for (String year : List.of("2019", "2021")) {
            String text = Files.readString(TestRules.RULES.resolve("formats/" + year + "/format.yaml"));
            assertThat(text).contains(review, "      - {id: suit_after_review");
            Files.createDirectories(temp.resolve(year));
            Files.writeString(temp.resolve(year + "/format.yaml"), text.replace(review, "")
                    .replace("      - {id: suit_after_review", review + "      - {id: suit_after_review"));
        }
        FormatCatalog reordered = FormatLoader.load(temp, temp);
        Report report = new ReportReader(reordered, TestRules.checker().ruleSet().bodyNameEndings())
                .read(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"), ReportReader.DEFAULT_MAX_BYTES);

        List<String> expected = relations.evaluate(report).stream()
                .filter(check -> !check.holds() || !check.assumedZero().isEmpty())
                .map(UnsoundRelationsTest::describe).toList();
        assertThat(expected).anyMatch(check -> check.startsWith("ARI-04 "));
        assertThat(relations.evaluateUnsound(report).stream().map(UnsoundRelationsTest::describe).toList())
                .isEqualTo(expected);
    }

    private static String describe(SumCheck check) {
        return check.rule() + " " + check.key() + " " + check.holds() + " " + check.left() + " " + check.operator()
                + " " + check.right() + " " + check.cells() + " " + check.assumedZero();
    }
}
