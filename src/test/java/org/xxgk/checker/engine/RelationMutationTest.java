package org.xxgk.checker.engine;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.FindingCell;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One wrong number in the seed makes exactly the relations that contain it fail, each reported by its rule with
 * the cell, the expected and the actual value; the seed itself, and every mutant set right again, are quiet.
 */
class RelationMutationTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String SUSPECT_CELL = "ARI-15";

    @Test
    void theSeedBreaksNoRelation() {
        CheckResult seed = CHECKER.check(TestRules.seed(), "seed");
        assertThat(seed.findings()).noneMatch(finding -> finding.ruleId().startsWith("ARI"));
        assertThat(CHECKER.ruleSet().sumChecks(seed.report())).hasSizeGreaterThan(40).allMatch(SumCheck::holds);
    }

    /** The relations A1–A4 of the format, one hand-picked mutant each, with the findings worked out by hand. */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            // A1 (column natural_person) and A3 (row third_party): 80+…+95+… = 558 ≠ 557; 95+0+…=95 ≠ 94
            "A1;t3.results.denied.third_party.natural_person;95;ARI-01:自然人列:558:557|ARI-03:4.保护第三方合法权益:95:94",
            // A2 (column natural_person): 546+23=569 ≠ 557+11=568; A3 row new: 546 ≠ 545
            "A2;t3.applications.new.natural_person;546;ARI-02:自然人列:569:568|ARI-03:本年新收:546:545",
            // A3 (row results.total) and A1, A2 on the total column: the printed total alone is wrong
            "A3;t3.results.total.total;556;ARI-03:（七）总计:557:556|ARI-01:总计列:557:556|ARI-02:总计列:568:567",
            // A4: 9+4+12+0 = 25 ≠ 24
            "A4 review;t4.review.upheld;9;ARI-04:行政复议:25:24",
            "A4 direct suit;t4.suit_direct.total;3;ARI-05:未经复议直接起诉:0:3",
            "A4 suit after review;t4.suit_after_review.pending;2;ARI-06:复议后起诉:5:4"})
    void oneWrongNumberFiresExactlyItsRelations(String relation, String cellId, String value, String expected) {
        Report seed = CHECKER.check(TestRules.seed(), "seed").report();
        String mutant = Mutants.replace(TestRules.seed(), cell(seed, cellId), value);

        List<Finding> arithmetic = arithmetic(CHECKER.check(mutant, "mutant"));

        String[] findings = expected.split("\\|");
        assertThat(arithmetic).as(relation).hasSize(findings.length);
        for (String finding : findings) {
            String[] part = finding.split(":");
            assertThat(arithmetic).as(finding).anySatisfy(found -> {
                assertThat(found.ruleId()).isEqualTo(part[0]);
                assertThat(found.message()).contains(part[1]);
                assertThat(found.expected()).isEqualByComparingTo(part[2]);
                assertThat(found.actual()).isEqualByComparingTo(part[3]);
                assertThat(found.cells()).extracting(FindingCell::id).contains(cellId);
            });
        }
        assertThat(arithmetic(CHECKER.check(Mutants.restore(mutant, TestRules.seed(), cell(seed, cellId)), "fixed")))
                .isEmpty();
    }

    /** Every number of tables 三 and 四, raised by one: exactly the relations containing that cell fail. */
    @TestFactory
    Stream<DynamicTest> everyCellOfTheSumTablesCanMakeItsRelationsFire() {
        Report seed = CHECKER.check(TestRules.seed(), "seed").report();
        List<SumCheck> relations = CHECKER.ruleSet().sumChecks(seed);
        return Stream.of(seed.table("t3"), seed.table("t4"))
                .flatMap(table -> table.cellList().stream())
                .map(cell -> DynamicTest.dynamicTest(cell.id(), () -> {
                    String mutant = Mutants.replace(TestRules.seed(), cell, cell.value().add(BigDecimal.ONE).toPlainString());
                    // an equation breaks when one of its cells changes; an inequality may still hold
                    Set<String> expected = relations.stream()
                            .filter(check -> check.operator().equals("="))
                            .filter(check -> check.cells().stream().anyMatch(c -> c.id().equals(cell.id())))
                            .map(check -> check.rule() + " " + check.scope())
                            .collect(Collectors.toSet());
                    List<Finding> found = arithmetic(CHECKER.check(mutant, cell.id()));

                    assertThat(expected).isNotEmpty();
                    assertThat(found).hasSize(expected.size());
                    assertThat(found).allSatisfy(finding -> {
                        assertThat(finding.cells()).extracting(FindingCell::id).contains(cell.id());
                        assertThat(finding.expected().subtract(finding.actual()).abs()).isEqualByComparingTo(BigDecimal.ONE);
                        assertThat(expected).anyMatch(e -> e.startsWith(finding.ruleId() + " ")
                                && finding.message().contains(e.substring(e.indexOf(' ') + 1)));
                    });
                }));
    }

    /**
     * Every number of tables 三 and 四, raised by one: when that makes two or more relations fail, ARI-15 names that
     * cell alone, with its value before the change as the one expected; when one fails, any of its cells could be
     * wrong, and ARI-15 is quiet.
     */
    @TestFactory
    Stream<DynamicTest> theOneWrongCellIsNamedWhenSeveralRelationsFail() {
        Report seed = CHECKER.check(TestRules.seed(), "seed").report();
        return Stream.of(seed.table("t3"), seed.table("t4"))
                .flatMap(table -> table.cellList().stream())
                .map(cell -> DynamicTest.dynamicTest(cell.id(), () -> {
                    BigDecimal raised = cell.value().add(BigDecimal.ONE);
                    CheckResult mutant = CHECKER.check(Mutants.replace(TestRules.seed(), cell, raised.toPlainString()), cell.id());
                    List<Finding> suspects = mutant.findings().stream()
                            .filter(finding -> finding.ruleId().equals(SUSPECT_CELL)).toList();

                    if (arithmetic(mutant).size() < 2) {
                        assertThat(suspects).isEmpty();
                    } else {
                        assertThat(suspects).singleElement().satisfies(suspect -> {
                            assertThat(suspect.cells()).extracting(FindingCell::id).containsExactly(cell.id());
                            assertThat(suspect.expected()).isEqualByComparingTo(cell.value());
                            assertThat(suspect.actual()).isEqualByComparingTo(raised);
                        });
                    }
                }));
    }

    /**
     * A report on 2019 or 2020 follows the trial format, and its findings cite that format, not the one of 2021; a
     * title without its year leaves the format the tables follow.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"fixtures/reports/2020-laocheng-trial-format.txt,'',〔2019〕60号",
            "fixtures/reports/2020-laocheng-trial-format.txt,2020 年,〔2019〕60号",
            "fixtures/reports/2024-laocheng.txt,'',〔2021〕30号"})
    void sumFindingsCiteTheFormatTheReportFollows(String file, String titleYear, String format) throws java.io.IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(file));
        text = titleYear.isEmpty() ? text : text.replaceFirst(titleYear, "");
        Cell cell = cell(CHECKER.check(text, file).report(), "t3.results.granted.natural_person");

        CheckResult mutant = CHECKER.check(Mutants.replace(text, cell, cell.value().add(BigDecimal.ONE).toPlainString()), file);

        assertThat(mutant.findings()).filteredOn(finding -> finding.ruleId().startsWith("ARI"))
                .extracting(Finding::ruleId).contains("ARI-01", "ARI-03", SUSPECT_CELL);
        assertThat(mutant.findings()).filteredOn(finding -> finding.ruleId().startsWith("ARI"))
                .allSatisfy(finding -> assertThat(finding.clause()).contains(format));
    }

    /** The findings of the relations: every ARI rule but the one that names a suspect cell. */
    private static List<Finding> arithmetic(CheckResult result) {
        return result.findings().stream()
                .filter(finding -> finding.ruleId().startsWith("ARI") && !finding.ruleId().equals(SUSPECT_CELL))
                .toList();
    }

    private static Cell cell(Report report, String cellId) {
        String table = cellId.substring(0, cellId.indexOf('.'));
        return report.table(table).cell(cellId);
    }
}
