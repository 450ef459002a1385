package org.xxgk.checker;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding stands at the line of what it is about: the sentence it quotes rather than the heading of the section
 * the sentence is in or the cell it compares the sentence with (whose own line is shown with it), the part out of
 * order rather than the part it should follow, the title a title's finding is about.
 */
class FindingLineTest {

    @ParameterizedTest
    @CsvSource({
            "fixtures/reports/2024-laocheng.txt, NAR-05, （一）政府信息公开在一定程度上存在重形式轻内容",
            "fixtures/rules/NAR-09/fail-truncated-number.txt, NAR-09, 主动公开政府信息230余",
            "fixtures/rules/STR-02/fail-section-four-before-three.txt, STR-02, 四、政府信息公开行政复议、行政诉讼情况",
            "fixtures/rules/XC-12/fail-says-fees-not-applied.txt, XC-12, 依申请提供政府信息不收费",
            "fixtures/rules/META-01/fail-title-without-body.txt, META-01, 2024年政府信息公开工作年度报告",
            "fixtures/rules/META-02/fail-no-year.txt, META-02, 青山县人民政府政府信息公开工作年度报告",
    })
    void aFindingStandsAtTheLineOfWhatItIsAbout(String report, String rule, String text) throws IOException {
        CheckResult result = TestRules.checker().check(Path.of(report));
        List<String> lines = Files.readAllLines(Path.of(report));

        Finding finding = result.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();

        assertThat(finding.line()).isPositive();
        assertThat(lines.get(finding.line() - 1)).contains(text);
    }
}
