package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.Table;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A labelled line under 表四's values that brings just the last group's five: the group, or a total row over the
 * groups printed under a table short of one, told apart by whether its values sum the rows read.
 */
class TableFourTotalRowTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String HEADER = """
            青山县交通运输局2024年政府信息公开工作年度报告

            四、政府信息公开行政复议、行政诉讼情况

            行政复议\t\t\t\t\t行政诉讼
            结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉
            \t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
            """;
    private static final String TWO_GROUPS = "8\t4\t12\t0\t24\t0\t0\t0\t0\t0\n";

    @ParameterizedTest
    @ValueSource(strings = {"总计", "累计", "总数", "全年合计", "合计（件）", "行政复议和行政诉讼合计"})
    void leavesOutATotalRowUnderATableShortOfAGroupWhateverItsLabel(String label) {
        CheckResult result = check(TWO_GROUPS + label + "\t10\t4\t13\t1\t28\n");

        assertThat(table(result).cellsInRow("suit_after_review")).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::message).contains(
                tuple("STR-09", "表四应有15个数据单元格，实际识别到10个"),
                tuple("STR-22", "表四存在非标准行“" + label + "”，已在校验中忽略"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"合计", "小计", "总计"})
    void readsTheLastGroupUnderATotalsLabelWhenItsValuesSumNoRowsAbove(String label) {
        CheckResult result = check(TWO_GROUPS + label + "\t2\t0\t1\t1\t4\n");

        assertThat(afterReviewTotal(result)).isEqualByComparingTo("4");
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("STR-09", "STR-22");
    }

    @Test
    void readsALineUnderRowsOfZerosAsTheLastGroupForItHoldsJustThatGroupsValues() {
        CheckResult result = check("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n合计\t2\t0\t1\t1\t4\n");

        assertThat(afterReviewTotal(result)).isEqualByComparingTo("4");
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("STR-09");
    }

    @ParameterizedTest
    @ValueSource(strings = {"复议后起诉", "行政诉讼（复议后起诉）"})
    void readsALineNamingTheLastGroupEvenWhenItsValuesSumTheRowsAbove(String label) {
        CheckResult result = check("1\t0\t0\t0\t1\t0\t0\t0\t0\t0\n" + label + "\t1\t0\t0\t0\t1\n");

        assertThat(afterReviewTotal(result)).isEqualByComparingTo("1");
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("STR-09");
    }

    @ParameterizedTest
    @ValueSource(strings = {"复议后提起诉讼", "行政诉讼（经复议）", "复议后诉讼", "经复议提起行政诉讼", "行政诉讼-复议后", "复议后",
            "（三）行政诉讼：复议后诉讼", "行政诉讼2"})
    void readsALineNamingTheLastGroupInWordsOfItsOwnEvenWhenItsValuesSumTheRowsAbove(String label) {
        CheckResult result = check("1\t0\t0\t0\t1\t0\t0\t0\t0\t0\n" + label + "\t2\t0\t1\t1\t4\n");

        assertThat(afterReviewTotal(result)).isEqualByComparingTo("4");
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("STR-09", "STR-22");
    }

    @Test
    void checksALastGroupNamedInWordsOfItsOwnWhoseTotalIsWrong() {
        CheckResult result = check("1\t0\t0\t0\t1\t0\t0\t0\t0\t0\n复议后提起诉讼\t2\t0\t1\t1\t5\n");

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::message)
                .contains(tuple("ARI-06", "表四复议后起诉：2+0+1+1=4 ≠ 总计 5"));
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("STR-09");
    }

    private static CheckResult check(String values) {
        return CHECKER.check(HEADER + values, "表四");
    }

    private static Table table(CheckResult result) {
        return result.report().table("t4");
    }

    private static BigDecimal afterReviewTotal(CheckResult result) {
        return table(result).cell("t4.suit_after_review.total").value();
    }
}
