package org.xxgk.checker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check --previous}: last year's reports matched by body and year, or paired, beside this year's. */
class CheckPreviousTest {
    private static final Path PAIR = Path.of("fixtures/rules/XC-01");
    @TempDir
    static Path dir;
    private static Path lastYear;
    private static Path thisYear;

    /** Last year: 青山县交通运输局 and an empty file; this year: 青山县交通运输局 and a body without a report last year. */
    @BeforeAll
    static void writeReports() throws IOException {
        lastYear = Files.createDirectories(dir.resolve("2023"));
        thisYear = Files.createDirectories(dir.resolve("2024"));
        Files.copy(PAIR.resolve("fail-carryover-column.previous.txt"), lastYear.resolve("交通运输局.txt"));
        Files.writeString(lastYear.resolve("空白.txt"), "");
        Files.copy(PAIR.resolve("fail-carryover-column.txt"), thisYear.resolve("a-交通运输局.txt"));
        Files.copy(Path.of("fixtures/rules/XC-06/pass-carry-over-matches.txt"), thisYear.resolve("b-生态环境局.txt"));
    }

    @Test
    void eachReportIsComparedWithItsOwnBodysReportOfTheYearBefore() throws IOException {
        CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", "--previous", lastYear.toString(),
                thisYear.toString());

        // the fixtures hold table 三 only: the structure rules fail them
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode reports = new ObjectMapper().readTree(run.out()).at("/reports");
        assertThat(reports.at("/0/source").asText()).endsWith("a-交通运输局.txt");
        assertThat(messages(reports.at("/0"), "XC-01")).containsExactly(
                "WARNING 表三（商业企业列）：本年“上年结转”2件，与上一年度年报《青山县交通运输局2023年政府信息公开工作年度报告》“结转下年度继续办理”1件不一致",
                "WARNING 表三（总计列）：本年“上年结转”13件，与上一年度年报《青山县交通运输局2023年政府信息公开工作年度报告》“结转下年度继续办理”12件不一致");
        assertThat(messages(reports.at("/0"), "XC-02")).containsExactly(
                "INFO 本年报告中没有识别出表二，规章、行政规范性文件的现行有效件数无法与上年核对（未评估）");
        assertThat(messages(reports.at("/1"), "XC-01")).containsExactly(
                "INFO 所给的上一年度年报中没有“江城市生态环境局”2023年度的年报，无法核对本年“上年结转”与上年“结转下年度继续办理”是否一致（未评估）");
        assertThat(run.err()).contains("上一年度年报无法用于比较，已忽略", "空白.txt：无法作为年报读取");
    }

    @Test
    void oneFileBesideOneFileOfLastYearIsAPairEvenWhenTheBodyWasRenamedAndSaysSo() throws IOException {
        Path renamed = Files.createDirectories(dir.resolve("renamed")).resolve("交通局2023.txt");
        Files.writeString(renamed, Files.readString(PAIR.resolve("fail-carryover-column.previous.txt"))
                .replace("青山县交通运输局", "青山县交通局"));

        CheckCommandTest.Run paired = CheckCommandTest.run("check", "--previous", renamed.toString(),
                PAIR.resolve("fail-carryover-column.txt").toString());
        CheckCommandTest.Run matched = CheckCommandTest.run("check", "--previous", renamed.getParent().toString(),
                PAIR.resolve("fail-carryover-column.txt").toString());

        assertThat(paired.out()).contains("XC-01   表三（商业企业列）：本年“上年结转”2件，与上一年度年报《青山县交通局2023年",
                "XC-01   所给的上一年度年报《青山县交通局2023年政府信息公开工作年度报告》是“青山县交通局”的，"
                        + "本年报告是“青山县交通运输局”的，名称不同；已按所给的配对与上年比较");
        assertThat(matched.out()).contains("XC-01   所给的上一年度年报中没有“青山县交通运输局”2023年度的年报");
    }

    @Test
    void withoutPreviousTheCrossYearRulesSayTheyDidNotAssess() {
        CheckCommandTest.Run run = CheckCommandTest.run("check", PAIR.resolve("fail-carryover-column.txt").toString());

        assertThat(run.out()).contains("XC-01   未提供上一年度的年报", "XC-02   未提供上一年度的年报", "NAR-03  未提供上一年度的年报");
    }

    @Test
    void aPreviousPathThatDoesNotExistIsAOneLineErrorWithExitCode2() {
        CheckCommandTest.Run run = CheckCommandTest.run("check", "--previous", dir.resolve("2022").toString(),
                thisYear.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("无法读取上一年度年报", "找不到文件", "2022");
        assertThat(run.out()).isEmpty();
    }

    /** "SEVERITY message" of a report's findings of one rule. */
    private static List<String> messages(JsonNode report, String ruleId) {
        List<String> messages = new ArrayList<>();
        for (JsonNode finding : report.at("/findings")) {
            if (finding.at("/ruleId").asText().equals(ruleId)) {
                messages.add(finding.at("/severity").asText() + " " + finding.at("/message").asText());
            }
        }
        return messages;
    }
}
