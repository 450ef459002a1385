package org.xxgk.checker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.checker.Finding;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.engine.RuleSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy staff change checks by editing files in a copy of rules/, and see the effect through the command line at
 * once: no Java, no rebuild.
 */
class RulesAsDataTest {
    @TempDir
    Path work;

    private Path copyOfRules() throws IOException {
        Path rules = work.resolve("rules");
        CheckCommandTest.copy(TestRules.RULES, rules);
        return rules;
    }

    private static void edit(Path file, String before, String after) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(before);
        Files.writeString(file, text.replace(before, after), StandardCharsets.UTF_8);
    }

    private static JsonNode json(CheckCommandTest.Run run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void aRelationAddedToTheCsvTableIsChecked() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("relations/arithmetic.csv"),
                "ARI-05,,t4.suit_direct.total + t4.suit_after_review.total = t4.review.total,诉讼与复议,省里新增的关系\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                TestRules.CLEAN.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode finding = json(run).at("/reports/0/findings/0");
        assertThat(finding.at("/ruleId").asText()).isEqualTo("ARI-05");
        assertThat(finding.at("/message").asText()).isEqualTo("表四诉讼与复议：0+4=4 ≠ 总计 24");
        assertThat(finding.at("/expected").asInt()).isEqualTo(4);
        assertThat(finding.at("/actual").asInt()).isEqualTo(24);
    }

    @Test
    void aLabelVariantAndANewFormatFolderAreFormatData() throws IOException {
        Path rules = copyOfRules();
        Path report = work.resolve("report.txt");
        Files.writeString(report, TestRules.clean().replace("\n行政许可\t12126", "\n许可事项\t12126"), StandardCharsets.UTF_8);
        CheckCommandTest.Run unknownLabel = CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                report.toString());
        assertThat(json(unknownLabel).at("/reports/0/findings").toString()).contains("许可事项").contains("STR-22", "STR-06");

        edit(rules.resolve("formats/2021/format.yaml"), "{id: licensing, label: 行政许可}",
                "{id: licensing, label: 行政许可, variants: [许可事项]}");
        CheckCommandTest.Run variant = CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                report.toString());
        assertThat(json(variant).at("/reports/0/findings").toString())
                .contains("STR-12", "标签“许可事项”与标准格式“行政许可”不一致").doesNotContain("STR-22");

        Path format2026 = rules.resolve("formats/2026");
        CheckCommandTest.copy(rules.resolve("formats/2021"), format2026);
        edit(format2026.resolve("format.yaml"), "id: \"2021\"", "id: \"2026\"");
        edit(format2026.resolve("format.yaml"), "years: {from: 2021}", "years: {from: 2026}");
        edit(format2026.resolve("format.yaml"), "{id: licensing, label: 行政许可, variants: [许可事项]}",
                "{id: licensing, label: 许可事项}");
        edit(rules.resolve("formats/2021/format.yaml"), "years: {from: 2021}", "years: {from: 2021, to: 2025}");
        Path report2026 = work.resolve("report-2026.txt");
        Files.writeString(report2026, Files.readString(report).replace("2024", "2026"), StandardCharsets.UTF_8);
        CheckCommandTest.Run newFormat = CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                report2026.toString());
        assertThat(json(newFormat).at("/reports/0/report/format").asText()).isEqualTo("2026");
        assertThat(json(newFormat).at("/reports/0/findings").toString()).doesNotContain("STR-12", "STR-22");
    }

    @Test
    void aWordAddedToTableFoursTotalWordsMakesALineSoLabelledATotalRowUnderTheTable() throws IOException {
        Path rules = copyOfRules();
        Path report = work.resolve("report.txt");
        String values = "8\t4\t12\t0\t24\t0\t0\t0\t0\t0\t2\t0\t1\t1\t4\n";
        assertThat(TestRules.clean()).contains(values);
        Files.writeString(report, TestRules.clean().replace(values, values + "总和\t8\t4\t13\t1\t28\n"), StandardCharsets.UTF_8);
        CheckCommandTest.Run shipped = CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                report.toString());
        assertThat(json(shipped).at("/reports/0/findings").toString()).doesNotContain("STR-22", "总和");

        for (String format : List.of("2019", "2021")) {
            edit(rules.resolve("formats/" + format + "/format.yaml"), "total_words: [合计, 小计, 共计, 汇总]",
                    "total_words: [合计, 小计, 共计, 汇总, 总和]");
        }
        CheckCommandTest.Run edited = CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                report.toString());

        assertThat(json(edited).at("/reports/0/findings").toString()).contains("STR-22", "表四存在非标准行“总和”，已在校验中忽略");
    }

    @Test
    void rulesCheckNamesEveryBrokenEditWithItsFileAndLine() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("arithmetic/ARI-04.drl"), "rule == \"ARI-04\")", "rule == \"ARI-04\"");
        edit(rules.resolve("arithmetic/ARI-09.drl"), "t2.fees.amount_wan", "t2.fees.amount_wa");
        edit(rules.resolve("arithmetic/ARI-11.drl"), "@severity(\"WARNING\")", "@severity(\"SEVERE\")");
        edit(rules.resolve("narrative/NAR-07.drl"), "@id(\"NAR-07\")", "@id(\"NAR-06\")");
        edit(rules.resolve("relations/arithmetic.csv"), "各结果之和等于总计\nARI-05", "各结果之和等于总计,多出的一列\nARI-05");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("arithmetic/ARI-04.drl:", "语法错误").doesNotContain("\tat ");
        CheckCommandTest.Run fixed = run(rules, "arithmetic/ARI-04.drl", "rule == \"ARI-04\"", "rule == \"ARI-04\")");
        assertThat(fixed.err())
                .contains("arithmetic/ARI-09.drl:18:", "单元格编号“t2.fees.amount_wa”在任何报告格式中都不存在")
                .contains("arithmetic/ARI-11.drl:", "@severity 应为 ERROR、WARNING 或 INFO")
                .contains("规则编号“NAR-06”与")
                .contains("relations/arithmetic.csv:5: 这一行的列数多于表头的 5 列");
    }

    @Test
    void aRuleThatDoesNotCompileHidesNoMistakeOfTheProfilesOrRuleSetFile() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("arithmetic/ARI-04.drl"), "rule == \"ARI-04\")", "rule == \"ARI-04\"");
        edit(rules.resolve("profiles/example-province.yaml"), "NAR-05: ERROR", "NAR-05: SERIOUS");
        edit(rules.resolve("ruleset.yaml"), "\nversion:", "\nverison:");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());
        CheckCommandTest.Run again = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsSubsequence("arithmetic/ARI-04.drl:", "语法错误",
                        "profiles/example-province.yaml:7: 严重程度“SERIOUS”无效",
                        "ruleset.yaml:4:1: ruleset.yaml 文件无法解析：没有“verison”这个键")
                // which rules there are is unknown while one does not compile: the ids a profile names are not judged
                .doesNotContain("规则编号“");
        assertThat(again.err()).isEqualTo(run.err());
    }

    @Test
    void aFormatFileThatCannotBeReadHidesNoMistakeOfTheRulesOrProfiles() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("formats/2021/format.yaml"), "\nname:", "\nnmae:");
        edit(rules.resolve("arithmetic/ARI-11.drl"), "@severity(\"WARNING\")", "@severity(\"SEVERE\")");
        edit(rules.resolve("profiles/example-province.yaml"), "  - META-07", "  - META-70");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsSubsequence("共 3 处问题", "formats/2021/format.yaml:", "格式定义文件无法解析",
                "arithmetic/ARI-11.drl:", "规则“ARI-11”的 @severity 应为 ERROR、WARNING 或 INFO",
                "profiles/example-province.yaml:9: 规则编号“META-70”不存在");
    }

    @Test
    void aYamlFileWithAMistypedKeyIsNamedWithItsLineAndColumn() throws IOException {
        String[][] edits = {
                {"formats/2021/format.yaml", "\nname:", "\nnmae:", "格式定义文件无法解析"},
                {"text/topics.yaml", "any: [主动公开]", "anny: [主动公开]", "文件无法解析"},
                {"profiles/example-province.yaml", "\ndisabled:", "\ndisabeld:", "配置文件无法解析"},
                {"ruleset.yaml", "\nversion:", "\nverison:", "ruleset.yaml 文件无法解析"}};
        for (String[] change : edits) {
            Path rules = work.resolve(change[0].replace('/', '-'));
            CheckCommandTest.copy(TestRules.RULES, rules);
            edit(rules.resolve(change[0]), change[1], change[2]);
            String edited = Files.readString(rules.resolve(change[0]), StandardCharsets.UTF_8);
            int at = edited.indexOf(change[2].strip());
            long line = edited.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            int column = at - edited.lastIndexOf('\n', at);

            CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

            assertThat(run.exitCode()).as(change[0]).isEqualTo(2);
            assertThat(run.err()).as(change[0]).contains(change[0] + ":" + line + ":" + column + ": " + change[3]
                            + "：没有“" + change[2].strip().split(":")[0] + "”这个键（可用的键：",
                    "Unrecognized field \"" + change[2].strip().split(":")[0] + "\"");
        }
    }

    @Test
    void aKeyOrAnIdWrittenTwiceIsNamedAtItsSecondPlaceInsteadOfDroppingTheFirst() throws IOException {
        Path rules = copyOfRules();
        Path profile = rules.resolve("profiles/example-province.yaml");
        // a second severity: block would silently drop the first, and NAR-05 would stay INFO
        Files.writeString(profile, "name: 某省\nseverity:\n  NAR-05: ERROR\nseverity:\n  NAR-06: ERROR\n", StandardCharsets.UTF_8);
        Path twice = work.resolve("twice");
        CheckCommandTest.copy(TestRules.RULES, twice);
        Files.writeString(twice.resolve("profiles/example-province.yaml"),
                "name: 某省\nseverity:\n  NAR-05: ERROR\n  NAR-06: WARNING\n  NAR-05: INFO\n", StandardCharsets.UTF_8);
        // the second claim and topic of an id would be taken for the first
        Path claims = twice.resolve("text/claims.yaml");
        edit(claims, "id: applications.received_with_carried_in,", "id: applications.new,");
        Path topics = twice.resolve("text/topics.yaml");
        edit(topics, "{id: overview.request,", "{id: overview.active,");

        CheckCommandTest.Run blocks = CheckCommandTest.run("rules", "check", rules.toString());
        CheckCommandTest.Run ids = CheckCommandTest.run("rules", "check", twice.toString());

        assertThat(blocks.exitCode()).isEqualTo(2);
        assertThat(blocks.err()).contains("profiles/example-province.yaml:4:1: 配置文件无法解析：键“severity”重复（第 2 行已有）");
        List<String> claimLines = Files.readAllLines(claims);
        List<String> topicLines = Files.readAllLines(topics);
        assertThat(ids.exitCode()).isEqualTo(2);
        assertThat(ids.err()).contains("profiles/example-province.yaml:5:3: 配置文件无法解析：键“NAR-05”重复（第 3 行已有）")
                .contains("text/claims.yaml:" + lastLineOf(claimLines, "id: applications.new,")
                        + ": 说法编号“applications.new”重复（第 " + lineOf(claimLines, "id: applications.new,") + " 行已有）")
                .contains("text/topics.yaml:" + lastLineOf(topicLines, "{id: overview.active,")
                        + ": 话题编号“overview.active”重复（第 " + lineOf(topicLines, "{id: overview.active,") + " 行已有）");
    }

    @Test
    void wordsPartedByAChineseCommaInAListAreNamedAndAQuotedItemOrAnEnumerationCommaIsTakenAsWritten() throws IOException {
        Path rules = copyOfRules();
        Path topics = rules.resolve("text/topics.yaml");
        // typed with a Chinese input method, "主动公开，政务公开" is one word that no report writes; "复议、诉讼" is a
        // phrase reports write
        edit(topics, "any: [主动公开]", "any: [主动公开，政务公开, \"主动、依申请\", 复议、诉讼]");
        List<String> topicLines = Files.readAllLines(topics);
        int line = lineOf(topicLines, "主动公开，政务公开");
        int column = topicLines.get(line - 1).indexOf("主动公开，政务公开") + 1;

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("text/topics.yaml:" + line + ":" + column
                        + ": 列表项“主动公开，政务公开”中有中文逗号“，”：几个词语应使用英文逗号分隔，如 [主动公开, 政务公开]")
                .contains("共 1 处问题")
                .doesNotContain("主动、依申请")
                .doesNotContain("复议、诉讼");
    }

    @Test
    void aRuleThatBreaksWhileRunningIsNamedWithItsFileAndConditionAndFailsOnlyTheFixturesItBreaksOn() throws IOException {
        Path rules = copyOfRules();
        CheckCommandTest.copy(Path.of("fixtures/rules"), work.resolve("fixtures/rules"));
        // it compiles, and throws on every report with an unbalanced table four
        edit(rules.resolve("arithmetic/ARI-04.drl"), "SumCheck(rule == \"ARI-04\")",
                "SumCheck(rule == \"ARI-04\", scope.substring(50).length() > 0)");
        String named = "arithmetic/ARI-04.drl 规则“ARI-04”运行出错（条件 scope.substring(50).length() > 0）：begin 50, end 4, length 4";

        CheckCommandTest.Run check = CheckCommandTest.run("check", "--rules", rules.toString(),
                "fixtures/reports/2024-laocheng-wrong-total.txt");
        CheckCommandTest.Run test = CheckCommandTest.run("rules", "test", rules.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains(named);
        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.out()).containsPattern("✗ ARI-04    \\d+ 个用例中 1 个未通过")
                .contains("ARI-04/fail-review-total.txt\n      " + named)
                .contains("✓ ARI-05", "✓ XC-15")
                .containsPattern("\\d+ 条规则通过，\\d+ 条未通过；用例 \\d+/\\d+ 通过");
        assertThat(test.err()).isEmpty();
    }

    @Test
    void aBrokenConditionSharedByTwoRulesOfOneIdNamesThatRuleOnce() throws IOException {
        Path rules = copyOfRules();
        // STR-19 and "STR-19 before 2021" share the condition, which Drools names for both
        Path str19 = rules.resolve("structure/STR-19.drl");
        Files.writeString(str19, Files.readString(str19, StandardCharsets.UTF_8)
                .replace("Section(id == \"s6\")", "Section(id == \"s6\", id.substring(50) == \"x\")"), StandardCharsets.UTF_8);

        CheckCommandTest.Run check = CheckCommandTest.run("check", "--rules", rules.toString(), TestRules.SEED.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("structure/STR-19.drl 规则“STR-19”运行出错（条件 id.substring(50) == \"x\"）")
                .doesNotContain("规则“STR-19”、");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eval(Integer.parseInt(\"x\" + $year) > 0)",
            // written over two lines, it is still named, and shown on one
            "eval(Integer.parseInt(\"x\"\n            +  $year) > 0)"})
    void anEvalThatBreaksWhileRunningIsNamedWithItsRuleThoughDroolsDoesNotSayWhose(String eval) throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("metadata/META-06.drl"), "    Report(readable, year != null, $year : year)\n",
                "    Report(readable, year != null, $year : year)\n    " + eval + "\n");

        CheckCommandTest.Run check = CheckCommandTest.run("check", "--rules", rules.toString(), TestRules.SEED.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("metadata/META-06.drl 规则“META-06”运行出错（条件 eval(Integer.parseInt(\"x\" + $year) > 0)）："
                + "For input string: \"x2024\"");
    }

    @Test
    void everydayMistakesInYamlAndCsvFilesAreNamedInPlainWordsWithoutFollowOnErrors() throws IOException {
        Path rules = copyOfRules();
        // Notepad's "ANSI" on Chinese Windows
        Path claims = rules.resolve("text/claims.yaml");
        Files.write(claims, Files.readString(claims, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("GBK")));
        Files.writeString(rules.resolve("ruleset.yaml"), "", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("profiles/example-province.yaml"), "name: 某省\nseverity:\n  NAR-05：ERROR\n",
                StandardCharsets.UTF_8);
        // an unquoted comma in one note
        edit(rules.resolve("relations/arithmetic.csv"), "各结果之和等于总计\nARI-05", "各结果,之和等于总计\nARI-05");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("text/claims.yaml: 文件不是 UTF-8 编码（可能是 GBK，即记事本的“ANSI”）：请用 UTF-8 编码另存")
                .contains("ruleset.yaml: ruleset.yaml 文件为空")
                .contains("profiles/example-province.yaml:3:9: 配置文件无法解析：键后用了中文冒号“：”，请改为英文冒号“:”")
                .contains("relations/arithmetic.csv:5: 这一行的列数多于表头的 5 列")
                // neither the claims nor the relations below the broken row are reported missing
                .contains("共 4 处问题")
                .doesNotContain("规则不会触发");
    }

    @Test
    void chineseQuotesAndBracketsInARuleAreNamedAtTheirLineAndColumnOnce() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("arithmetic/ARI-04.drl"), "@severity(\"ERROR\")", "@severity(“ERROR”)");
        edit(rules.resolve("arithmetic/ARI-05.drl"), "SumCheck(rule == \"ARI-05\")", "SumCheck（rule == \"ARI-05\"）");
        List<String> ari04 = Files.readAllLines(rules.resolve("arithmetic/ARI-04.drl"));
        int line = lineOf(ari04, "@severity(“ERROR”)");
        int column = ari04.get(line - 1).indexOf('“') + 1;

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("arithmetic/ARI-04.drl:" + line + ":" + column + ": 中文引号“”（第 " + column + "、" + (column + 6)
                        + " 列）应改为英文引号 \"")
                .contains("arithmetic/ARI-05.drl:", "中文括号（）（第 ")
                .contains("共 2 处问题")
                .doesNotContain("no viable alternative");
    }

    @Test
    void aLineStartingWithAHashIsNamedForItsHashNotForItsChinesePunctuation() throws IOException {
        Path rules = copyOfRules();
        // '#' starts no comment in DRL: the parser names the '#', which is the mistake
        edit(rules.resolve("arithmetic/ARI-04.drl"), "rule \"ARI-04\"", "# 依据：年报格式，表四。\nrule \"ARI-04\"");
        int line = lineOf(Files.readAllLines(rules.resolve("arithmetic/ARI-04.drl")), "# 依据：年报格式，表四。");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("arithmetic/ARI-04.drl:" + line + ": 语法错误：DRL 的注释以 // 开头，不能用 #", "mismatched input '#'")
                .contains("共 1 处问题")
                .doesNotContain("中文冒号", "no viable alternative");
    }

    @Test
    void aRuleFileThatCannotBeReadIsNamedOnce() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("arithmetic/ARI-04.drl");
        Files.write(drl, Files.readString(drl, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("GBK")));

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("共 1 处问题").containsOnlyOnce("无法按 UTF-8 读取规则文件");
    }

    @Test
    void rulesCheckRefusesARuleWithoutFixtures() throws IOException {
        Path rules = copyOfRules();
        Path fixtures = work.resolve("fixtures/rules");
        CheckCommandTest.copy(Path.of("fixtures/rules"), fixtures);
        CheckCommandTest.copy(fixtures.resolve("NAR-09"), work.resolve("spare"));
        try (var files = Files.walk(fixtures.resolve("NAR-09"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("narrative/NAR-09.drl", "规则“NAR-09”缺少触发（fail-*）和不触发（pass-*）用例");
    }

    @Test
    void whatNotepadAndCarelessHandsDoToARuleSetIsAcceptedOrNamed() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("arithmetic/ARI-04.drl");
        Files.write(drl, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Files.readAllBytes(drl)));
        Path fixtures = Files.createDirectories(work.resolve("empty-fixtures"));
        Path broken = Files.createDirectories(work.resolve("broken-fixtures/ARI-04"));
        Files.writeString(broken.resolve("fail-a.txt"), TestRules.seed());
        Files.writeString(broken.resolve("fail-a.expected.json"), "{\"findings\": [}");

        CheckCommandTest.Run withMark = CheckCommandTest.run("check", "--rules", rules.toString(), "fixtures/reports/2024-laocheng-wrong-total.txt");
        CheckCommandTest.Run noFixtures = CheckCommandTest.run("rules", "test", "--fixtures", fixtures.toString(), rules.toString());
        CheckCommandTest.Run badFixture = CheckCommandTest.run("rules", "test", "--fixtures",
                broken.getParent().toString(), rules.toString());
        CheckCommandTest.Run escape = CheckCommandTest.run("rules", "new", "--rules", rules.toString(), "--group", "../../x", "FOO-01");

        // a byte-order mark is no syntax error
        assertThat(withMark.out()).contains("ARI-04");
        assertThat(noFixtures.exitCode()).isEqualTo(1);
        assertThat(noFixtures.err()).contains("中没有用例");
        assertThat(badFixture.exitCode()).isEqualTo(2);
        assertThat(badFixture.err()).contains("fail-a.expected.json 不是有效的 JSON（第 1 行");
        assertThat(escape.exitCode()).isEqualTo(2);
        assertThat(escape.err()).contains("--group 应为规则目录下的一个子目录名");
        assertThat(work.resolve("x")).doesNotExist();
    }

    @Test
    void aMisspeltKeyInAnExpectationIsNamedInsteadOfMatchingAnyFinding() throws IOException {
        Path rules = copyOfRules();
        Path fixtures = Files.createDirectories(work.resolve("misspelt-fixtures/ARI-04"));
        Files.writeString(fixtures.resolve("fail-a.txt"), Files.readString(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt")));
        Files.writeString(fixtures.resolve("fail-a.expected.json"), "{\"findings\": [{\"mesage\": \"不会出现的消息\"}]}");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "test", "--fixtures", fixtures.getParent().toString(),
                rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("fail-a.expected.json 中的键“findings[].mesage”无法识别",
                "可用的键：ruleId、message、cells、expected、actual");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aMisspeltPropertyInAMessageIsNamedWhenTheRulesAreChecked() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("arithmetic/ARI-04.drl"), "≠ 总计 {$check.actual}", "≠ 总计 {$check.actaul}");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("arithmetic/ARI-04.drl:9: 规则“ARI-04”的 @message 中 {$check.actaul}："
                + "SumCheck 没有属性“actaul”（有：actual、assumedZero、");
    }

    @Test
    void aClauseCitesTheFormatOfTheReportsYearAndTakesNoOtherPlaceholder() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("arithmetic/ARI-04.drl"), "@clause(\"{格式} 表四\")", "@clause(\"{格式} 表四（{年度}）\")");

        CheckCommandTest.Run broken = CheckCommandTest.run("rules", "check", rules.toString());
        RuleSet ruleSet = TestRules.checker().ruleSet();

        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("arithmetic/ARI-04.drl:9: 规则“ARI-04”的 @clause 中只能用占位符 {格式}");
        // the rule catalogue, SARIF and the service name the provision of every format, as no report is at hand
        assertThat(ruleSet.rules()).filteredOn(rule -> rule.id().equals("ARI-04")).singleElement()
                .satisfies(rule -> assertThat(rule.clause(ruleSet.formats()))
                        .isEqualTo("国办公开办函〔2021〕30号 表四（2019—2020年度：国办公开办函〔2019〕60号 表四）"));
    }

    @Test
    void aRuleMayCiteAnotherProvisionOnReportsOfAnOlderFormatButOnlyOfAFormatThatExists() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("arithmetic/ARI-04.drl"), "@clause(\"{格式} 表四\")", "@clause(\"{格式} 表四\")\n    @clause_2018(\"试行\")");
        edit(rules.resolve("structure/STR-16.drl"), "@clause_2019(", "@Clause_2019(");

        CheckCommandTest.Run broken = CheckCommandTest.run("rules", "check", rules.toString());
        RuleSet ruleSet = TestRules.checker().ruleSet();
        List<Finding> trialReport = TestRules.checker().check(Path.of("fixtures/reports/2020-laocheng-trial-format.txt")).findings();

        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("arithmetic/ARI-04.drl:9: 规则“ARI-04”的 @clause_2018 中的格式“2018”不存在")
                .contains("structure/STR-16.drl:10: 规则“STR-16”的 @Clause_2019 不是可用的元数据");
        // the 2021 document's 一（一） and "不宜泛化" came after the trial format: its reports are held to the regulation
        assertThat(trialReport).filteredOn(finding -> List.of("STR-16", "NAR-04").contains(finding.ruleId()))
                .hasSize(3).allSatisfy(finding -> assertThat(finding.clause()).isEqualTo("《中华人民共和国政府信息公开条例》第五十条第（四）项"));
        assertThat(ruleSet.rules()).filteredOn(rule -> rule.id().equals("NAR-04")).singleElement()
                .satisfies(rule -> assertThat(rule.clause(ruleSet.formats()))
                        .isEqualTo("国办公开办函〔2021〕30号（不宜泛化）（2019—2020年度：《中华人民共和国政府信息公开条例》第五十条第（四）项）"));
    }

    @Test
    void aConditionOnARelationOrTopicThatNoLongerExistsIsNamed() throws IOException {
        Path rules = copyOfRules();
        // the relation of ARI-05 given to a rule that does not exist
        edit(rules.resolve("relations/arithmetic.csv"), "\nARI-05,", "\nARI-50,");
        edit(rules.resolve("structure/STR-15.drl"), "\"overview.platform\"", "\"overview.platfrom\"");
        // a topic looking in a part no format has
        edit(rules.resolve("text/topics.yaml"), "name: 主动公开, in: [s1]", "name: 主动公开, in: [s7]");
        // a claim given to a mistyped rule id, which a rule id on a line before it (XC-04) begins with
        edit(rules.resolve("text/claims.yaml"), "rule: XC-05, parts: [category]", "rule: XC-0, parts: [category]");
        List<String> claims = Files.readAllLines(rules.resolve("text/claims.yaml"));
        int claimLine = lineOf(claims, "rule: XC-0,");
        // the rule's metadata may grow (@clause_2019): the condition is found where it stands
        int topicLine = lineOf(Files.readAllLines(rules.resolve("structure/STR-15.drl")), "overview.platfrom");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("arithmetic/ARI-05.drl:", "relations/*.csv 中没有规则“ARI-05”的关系")
                .contains("structure/STR-15.drl:" + topicLine + ":", "text/topics.yaml 中没有话题“overview.platfrom”")
                .contains("relations/arithmetic.csv:6: 关系表引用的规则“ARI-50”不存在")
                .contains("text/claims.yaml:" + claimLine + ": 说法引用的规则“XC-0”不存在")
                .contains("text/topics.yaml:9: 查找范围“s7”无效（应为部分编号 s1、s2、s3、s4、s5、s6，或 preamble、headings、all）");
    }

    @Test
    void aClaimPatternWithAlternativesOutsideBracketsIsNamed() throws IOException {
        Path rules = copyOfRules();
        // two ways of saying it joined at the top level: the reader's pre-checks would ask a sentence for both
        edit(rules.resolve("text/claims.yaml"), "patterns: [\"(上年结转|上年度结转|上一年度结转|结转上年度)…{N}件\"]",
                "patterns: [\"上年结转…{N}件|结转上年度…{N}件\"]");
        int claimLine = lineOf(Files.readAllLines(rules.resolve("text/claims.yaml")), "id: applications.carried_in,");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("text/claims.yaml:" + claimLine + ": 说法“applications.carried_in”的写法“上年结转…{N}件|结转上年度…{N}件”有误："
                + "“|”只能用在括号中，如“(收到|受理)”；另一种说法请另写一个 pattern");
    }

    @Test
    void aMistakeInARatesNumeratorOrOtherDenominatorIsNamed() throws IOException {
        Path rules = copyOfRules();
        Path claims = rules.resolve("text/claims.yaml");
        // a numerator given to a count, which has no rate to divide; a cell no format has as the other denominator
        edit(claims, "rule: XC-08, compare: t4.review.total,",
                "rule: XC-08, compare: t4.review.total, numerator: t4.review.corrected,");
        edit(claims, "also_compare: t4.review.total,", "also_compare: t4.review.totl,");
        List<String> lines = Files.readAllLines(claims);

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("text/claims.yaml:" + lineOf(lines, "id: review.total,")
                        + ": 说法“review.total”的 numerator、also_compare 不起作用：它们只用于比例说法（{P}）")
                .contains("text/claims.yaml:" + lineOf(lines, "id: rate.review_corrected,") + ": 说法“rate.review_corrected”：");
    }

    @Test
    void aClaimsOwnElsewhereWordsSilenceThatClaimAloneUnderTheItemHeading() throws IOException {
        Path report = work.resolve("window.txt");
        Files.writeString(report, Files.readString(Path.of("fixtures/rules/XC-04/fail-received-under-item-heading.txt"))
                .replace("2024 年全区共收到申请 600 件，结转下年度继续办理 11 件。",
                        "2024 年全区窗口共收到申请 600 件，结转下年度继续办理 12 件。"), StandardCharsets.UTF_8);
        Path rules = copyOfRules();

        List<String> before = claimRules(CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                report.toString()));
        // "窗口" said to mean another thing for the new applications only: the carried-out figure is still compared
        edit(rules.resolve("text/claims.yaml"), "compare: t3.applications.new.total,\n     about: [信息公开, 依申请],",
                "compare: t3.applications.new.total,\n     about: [信息公开, 依申请], elsewhere: [窗口],");
        List<String> after = claimRules(CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                report.toString()));

        assertThat(before).containsExactly("XC-04", "XC-06");
        assertThat(after).containsExactly("XC-06");
    }

    /** The rules of the findings on the prose's application figures, in the order reported. */
    private static List<String> claimRules(CheckCommandTest.Run run) throws IOException {
        List<String> rules = new ArrayList<>();
        for (JsonNode finding : json(run).at("/reports/0/findings")) {
            String rule = finding.at("/ruleId").asText();
            if (List.of("XC-04", "XC-05", "XC-06").contains(rule)) {
                rules.add(rule);
            }
        }
        return rules;
    }

    @Test
    void aMistakeInAClaimsElsewhereInTheUnitsOfListedFiguresOrInTheUnlessExceptionsIsNamed() throws IOException {
        Path rules = copyOfRules();
        Path claims = rules.resolve("text/claims.yaml");
        // a claim without about never reads elsewhere; an empty word stands in every sentence
        edit(claims, "compare: t3.results.granted.total,", "compare: t3.results.granted.total, elsewhere: [热线],");
        edit(claims, "patterns: [\"收办…{N}件\"],", "elsewhere: [热线, \"\"], patterns: [\"收办…{N}件\"],");
        edit(claims, "respective_units: [件, 起]", "respective_units: [件, \"\", 起]");
        // an exception holding no claim's unless word excepts nothing
        edit(claims, "unless_except: [各类申请人,", "unless_except: [各类事项, 各类申请人,");
        List<String> lines = Files.readAllLines(claims);

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("text/claims.yaml:" + lineOf(lines, "id: results.granted,")
                        + ": 说法“results.granted”的 elsewhere 不起作用：只在按条目标题判断（about）时才看 elsewhere，这个说法没有 about")
                .contains("text/claims.yaml:" + lineOf(lines, "id: applications.handled,")
                        + ": 说法“applications.handled”的 elsewhere 中有空的词语")
                .contains("text/claims.yaml:" + lineOf(lines, "respective_units:") + ": respective_units 中有空的词语")
                .contains("text/claims.yaml:" + lineOf(lines, "unless_except:")
                        + ": unless_except 中的“各类事项”不起作用：它不含任何说法的 unless 词语");
    }

    private static int lineOf(List<String> lines, String text) {
        return 1 + lines.indexOf(lines.stream().filter(line -> line.contains(text)).findFirst().orElseThrow());
    }

    private static int lastLineOf(List<String> lines, String text) {
        return 1 + lines.lastIndexOf(lines.stream().filter(line -> line.contains(text)).reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void aMistypedCellInARelationIsNamedOnceWithEveryFormatThatLacksIt() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("relations/arithmetic.csv"), "t4.review.pending =", "t4.review.pendng =");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("relations/arithmetic.csv:5:9: 单元格“t4.review.pendng”不存在（格式 2019、2021）")
                .doesNotContain("没有规则“ARI-04”的关系");
    }

    @Test
    void aCompareEntryThatNoFormatUsesIsNamed() throws IOException {
        Path rules = copyOfRules();
        // a misspelt table in the trial format's entry, and an entry repeated: neither would ever be compared
        edit(rules.resolve("text/claims.yaml"), "[t2.rules.issued, t2v19.rules.made]", "[t2.rules.issued, t2v91.rules.made]");
        edit(rules.resolve("text/claims.yaml"), "[t2.normative.issued, t2v19.normative.made]",
                "[t2.normative.issued, t2v19.normative.made, t2.normative.issued]");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("说法“rules.issued”的 compare 中的“t2v91.rules.made”不会被使用",
                "说法“normative.issued”的 compare 中的“t2.normative.issued”不会被使用");
    }

    @Test
    void aRuleLackingMetadataIsNotAlsoCalledUnknownWhereAProfileNamesIt() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("narrative/NAR-05.drl"), "    @title(\"问题表述具体\")\n", "");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("narrative/NAR-05.drl:", "规则“NAR-05”缺少元数据 @title")
                .doesNotContain("规则编号“NAR-05”不存在");
    }

    @Test
    void rulesDiffSaysWhichOfItsTwoRuleSetsIsBroken() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("arithmetic/ARI-04.drl"), "rule == \"ARI-04\")", "rule == \"ARI-04\"");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "diff", TestRules.RULES.toString(), rules.toString(),
                "fixtures/reports/2024-laocheng.txt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("xxgk-checker: 规则集 " + rules + " 无法使用，共 1 处问题");
    }

    @Test
    void aCopiedRuleFileNamesBothFilesWithTheSameRule() throws IOException {
        Path rules = copyOfRules();
        Files.copy(rules.resolve("arithmetic/ARI-04.drl"), rules.resolve("arithmetic/ARI-04-copy.drl"));

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("arithmetic/ARI-04.drl:9: 规则名称重复：与 arithmetic/ARI-04-copy.drl 中的规则同名");
    }

    @Test
    void aBrokenConsequenceIsNamedAtItsLineAndNotAsACondition() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("arithmetic/ARI-04.drl"), "    findings.report(drools);", "    findings.report(drools");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("arithmetic/ARI-04.drl:18: 结论（then 与 end 之间）无法解析").doesNotContain("条件");
    }

    @Test
    void rulesTestShowsWhichRuleFailsAndHow() throws IOException {
        Path rules = copyOfRules();
        Path fixtures = work.resolve("fixtures/rules");
        CheckCommandTest.copy(Path.of("fixtures/rules"), fixtures);
        edit(rules.resolve("arithmetic/ARI-04.drl"), "≠ 总计 {$check.actual}", "不等于总计 {$check.actual}");

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "test", rules.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("✗ ARI-04", "fail-review-total.txt", "缺少预期的发现", "✓ ARI-05")
                .contains((TestRules.checker().ruleSet().rules().size() - 1) + " 条规则通过，1 条未通过");
    }

    @Test
    void rulesTestTakesAFixtureWithoutAnEndingAndNamesABadDateInAnExpectation() throws IOException {
        Path rules = copyOfRules();
        Path fixtures = work.resolve("fixtures/rules");
        CheckCommandTest.copy(Path.of("fixtures/rules"), fixtures);
        Files.copy(Path.of("fixtures/reports/2024-laocheng.txt"), fixtures.resolve("ARI-04/pass-saved-without-ending"));

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "test", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("✓ ARI-04");

        Path expected = fixtures.resolve("META-07/fail-published-late.expected.json");
        edit(expected, "\"published\": \"2025-02-20\"", "\"published\": \"2025-02-30\"");

        run = CheckCommandTest.run("rules", "test", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(expected.getFileName() + " 中 options.published 应为 YYYY-MM-DD 格式的日期，而不是“2025-02-30”")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aProfileAndSkipAdjustRulesByIdForADeployment() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("profiles/province.yaml"),
                "name: 某省\nseverity:\n  NAR-05: ERROR\ndisabled:\n  - META-08\n", StandardCharsets.UTF_8);

        JsonNode standard = json(CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                TestRules.SEED.toString()));
        CheckCommandTest.Run province = CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                "--profile", "province", "--skip", "NAR-01", TestRules.SEED.toString());

        assertThat(standard.at("/reports/0/verdict").asText()).isEqualTo("PASS");
        assertThat(standard.at("/reports/0/findings").toString()).contains("\"META-08\"", "\"NAR-01\"");
        assertThat(province.exitCode()).isEqualTo(1);
        JsonNode adjusted = json(province);
        assertThat(adjusted.at("/checker/ruleSet/profile").asText()).isEqualTo("province");
        assertThat(adjusted.at("/reports/0/verdict").asText()).isEqualTo("FAIL");
        assertThat(adjusted.at("/reports/0/findings").toString()).doesNotContain("\"META-08\"", "\"NAR-01\"");
        assertThat(adjusted.at("/reports/0/findings/0/ruleId").asText()).isEqualTo("NAR-05");
        assertThat(adjusted.at("/reports/0/findings/0/severity").asText()).isEqualTo("ERROR");
    }

    @Test
    void everyResultNamesTheRuleSetByVersionAndHash() throws IOException {
        Path rules = copyOfRules();
        JsonNode before = json(CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                TestRules.CLEAN.toString()));
        edit(rules.resolve("ruleset.yaml"), "version: ", "version: 9");
        edit(rules.resolve("narrative/NAR-07.drl"), "count >= 2", "count >= 3");
        JsonNode after = json(CheckCommandTest.run("check", "--format", "json", "--rules", rules.toString(),
                TestRules.CLEAN.toString()));

        assertThat(before.at("/checker/ruleSet/version").asText()).isNotBlank();
        assertThat(after.at("/checker/ruleSet/version").asText()).startsWith("9");
        assertThat(after.at("/checker/ruleSet/sha256").asText()).hasSize(64)
                .isNotEqualTo(before.at("/checker/ruleSet/sha256").asText());
    }

    private static CheckCommandTest.Run run(Path rules, String file, String before, String after) throws IOException {
        edit(rules.resolve(file), before, after);
        return CheckCommandTest.run("rules", "check", rules.toString());
    }
}
