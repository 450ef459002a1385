package org.xxgk.checker.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.xxgk.checker.report.TextBlock;

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
    private static final ReportReader TEXT = new ReportReader(CHECKER.ruleSet().formats(), CHECKER.ruleSet().bodyNameEndings());
    private static final FactsRenderer FACTS = new FactsRenderer();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The parser's golden sources, the whole reports, and a Word file (its cells have places in its tables). */
    @TestFactory
    Stream<DynamicTest> factsReadBackRenderIdentically() throws IOException {
        List<Path> sources = Stream.concat(Stream.of(Path.of("fixtures/reports-docx/2024-laocheng-wrong-total.docx")),
                Stream.of("fixtures/parse", "fixtures/reports").flatMap(ReportJsonReaderTest::textFiles)).toList();
        return sources.stream().map(source -> DynamicTest.dynamicTest(source.toString(), () -> {
            Report fromSource = CHECKER.read(source, CheckOptions.DEFAULT);
            String facts = FACTS.render(fromSource);
            Report fromJson = READER.read(facts);

            assertThat(FACTS.render(fromJson)).isEqualTo(facts);
            // the text itself, not only its rendering: what the text rules read
            assertThat(fromJson.titleLine()).isEqualTo(fromSource.titleLine());
            assertThat(fromJson.preamble()).isEqualTo(fromSource.preamble());
            assertThat(fromJson.sections()).isEqualTo(fromSource.sections());
        }));
    }

    @Test
    void factsCarryThePreambleAndEachPartsText() throws Exception {
        Report seed = TEXT.read(TestRules.seed());
        Report withPreamble = TEXT.read(Files.readString(Path.of("fixtures/reports/2024-laocheng-repaired.txt")));
        JsonNode seedFacts = JSON.readTree(FACTS.render(seed));
        JsonNode preambleFacts = JSON.readTree(FACTS.render(withPreamble));

        // the seed's title stands right above part 一: it has no preamble, and the model no "preamble"
        assertThat(seed.preamble()).isEqualTo(TextBlock.EMPTY);
        assertThat(seedFacts.has("preamble")).isFalse();
        assertThat(seedFacts.get("titleLine").asInt()).isEqualTo(3);
        assertThat(seedFacts.get("sections").get(0).get("body").asText()).isEqualTo("7-15");
        assertThat(seedFacts.get("sections").get(0).get("text").asText()).isEqualTo(seed.sections().get(0).body().text())
                .startsWith("(一) 主动公开：政府信息公开是").contains("\n\n(二) 依申请公开");
        // members in the order of the report: title, …, preamble, sections, tables
        assertThat(preambleFacts.fieldNames()).toIterable().containsSubsequence("title", "titleLine", "problems",
                "preamble", "sections", "tables");
        assertThat(preambleFacts.get("sections").get(0).fieldNames()).toIterable()
                .containsExactly("id", "heading", "line", "body", "text");
        TextBlock preamble = withPreamble.preamble();
        assertThat(preamble.text()).startsWith("本报告根据《中华人民共和国政府信息公开条例》");
        assertThat(preambleFacts.get("preamble").get("body").asText())
                .isEqualTo(preamble.firstLine() + "-" + preamble.lastLine());
        assertThat(preambleFacts.get("preamble").get("text").asText()).isEqualTo(preamble.text());
        assertThat(READER.read(FACTS.render(withPreamble)).preamble()).isEqualTo(preamble);
    }

    @Test
    void refusesAPartWithoutItsText() {
        // read as empty, a part would fail a correct report (STR-17 "内容为空或过短（0字）")
        assertThatThrownBy(() -> READER.read("""
                {"tables": [], "sections": [{"id": "s1", "heading": "一、总体情况", "line": 5, "body": "7-15"}]}"""))
                .isInstanceOf(ReportJsonException.class)
                .hasMessage("sections[0] 缺少 text：报告模型须带各部分的文字（facts 命令的输出带有）；没有文字的部分写 \"\"");
        assertThatThrownBy(() -> READER.read("""
                {"tables": [], "sections": [{"id": "s1", "text": ""}, {"id": "s2", "text": 7}]}"""))
                .hasMessage("sections[1].text 应为字符串（没有文字时写 \"\"），而不是 7");
        assertThatThrownBy(() -> READER.read("{\"tables\": [], \"sections\": [{\"id\": \"s1\", \"text\": null}]}"))
                .hasMessage("sections[0].text 应为字符串（没有文字时写 \"\"），而不是 null");
        assertThatThrownBy(() -> READER.read("{\"tables\": [], \"sections\": [\"" + "一、总体情况".repeat(20) + "\"]}"))
                .hasMessageStartingWith("sections[0] 应为对象（id、heading、line、body、text），而不是 \"一、总体情况")
                .hasMessageEndingWith("…");
    }

    @Test
    void aPartWithEmptyTextIsAnEmptyPart() throws Exception {
        Report report = READER.read("""
                {"tables": [], "sections": [{"id": "s1", "heading": "一、总体情况", "line": 5, "body": "0-0", "text": ""}]}""");

        assertThat(report.sections().get(0).body()).isEqualTo(TextBlock.EMPTY);
        assertThat(report.preamble()).isEqualTo(TextBlock.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"本报告根据条例编制。\"", "{\"body\": \"5-5\"}", "{\"body\": \"5-5\", \"text\": 5}",
            "{\"body\": \"5-5\", \"text\": \"本报告根据条例编制。\", \"line\": 4}", "{\"body\": \"五\", \"text\": \"\"}"})
    void refusesAPreambleWithoutItsText(String preamble) {
        assertThatThrownBy(() -> READER.read("{\"tables\": [], \"preamble\": " + preamble + "}"))
                .isInstanceOf(ReportJsonException.class)
                .hasMessageStartingWith("preamble");
    }

    @Test
    void saysWhatIsWrongWithAPreambleTitleLineOrTablePlace() {
        assertThatThrownBy(() -> READER.read("{\"tables\": [], \"preamble\": {\"body\": \"5-5\"}}"))
                .hasMessage("preamble 缺少 text：报告模型须带标题与第一部分之间的文字（facts 命令的输出带有）；没有这段文字时不写 preamble");
        assertThatThrownBy(() -> READER.read("{\"tables\": [], \"preamble\": \"本报告根据条例编制。\"}"))
                .hasMessage("preamble 应为 {\"body\": \"起始行-结束行\", \"text\": 标题与第一部分之间的文字}，而不是 \"本报告根据条例编制。\"");
        assertThatThrownBy(() -> READER.read("{\"tables\": [], \"titleLine\": \"3\"}"))
                .hasMessage("titleLine 应为标题所在的行（从1起，没有标题时为 0），而不是 \"3\"");
        assertThatThrownBy(() -> READER.read("{\"tables\": [{\"id\": \"t4\", \"cells\": {\"t4.review.total\": "
                + "{\"value\": 25, \"at\": \"62:10\", \"inTable\": \"3:4\"}}}]}"))
                .hasMessage("tables[0].cells.t4.review.total.inTable 应为“表格:行:列”，而不是“3:4”");
    }

    @Test
    void aTitleLineOrASecondReportsLineIsAWholeNumberFromItsFirstLineOn() throws Exception {
        String secondReport = "{\"tables\": [], \"secondReport\": {\"title\": \"老城区人民政府2023年年报\", \"line\": %s}}";
        // 0 says a model has no title; a second report stands on a line
        assertThat(READER.read("{\"tables\": [], \"titleLine\": 0}").titleLine()).isZero();
        assertThat(READER.read(secondReport.formatted("1")).secondReport().line()).isEqualTo(1);
        for (String wrong : List.of("-1", "3.0", "2147483648")) {
            assertThatThrownBy(() -> READER.read("{\"tables\": [], \"titleLine\": " + wrong + "}")).as(wrong)
                    .hasMessageStartingWith("titleLine 应为标题所在的行");
        }
        for (String wrong : List.of("0", "3.0", "2147483648")) {
            assertThatThrownBy(() -> READER.read(secondReport.formatted(wrong))).as(wrong)
                    .hasMessageStartingWith("secondReport 应为");
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

    @Test
    void aModelReadBackReportsTheColumnOrderItsTextPrinted() throws Exception {
        String text = Files.readString(Path.of("fixtures/parse/t3-columns-in-another-order.txt"));
        Report fromJson = READER.read(FACTS.render(TEXT.read(text)));

        List<Finding> expected = CHECKER.check(text, "text").findings().stream()
                .filter(finding -> finding.message().contains("列的排列")).toList();
        assertThat(expected).hasSize(1);
        assertThat(CHECKER.check(fromJson, "json", CheckOptions.DEFAULT).findings().stream()
                .filter(finding -> finding.message().contains("列的排列")).toList()).isEqualTo(expected);
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
    @ValueSource(strings = {"fixtures/rules/META-08/fail-county-stated-published-late.txt",
            "fixtures/rules/META-08/fail-web-page-metadata-published-late.html",
            "fixtures/rules/META-08/fail-web-page-information-bar-published-late.html"})
    void aModelReadBackKeepsThePublicationDateThePageStated(String fixture) throws Exception {
        Report fromSource = CHECKER.read(Path.of(fixture), CheckOptions.DEFAULT);
        String facts = FACTS.render(fromSource);
        Report fromJson = READER.read(facts);

        assertThat(facts).contains("\"publication\" : {");
        assertThat(fromJson.statedPublication()).isNotNull().isEqualTo(fromSource.statedPublication());
        assertThat(FACTS.render(fromJson)).isEqualTo(facts);
        assertThat(CHECKER.check(fromJson, fixture, CheckOptions.DEFAULT).findings())
                .filteredOn(finding -> finding.ruleId().equals("META-08")).extracting(Finding::message)
                .containsExactlyElementsOf(CHECKER.check(Path.of(fixture)).findings().stream()
                        .filter(finding -> finding.ruleId().equals("META-08")).map(Finding::message).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2025-04-10\"", "{\"date\": \"2025-04-10\"}", "{\"date\": \"2025-04-31\", \"line\": 2}",
            "{\"date\": \"2025年4月10日\", \"line\": 2}", "{\"date\": \"2025-04-10\", \"line\": 0}",
            "{\"date\": \"2025-04-10\", \"line\": 2, \"metadata\": \"PubDate\"}",
            "{\"date\": \"2025-04-10\", \"metadata\": \" \"}",
            "{\"date\": \"2025-04-10\", \"metadata\": \"PubDate\", \"informationBar\": \"发布时间\"}",
            "{\"date\": \"2025-04-10\", \"informationBar\": 2}", "{\"date\": \"2025-04-10\", \"line\": 2, \"time\": \"10:30\"}"})
    void refusesAPublicationWithoutItsDateAndPlace(String publication) {
        assertThatThrownBy(() -> READER.read("{\"tables\": [], \"publication\": " + publication + "}"))
                .isInstanceOf(ReportJsonException.class)
                .hasMessageStartingWith("publication 应为 {\"date\": 页面所示的发布日期（YYYY-MM-DD）");
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
                .hasMessage("没有“text”这一项（报告模型即 facts 命令的输出，可有的项：title、titleLine、organization、year、format、"
                        + "encoding、publication、problems、preamble、sections、tables、secondReport；年报原文请以 text/plain 提交或作为文件上传）");
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

    private static Stream<Path> textFiles(String directory) {
        try (Stream<Path> files = Files.list(Path.of(directory))) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Finding> tableFindings(List<Finding> findings) {
        return findings.stream().filter(finding -> finding.ruleId().startsWith("ARI-")).toList();
    }
}
