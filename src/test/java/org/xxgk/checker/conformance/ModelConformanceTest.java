package org.xxgk.checker.conformance;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.Severity;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.ingest.ReportJsonException;
import org.xxgk.checker.ingest.ReportJsonReader;
import org.xxgk.checker.render.FactsRenderer;
import org.xxgk.checker.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report model judged as its source: for every report among the fixtures (text, web page, Word, PDF), checking
 * the JSON {@code facts} prints gives exactly the findings that checking the file gives — rule, severity, message,
 * cells with their places, expected and actual, line — the text rules (STR-15…, NAR-…, XC-04…) included.
 */
class ModelConformanceTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final ReportJsonReader MODEL = new ReportJsonReader(CHECKER.ruleSet().formats());
    private static final FactsRenderer FACTS = new FactsRenderer();

    @TestFactory
    Stream<DynamicTest> everyReportsModelGivesExactlyTheFindingsOfItsSource() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            sources = files.filter(file -> file.getFileName().toString().matches(".*\\.(txt|html|docx|pdf)")).sorted().toList();
        }
        // every kind of source and a fixture of every rule: the walk must not miss them
        assertThat(sources).hasSizeGreaterThan(500)
                .anyMatch(file -> file.toString().endsWith(".docx")).anyMatch(file -> file.toString().endsWith(".pdf"));
        return sources.stream().map(source -> DynamicTest.dynamicTest(source.toString(), source.toUri(), () -> {
            Report report = CHECKER.read(source, CheckOptions.DEFAULT);
            assertThat(findingsOfItsModel(report)).isEqualTo(CHECKER.check(report, "source", CheckOptions.DEFAULT).findings());
        }));
    }

    @Test
    void theTextRulesJudgeTheModelAsTheyJudgeTheText() throws Exception {
        // the seed passes with warnings of the text rules; its model had failed on STR-17 "内容为空或过短（0字）"
        Report seed = CHECKER.read(TestRules.SEED, CheckOptions.DEFAULT);
        List<Finding> fromModel = findingsOfItsModel(seed);
        assertThat(fromModel).extracting(Finding::ruleId).contains("STR-16", "NAR-01", "META-03")
                .doesNotContain("STR-17", "STR-19");
        assertThat(fromModel).extracting(Finding::severity).doesNotContain(Severity.ERROR);
        // a figure in the prose against the table's: found in the model's text too
        Report applications = CHECKER.read(Path.of("fixtures/reports/2024-laocheng-narrative-applications.txt"),
                CheckOptions.DEFAULT);
        assertThat(findingsOfItsModel(applications)).extracting(Finding::ruleId).contains("XC-04");
        Report wrongTotal = CHECKER.read(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"), CheckOptions.DEFAULT);
        assertThat(findingsOfItsModel(wrongTotal)).extracting(Finding::ruleId).contains("ARI-04", "XC-08");
    }

    private static List<Finding> findingsOfItsModel(Report report) throws ReportJsonException {
        return CHECKER.check(MODEL.read(FACTS.render(report)), "model", CheckOptions.DEFAULT).findings();
    }
}
