package org.xxgk.checker.narrative;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.ingest.ReportReader;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.TextBlock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's prose cut into sentences, checked against a plain line-by-line, regex-based model of the cut. */
class SentencesTest {
    private static final Pattern AFTER_END = Pattern.compile("(?<=[。！？；!?;])");

    @Test
    void everyFixtureIsCutAsTheModelCutsIt() throws IOException {
        ReportReader reader = new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings());
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("fixtures/reports", "fixtures/reports-html", "fixtures/reports-docx", "fixtures/parse")) {
            try (Stream<Path> found = Files.list(Path.of(folder))) {
                found.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        int compared = 0;
        for (Path file : files) {
            Report report = reader.read(file, ReportReader.DEFAULT_MAX_BYTES);
            List<String> cut = Sentences.of(report).stream()
                    .map(s -> s.where() + "@" + s.line() + ":" + s.text()).toList();
            assertThat(cut).as(file.toString()).isEqualTo(model(report));
            compared += cut.size();
        }
        assertThat(compared).isGreaterThan(500);
    }

    @Test
    void aSentenceEndsAfterItsMarkAndALineEndsEverySentence() {
        Report report = report(
                "某县人民政府2024年政府信息公开工作年度报告",
                "一、总体情况",
                "甲。乙！丙",
                "  丁?戊;  ",
                "项目\t数量",
                "己；；庚。",
                "二、主动公开政府信息情况");
        assertThat(Sentences.of(report).stream().filter(s -> s.where().equals("s1"))
                .map(s -> s.line() + ":" + s.text()))
                .containsExactly("3:甲。", "3:乙！", "3:丙", "4:丁?", "4:戊;", "6:己；", "6:；", "6:庚。");
    }

    @Test
    void aSentenceKnowsTheHeadingOfTheItemItStandsIn() {
        Report report = report(
                "某县人民政府2024年政府信息公开工作年度报告",
                "一、总体情况",
                "前言。",
                "（一）主动公开：全年公开信息20条。",
                "另有说明。",
                "(二) 依申请公开。共收到申请6件。",
                "1.办理情况：答复5件。",
                "（2）答复1件。",
                "（三）政府信息管理方面，全年清理过期信息31条，规范公开属性认定。",
                "其后一句。",
                "**2.监督保障**",
                "考核一次。",
                "二、主动公开政府信息情况");
        assertThat(Sentences.of(report).stream().filter(s -> s.where().equals("s1"))
                .map(s -> s.text() + " ← " + s.lead()))
                .containsExactly(
                        "前言。 ← ",
                        "（一）主动公开：全年公开信息20条。 ← (一)主动公开",
                        "另有说明。 ← (一)主动公开",
                        "(二) 依申请公开。 ← (二)依申请公开",
                        "共收到申请6件。 ← (二)依申请公开",
                        "1.办理情况：答复5件。 ← (二)依申请公开1.办理情况",
                        "（2）答复1件。 ← (二)依申请公开(2)答复1件",
                        "（三）政府信息管理方面，全年清理过期信息31条，规范公开属性认定。 ← ",
                        "其后一句。 ← ",
                        "**2.监督保障** ← 2.监督保障**",
                        "考核一次。 ← 2.监督保障**");
    }

    @Test
    void itemsNumberedOtherwiseLeadTheirSentencesButTopicSentencesDoNot() {
        Report report = report(
                "某县人民政府2024年政府信息公开工作年度报告",
                "一、总体情况",
                "【依申请公开】全年收到申请6件。",
                "一是规范办理，答复5件。",
                "第二，延期答复。延期1件。",
                "②征求意见：征求1件。",
                "二、政务服务：受理事项3件。",
                "十分重视。",
                "第三方意见2件。",
                "二、主动公开政府信息情况");
        assertThat(Sentences.of(report).stream().filter(s -> s.where().equals("s1"))
                .map(s -> s.text() + " ← " + s.lead()))
                .containsExactly(
                        "【依申请公开】全年收到申请6件。 ← 【依申请公开】",
                        "一是规范办理，答复5件。 ← 【依申请公开】",
                        "第二，延期答复。 ← 【依申请公开】",
                        "延期1件。 ← 【依申请公开】",
                        "②征求意见：征求1件。 ← 【依申请公开】②征求意见",
                        "二、政务服务：受理事项3件。 ← 二、政务服务",
                        "十分重视。 ← 二、政务服务",
                        "第三方意见2件。 ← 二、政务服务");
    }

    /** A report of the given lines, read as the checker reads text. */
    private static Report report(String... lines) {
        return new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings()).read(String.join("\n", lines));
    }

    private static List<String> model(Report report) {
        List<String> out = new ArrayList<>();
        model(report.preamble(), "preamble", out);
        for (Section section : report.sections()) {
            out.add("headings@" + section.line() + ":" + section.heading().strip());
            model(section.body(), section.id().isEmpty() ? "other" : section.id(), out);
        }
        out.removeIf(s -> s.endsWith(":"));
        return out;
    }

    private static void model(TextBlock block, String where, List<String> out) {
        if (block.firstLine() == 0) {
            return;
        }
        String[] lines = block.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // a table row has a tab or pipe between cells, or ends with empty cells; one tab at either end of a
            // line separates nothing
            if (lines[i].strip().contains("\t") || lines[i].contains("|") || lines[i].matches(".*\t\\s*\t\\s*")) {
                continue;
            }
            for (String piece : AFTER_END.split(lines[i])) {
                if (!piece.isBlank()) {
                    out.add(where + "@" + (block.firstLine() + i) + ":" + piece.strip());
                }
            }
        }
    }
}
