package org.xxgk.checker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.checker.ingest.ReportReader;
import org.xxgk.checker.report.Report;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Last year's report is found by the body and year of the report checked, however real titles name the body. */
class PreviousReportIndexTest {
    private static final ReportReader READER = new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings());
    private static final PreviousReportIndex INDEX = PreviousReportIndex.of(List.of(
            previous("laocheng-2023", "老城区人民政府 2023 年政府信息公开工作年度报告"),
            previous("laocheng-2022", "老城区人民政府2022年政府信息公开工作年度报告"),
            previous("qingshan-2023", "青山县交通运输局（青山县港航局）2023年政府信息公开工作年度报告"),
            previous("chaoyang-2023", "北京市朝阳区人民政府2023年政府信息公开工作年度报告"),
            previous("mouxian-2023", "关于某某县2023年政府信息公开年度报告"),
            previous("jiangcheng-2023.txt", "江城市生态环境局2023年政府信息公开工作年度报告"),
            previous("jiangcheng-2023.html", "江城市生态环境局 2023年政府信息公开工作年度报告")));

    private static PreviousReport previous(String source, String title) {
        return PreviousReport.of(source, report(title));
    }

    private static Report report(String title) {
        return READER.read(title + "\n\n一、总体情况\n\n正文。\n");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "老城区人民政府2024年政府信息公开工作年度报告|laocheng-2023",
            "老城区 人民政府 2024年政府信息公开工作年度报告|laocheng-2023",
            "老城区政府2024年政府信息公开工作年度报告|laocheng-2023",
            "青山县交通运输局(青山县港航局)2024年政府信息公开工作年度报告|qingshan-2023",
            "青山县交通运输局2024年政府信息公开工作年度报告|qingshan-2023",
            "朝阳区人民政府2024年政府信息公开工作年度报告|chaoyang-2023",
            "某某县人民政府2024年政府信息公开工作年度报告|mouxian-2023"})
    void findsTheSameBodysReportOfTheYearBeforeHoweverItsNameIsWritten(String title, String source) {
        PreviousReport found = INDEX.previousOf(report(title));

        assertThat(found.present()).as(found.absence()).isTrue();
        assertThat(found.source()).isEqualTo(source);
    }

    @Test
    void aReportOfAnotherYearIsNoMatchAndTheAbsenceSaysWhichYearsThereAre() {
        PreviousReport found = INDEX.previousOf(report("老城区人民政府2025年政府信息公开工作年度报告"));

        assertThat(found.present()).isFalse();
        assertThat(found.absence()).isEqualTo("所给的上一年度年报中没有“老城区人民政府”2024年度的年报（只有2022、2023年度的）");
    }

    @Test
    void twoCandidatesAreNoMatchAndBothAreNamed() {
        PreviousReport found = INDEX.previousOf(report("江城市生态环境局2024年政府信息公开工作年度报告"));

        assertThat(found.present()).isFalse();
        assertThat(found.absence()).contains("有2份可能属于“江城市生态环境局”", "jiangcheng-2023.txt", "jiangcheng-2023.html");
    }

    @Test
    void aNameEndingLikeAnotherIsNoMatchWithoutAJurisdictionInFront() {
        assertThat(INDEX.previousOf(report("城区人民政府2024年政府信息公开工作年度报告")).present()).isFalse();
        assertThat(INDEX.previousOf(report("阳区人民政府2024年政府信息公开工作年度报告")).present()).isFalse();
    }

    @Test
    void theSameNameWinsOverALooserMatch() {
        PreviousReportIndex index = PreviousReportIndex.of(List.of(
                previous("government", "老城区人民政府2023年政府信息公开工作年度报告"),
                previous("short-name", "老城区政府2023年政府信息公开工作年度报告")));

        assertThat(index.previousOf(report("老城区人民政府2024年政府信息公开工作年度报告")).source()).isEqualTo("government");
        assertThat(index.previousOf(report("老城区政府2024年政府信息公开工作年度报告")).source()).isEqualTo("short-name");
        assertThat(index.previousOf(report("老城区2024年政府信息公开工作年度报告")).absence()).contains("有2份");
    }

    @Test
    void aReportWithoutBodyOrYearCanNeitherBeMatchedNorFindItsPredecessor() {
        PreviousReportIndex index = PreviousReportIndex.of(List.of(
                previous("untitled", "政府信息公开工作年度报告"),
                PreviousReport.of("empty", READER.read(""))));

        assertThat(index.ignored()).containsExactly("untitled：标题中没有识别出机关名称或年度", "empty：无法作为年报读取");
        assertThat(INDEX.previousOf(report("政府信息公开工作年度报告")).absence()).contains("没有识别出机关名称或年度");
    }
}
