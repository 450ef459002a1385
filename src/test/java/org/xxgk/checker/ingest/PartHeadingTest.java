package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.Section;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six parts are found under the headings real reports give them, and a report so written gets the seed's
 * findings: no part reported missing, no table lost to a part not found.
 */
class PartHeadingTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String SEED = TestRules.seed();
    private static final List<String> SEED_FINDINGS = findings(CHECKER.check(SEED, "seed"));

    static Stream<Arguments> rewrites() {
        return Stream.of(
                Arguments.of("标题套【】", (UnaryOperator<String>) seed -> seed
                        .replaceAll("(?m)^#+ *([一二三四五六]、[^\t\n]*)$", "【$1】")),
                Arguments.of("第三部分标题写作“依申请公开政府信息情况”", (UnaryOperator<String>) seed -> seed
                        .replace("三、收到和处理政府信息公开申请情况", "三、依申请公开政府信息情况")),
                Arguments.of("表格上方有引导句，再重复部分标题", (UnaryOperator<String>) seed -> seed
                        .replace("三、收到和处理政府信息公开申请情况\n",
                                "三、收到和处理政府信息公开申请情况\n\n本年度收到和处理政府信息公开申请情况如下表：\n\n"
                                        + "收到和处理政府信息公开申请情况\n")),
                Arguments.of("每张表上方重复部分标题", (UnaryOperator<String>) seed -> seed
                        .replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n\n主动公开政府信息情况\n")
                        .replace("四、政府信息公开行政复议、行政诉讼情况\n",
                                "四、政府信息公开行政复议、行政诉讼情况\n\n**政府信息公开行政复议、行政诉讼情况**\n")),
                Arguments.of("第六部分的内容接在标题后", (UnaryOperator<String>) PartHeadingTest::partSixOnItsHeadingLine),
                Arguments.of("标题不编号，第二、三部分措辞略有不同", (UnaryOperator<String>) seed -> seed
                        .replaceAll("(?m)^(#+ *)[一二三四五六]、", "$1")
                        .replace("主动公开政府信息情况", "主动公开政府信息的情况")
                        .replace("收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请的情况")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewrites")
    void theSixPartsAreFoundAndTheReportGetsTheSeedsFindings(String name, UnaryOperator<String> rewrite) {
        String text = rewrite.apply(SEED);
        assertThat(text).isNotEqualTo(SEED);

        CheckResult result = CHECKER.check(text, name);

        assertThat(result.report().sections()).extracting(Section::id)
                .containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
        assertThat(findings(result)).isEqualTo(SEED_FINDINGS);
    }

    @Test
    void aPartsTextOnItsHeadingsLineIsTheStartOfItsBody() {
        String text = partSixOnItsHeadingLine(SEED);
        int headingLine = text.lines().toList().indexOf(text.lines().filter(line -> line.contains("六、")).findFirst()
                .orElseThrow()) + 1;

        Section six = CHECKER.check(text, "six").report().sections().get(5);

        assertThat(six.heading()).isEqualTo("六、其他需要报告的事项");
        assertThat(six.number()).isEqualTo("六");
        assertThat(six.line()).isEqualTo(headingLine);
        assertThat(six.body().firstLine()).isEqualTo(headingLine);
        assertThat(six.body().text()).isEqualTo("本单位 2024 年度未收取政府信息公开信息处理费。");
    }

    /** The seed's part 六 as one line: "六、其他需要报告的事项：本单位…未收取…信息处理费。". */
    private static String partSixOnItsHeadingLine(String seed) {
        return seed.replaceFirst("#+ *六、其他需要报告的事项\\s+", "六、其他需要报告的事项：");
    }

    private static List<String> findings(CheckResult result) {
        return result.findings().stream()
                .map(finding -> finding.severity() + " " + finding.ruleId() + " " + finding.message()).toList();
    }
}
