package org.xxgk.checker.ingest;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.render.FactsRenderer;
import org.xxgk.checker.report.CellState;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.SecondReport;
import org.xxgk.checker.report.Section;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON of the report model (what {@code facts} prints) read back into a report. */
class ReportJsonReaderTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final ReportJsonReader READER = new ReportJsonReader(CHECKER.ruleSet().formats());
    private static final ReportReader TEXT = new ReportReader(CHECKER.ruleSet().formats());
    private static final FactsRenderer FACTS = new FactsRenderer();

    @TestFactory
    Stream<DynamicTest> factsReadBackRenderIdentically() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("fixtures/parse"))) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList().stream()
                    .map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
                        String facts = FACTS.render(TEXT.read(source, CheckOptions.DEFAULT.maxBytes()));
                        assertThat(FACTS.render(READER.read(facts))).isEqualTo(facts);
                    }));
        }
    }

    @Test
    void aModelReadBackFailsTheSameTableRulesAsItsText() throws Exception {
        String text = Files.readString(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"));
        Report fromText = TEXT.read(text);
        Report fromJson = READER.read(FACTS.render(fromText));

        List<Finding> expected = tableFindings(CHECKER.check(text, "text").findings());
        assertThat(expected).extracting(Finding::ruleId).containsExactly("ARI-04");
        assertThat(tableFindings(CHECKER.check(fromJson, "json", CheckOptions.DEFAULT).findings())).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fail-part-four-numbered-five.txt", "fail-part-four-numbered-in-brackets-five.txt"})
    void aModelReadBackKeepsTheNumbersPrintedInItsHeadings(String fixture) throws Exception {
        Report fromText = TEXT.read(Files.readString(Path.of("fixtures/rules/STR-02", fixture)));
        Report fromJson = READER.read(FACTS.render(fromText));

        assertThat(fromJson.sections()).extracting(Section::number)
                .containsExactly("一", "二", "三", "五", "五", "六")
                .isEqualTo(fromText.sections().stream().map(Section::number).toList());
        assertThat(fromJson.sections()).filteredOn(Section::misnumbered).extracting(Section::id).containsExactly("s4");
    }

    @Test
    void aModelReadBackKeepsTheSecondReportTheTextHeld() throws Exception {
        Report fromText = TEXT.read(Files.readString(
                Path.of("fixtures/rules/INPUT-06/fail-last-years-report-after-this-years.txt")));
        String facts = FACTS.render(fromText);

        assertThat(facts).contains("\"secondReport\" : {");
        assertThat(READER.read(facts).secondReport()).isEqualTo(fromText.secondReport())
                .isEqualTo(new SecondReport("老城区人民政府2023年政府信息公开工作年度报告", 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "\"第二份\"", "{\"title\": \"老城区人民政府2023年年报\"}",
            "{\"title\": \"\", \"line\": 29}", "{\"title\": \"老城区人民政府2023年年报\", \"line\": -1}",
            "{\"title\": \"老城区人民政府2023年年报\", \"line\": \"29\"}",
            "{\"title\": \"老城区人民政府2023年年报\", \"line\": 29, \"pages\": 3}"})
    void refusesASecondReportWithoutItsTitleAndLine(String secondReport) {
        assertThatThrownBy(() -> READER.read("{\"tables\": [], \"secondReport\": " + secondReport + "}"))
                .isInstanceOf(ReportJsonException.class)
                .hasMessageStartingWith("secondReport 应为 {\"title\": 第二份年报的标题, \"line\": 它所在的行（从1起）}");
    }

    @Test
    void acceptsAMinimalModelWithBareNumbers() throws Exception {
        Report report = READER.read("""
                {"year": 2024, "tables": [{"id": "t4", "cells": {
                  "t4.review.upheld": 8, "t4.review.corrected": 4, "t4.review.other": 12,
                  "t4.review.pending": 0, "t4.review.total": 25, "t4.suit_direct.total": {"value": null, "raw": "/", "state": "DASH"}}}]}
                """);

        assertThat(report.format().id()).isEqualTo("2021");
        assertThat(report.table("t4").cell("t4.review.total").value()).isEqualByComparingTo("25");
        assertThat(report.table("t4").cell("t4.suit_direct.total").state()).isEqualTo(CellState.DASH);
        assertThat(CHECKER.check(report, "minimal", CheckOptions.DEFAULT).findings())
                .filteredOn(finding -> finding.ruleId().equals("ARI-04"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("8+4+12+0=24 ≠ 总计 25"));
    }

    @Test
    void keepsTheScaleOfDecimals() throws Exception {
        Report report = READER.read("""
                {"format": "2021", "tables": [{"layout": "2021/t2", "cells": {"t2.fees.amount_wan": {"value": 1.50, "at": "32:9"}}}]}
                """);

        BigDecimal amount = report.table("t2").cell("t2.fees.amount_wan").value();
        assertThat(amount.scale()).isEqualTo(2);
        assertThat(report.table("t2").cell("t2.fees.amount_wan").raw()).isEqualTo("1.50");
        assertThat(report.table("t2").cell("t2.fees.amount_wan").line()).isEqualTo(32);
    }

    @Test
    void saysWhereMalformedJsonBreaks() {
        assertThatThrownBy(() -> READER.read("{\"title\": \"x\",\n \"year\": }"))
                .isInstanceOf(ReportJsonException.class)
                .hasMessageContaining("JSON 无法解析（第 2 行");
        assertThatThrownBy(() -> READER.read("[1, 2]")).hasMessageContaining("JSON 对象");
    }

    @Test
    void refusesJsonThatIsNoReportModel() {
        // each would otherwise be checked as a report with no title, no sections and no tables
        assertThatThrownBy(() -> READER.read("{}"))
                .hasMessage("缺少 tables（报告模型即 facts 命令的输出，其中总有 tables，可只含部分表格和单元格）");
        assertThatThrownBy(() -> READER.read("{\"text\": \"老城区人民政府2024年政府信息公开工作年度报告\"}"))
                .hasMessage("没有“text”这一项（报告模型即 facts 命令的输出，可有的项：title、organization、year、format、"
                        + "encoding、problems、sections、tables、secondReport；年报原文请以 text/plain 提交或作为文件上传）");
        // the result of a check sent back in
        assertThatThrownBy(() -> READER.read("{\"checker\": {\"version\": \"0.1.0\"}, \"reports\": []}"))
                .hasMessageStartingWith("没有“checker”这一项");
    }

    @Test
    void refusesCellsFormatsAndLayoutsTheRuleSetLacks() {
        assertThatThrownBy(() -> READER.read("{\"tables\": [{\"id\": \"t4\", \"cells\": {\"t4.review.sum\": 1}}]}"))
                .hasMessageContaining("tables[0].cells：“t4.review.sum”不是表格 2021/t4 的单元格编号");
        assertThatThrownBy(() -> READER.read("{\"format\": \"2030\", \"tables\": []}"))
                .hasMessageContaining("未知的报告格式“2030”（规则集中有：2019、2021）");
        assertThatThrownBy(() -> READER.read("{\"tables\": [{\"layout\": \"2021/t9\"}]}"))
                .hasMessageContaining("规则集中没有表格布局“2021/t9”");
        assertThatThrownBy(() -> READER.read("{\"tables\": [{\"id\": \"t4\", \"cells\": {\"t4.review.total\": \"25\"}}]}"))
                .hasMessageContaining("t4.review.total.value 应为数字");
    }

    private static List<Finding> tableFindings(List<Finding> findings) {
        return findings.stream().filter(finding -> finding.ruleId().startsWith("ARI-")).toList();
    }
}
