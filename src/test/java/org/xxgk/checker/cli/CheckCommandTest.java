package org.xxgk.checker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as pipelines use it: exit codes, JSON of the contract, and one-line errors. */
class CheckCommandTest {
    @TempDir
    static Path dir;
    private static Path mutant;

    @BeforeAll
    static void writeReports() throws IOException {
        mutant = dir.resolve("mutant.txt");
        Files.writeString(mutant, TestRules.seed().replace("\n8\t4\t12\t0\t24\t", "\n8\t4\t12\t0\t25\t"));
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aResultThatCannotBeWrittenIsExitCode2NotAPass() throws IOException, InterruptedException {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "--format", "sarif", "fixtures/reports/2024-laocheng.txt")
                .redirectOutput(full.toFile()).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(err).contains("xxgk-checker: 无法写出结果");
    }

    @Test
    void aDashReadsTheReportFromStandardInput() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "--format", "json", "-")
                .redirectInput(mutant.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out).at("/reports/0");
        assertThat(report.at("/source").asText()).isEqualTo("-");
        assertThat(report.at("/findings/0/ruleId").asText()).isEqualTo("ARI-04");
    }

    @Test
    void theSeedPassesWithExitCode0() {
        Run run = run("check", TestRules.SEED.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("老城区人民政府 2024 年政府信息公开工作年度报告", "结论：通过（错误 0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aWrongSumFailsWithExitCode1AndTheContractsJson() throws IOException {
        Run run = run("check", "--format", "json", mutant.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/checker/version").asText()).isNotBlank();
        assertThat(json.at("/checker/ruleSet/path").asText()).isEqualTo("rules");
        assertThat(json.at("/checker/ruleSet/sha256").asText()).hasSize(64);
        assertThat(json.at("/checker/ruleSet/rules").asInt()).isGreaterThan(30);
        JsonNode report = json.at("/reports/0");
        assertThat(report.at("/source").asText()).isEqualTo(mutant.toString());
        assertThat(report.at("/report/organization").asText()).isEqualTo("老城区人民政府");
        assertThat(report.at("/report/year").asInt()).isEqualTo(2024);
        assertThat(report.at("/report/format").asText()).isEqualTo("2021");
        assertThat(report.at("/verdict").asText()).isEqualTo("FAIL");
        assertThat(report.at("/summary/error").asInt()).isEqualTo(1);
        JsonNode finding = report.at("/findings/0");
        assertThat(finding.at("/ruleId").asText()).isEqualTo("ARI-04");
        assertThat(finding.at("/severity").asText()).isEqualTo("ERROR");
        assertThat(finding.at("/message").asText()).isEqualTo("表四行政复议：8+4+12+0=24 ≠ 总计 25");
        assertThat(finding.at("/clause").asText()).contains("国办公开办函〔2021〕30号");
        assertThat(finding.at("/expected").asInt()).isEqualTo(24);
        assertThat(finding.at("/actual").asInt()).isEqualTo(25);
        assertThat(finding.at("/cells/0/id").asText()).isEqualTo("t4.review.total");
        assertThat(finding.at("/cells/0/value").asInt()).isEqualTo(25);
        assertThat(finding.at("/cells/0/line").asInt()).isEqualTo(70);
    }

    @Test
    void failOnLowersTheLevelThatFails() throws IOException {
        Path subtotal = dir.resolve("subtotal.txt");
        Files.writeString(subtotal, TestRules.seed().replace("\n(七) 总计", "\n小计\t\t1\t0\t0\t0\t0\t0\t1\n(七) 总计"));

        assertThat(run("check", subtotal.toString()).exitCode()).isZero();
        assertThat(run("check", "--fail-on", "INFO", subtotal.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aDirectoryIsCheckedFileByFile() throws IOException {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports.resolve("district"));
        Files.copy(TestRules.SEED, reports.resolve("a.txt"));
        Files.copy(mutant, reports.resolve("district/b.txt"));
        Files.writeString(reports.resolve("notes.json"), "{}");

        Run run = run("check", "--format", "json", reports.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/reports").size()).isEqualTo(2);
        assertThat(json.at("/reports/0/verdict").asText()).isEqualTo("PASS");
        assertThat(json.at("/reports/1/verdict").asText()).isEqualTo("FAIL");
    }

    @Test
    void aMissingFileIsAOneLineErrorWithExitCode2() {
        Run run = run("check", dir.resolve("nowhere.txt").toString());
        Run all = run("check", dir.resolve("nowhere.txt").toString(), dir.resolve("gone.txt").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("找不到文件", "nowhere.txt");
        assertThat(run.out()).isEmpty();
        assertThat(all.exitCode()).isEqualTo(2);
        assertThat(all.err().lines()).singleElement().asString().contains("找不到文件", "nowhere.txt", "gone.txt");
        assertThat(all.out()).isEmpty();
    }

    @Test
    void aMissingFileAmongOthersIsListedAsNotCheckedAndTheOthersAreChecked() throws IOException {
        Path missing = dir.resolve("nowhere.txt");

        Run run = run("check", "--format", "json", TestRules.SEED.toString(), missing.toString(), mutant.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/reports").size()).isEqualTo(2);
        assertThat(json.at("/errors/0/source").asText()).isEqualTo(missing.toString());
        assertThat(json.at("/errors/0/error").asText()).isEqualTo("文件不存在");
        assertThat(run.err().lines()).singleElement().isEqualTo("xxgk-checker: 无法检查 " + missing + "：文件不存在");
    }

    @Test
    void aBrokenRuleSetIsRefusedWithFileAndLine() throws IOException {
        Path rules = dir.resolve("broken-rules");
        copy(TestRules.RULES, rules);
        Path rule = rules.resolve("arithmetic/ARI-04.drl");
        Files.writeString(rule, Files.readString(rule).replace("rule == \"ARI-04\")", "rule == \"ARI-04\""));

        Run run = run("check", "--rules", rules.toString(), TestRules.SEED.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("arithmetic/ARI-04.drl:").contains("语法错误").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badArgumentsAreExplainedWithExitCode2() {
        Run unknownFormat = run("check", "--format", "xml", TestRules.SEED.toString());
        Run nothing = run();

        assertThat(unknownFormat.exitCode()).isEqualTo(2);
        assertThat(unknownFormat.err()).contains("--format").contains("xxgk-checker check --help");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.out()).contains("check").contains("rules");
    }

    @Test
    void helpTeachesWithExamplesAndExitCodes() {
        Run help = run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("示例", "退出码", "xxgk-checker check");
    }

    @Test
    void oneFileNamedTwoWaysIsCheckedOnceAndAnEmptySkipSkipsNothing() {
        Run twice = run("check", "--format", "json", "fixtures/reports/../reports/2024-laocheng.txt",
                "fixtures/reports/2024-laocheng.txt");
        Run emptySkip = run("check", "--skip", "", "fixtures/reports/2024-laocheng.txt");

        assertThat(twice.out().split("\"source\"", -1)).hasSize(2);
        assertThat(emptySkip.exitCode()).isZero();
    }

    @Test
    void factsShowWhatTheReaderFound() {
        Run run = run("facts", TestRules.SEED.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"t4.review.total\"", "\"value\" : 24", "\"at\" : \"70:");
        Run folder = run("facts", "fixtures/reports");
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("fixtures/reports 是目录；facts 显示一份年报的解析结果");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
