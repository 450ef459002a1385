package org.xxgk.checker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code check DIR --out}: a jurisdiction's reports (a clean one, a defective one, three that are no reports, a copy
 * of the defective one and another report of the same body and year) give one summary row each, in path order, with
 * the right verdict, counts, rules and copies, and exit code 1; a file that cannot be read at all is listed with the
 * reason and makes it 2.
 */
class BatchCheckTest {
    @TempDir
    static Path temp;
    private static Path reports;

    @BeforeAll
    static void writeReports() throws IOException {
        reports = temp.resolve("reports");
        Path clean = Files.createDirectories(reports.resolve("clean"));
        Path defective = Files.createDirectories(reports.resolve("defective"));
        Path copies = Files.createDirectories(reports.resolve("copies"));
        Path unreadable = Files.createDirectories(reports.resolve("unreadable"));
        // another body, so that it is no copy of the others
        Files.writeString(clean.resolve("2024-dongcheng.txt"), TestRules.clean().replace("老城区", "东城区"));
        Files.copy(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"), defective.resolve("2024-laocheng-wrong-total.txt"));
        Files.copy(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"), copies.resolve("wrong-total-copy.txt"));
        Files.copy(Path.of("fixtures/reports-docx/2024-laocheng.docx"), copies.resolve("2024-laocheng.docx"));
        Files.write(unreadable.resolve("empty.txt"), new byte[0]);
        Files.copy(Path.of("fixtures/rules/INPUT-02/fail-png-image.txt"), unreadable.resolve("image.txt"));
        Files.copy(Path.of("fixtures/rules/INPUT-04/fail-password-protected.docx"), unreadable.resolve("locked.docx"));
    }

    @Test
    void aJurisdictionsReportsGiveOneSummaryRowEachAndExitCode1() throws IOException {
        Path out = temp.resolve("out");

        CheckCommandTest.Run run = CheckCommandTest.run("check", "--out", out.toString(), reports.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("共 7 份：通过 2，不通过 5，无法检查 0。", out.resolve("summary.html").toString());
        assertThat(run.err()).as("no progress bar off a terminal, no error").isEmpty();
        Map<String, Map<String, String>> rows = csv(out.resolve("summary.csv"));
        assertThat(rows.keySet()).containsExactly("clean/2024-dongcheng.txt", "copies/2024-laocheng.docx",
                "copies/wrong-total-copy.txt", "defective/2024-laocheng-wrong-total.txt", "unreadable/empty.txt",
                "unreadable/image.txt", "unreadable/locked.docx");

        Map<String, String> clean = rows.get("clean/2024-dongcheng.txt");
        assertThat(clean).containsEntry("机关", "东城区人民政府").containsEntry("年度", "2024").containsEntry("结论", "通过")
                .containsEntry("错误", "0").containsEntry("警告", "0").containsEntry("重复", "")
                .containsEntry("详情（HTML）", "reports/clean/2024-dongcheng.txt.html");
        Map<String, String> defective = rows.get("defective/2024-laocheng-wrong-total.txt");
        assertThat(defective).containsEntry("结论", "不通过").containsEntry("错误", "1").containsEntry("警告", "1");
        assertThat(defective.get("问题规则")).startsWith("ARI-04 XC-08");
        assertThat(defective.get("重复")).isEqualTo("内容与 " + source("copies/wrong-total-copy.txt") + " 相同；机关和年度与 "
                + source("copies/2024-laocheng.docx") + " 相同");
        assertThat(rows.get("copies/2024-laocheng.docx")).containsEntry("结论", "通过")
                .containsEntry("重复", "机关和年度与 " + source("copies/wrong-total-copy.txt") + "、"
                        + source("defective/2024-laocheng-wrong-total.txt") + " 相同");
        assertThat(rows.get("unreadable/empty.txt")).containsEntry("结论", "不通过").containsEntry("机关", "")
                .containsEntry("年度", "").containsEntry("问题规则", "INPUT-01").containsEntry("重复", "");
        assertThat(rows.get("unreadable/image.txt")).containsEntry("问题规则", "INPUT-02");
        assertThat(rows.get("unreadable/locked.docx")).containsEntry("问题规则", "INPUT-04");

        Map<String, Map<String, String>> rules = csv(out.resolve("rules.csv"));
        assertThat(rules.get("ARI-04")).containsEntry("严重程度", "ERROR").containsEntry("年报数", "2");
        assertThat(rules.get("INPUT-01")).containsEntry("年报数", "1");
        assertThat(rules.keySet()).doesNotContain("ARI-01");
    }

    @Test
    void eachReportHasItsEntryAndPageAndTheSummaryPageLinksThem() throws IOException {
        Path out = temp.resolve("pages");

        CheckCommandTest.run("check", "--out", out.toString(), reports.toString());

        JsonNode entry = new ObjectMapper().readTree(out.resolve("reports/defective/2024-laocheng-wrong-total.txt.json").toFile());
        assertThat(entry.at("/source").asText()).isEqualTo(source("defective/2024-laocheng-wrong-total.txt"));
        assertThat(entry.at("/findings/0/cells/0/id").asText()).isEqualTo("t4.review.total");
        String page = Files.readString(out.resolve("reports/defective/2024-laocheng-wrong-total.txt.html"));
        assertThat(page).contains("default-src 'none'", "window.XXGK_EMBEDDED = {\"result\":", "\"t4.review.total\"")
                .doesNotContain("<link rel=\"stylesheet\"", "<script src=");
        String summary = Files.readString(out.resolve("summary.html"));
        assertThat(summary).contains("href=\"reports/defective/2024-laocheng-wrong-total.txt.html\"",
                        "共 7 份：通过 2 · 不通过 5 · 无法检查 0 · 重复 1 组", "default-src 'none'")
                .doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(summary.split("<tr class=")).hasSize(8);
        assertThat(Files.exists(out.resolve("reports/unreadable/empty.txt.html"))).isTrue();
    }

    @Test
    void theOutputIsTheSameByteForByteWhateverTheThreads() throws IOException {
        Path one = temp.resolve("one-thread");
        Path two = temp.resolve("three-threads");

        CheckCommandTest.run("check", "--threads", "1", "--format", "sarif", "--out", one.toString(), reports.toString());
        CheckCommandTest.run("check", "--threads", "3", "--format", "sarif", "--out", two.toString(), reports.toString());

        Map<String, byte[]> first = tree(one);
        Map<String, byte[]> second = tree(two);
        assertThat(first.keySet()).contains("summary.html", "summary.csv", "rules.csv", "results.sarif")
                .containsExactlyElementsOf(second.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void aFileThatCannotBeReadAtAllIsListedWithTheReasonAndExitCode2() throws IOException {
        // exists and is a regular file, yet reading it fails, even for root: no memory is mapped at address 0
        Path unreadable = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(unreadable), "needs Linux's /proc");
        Path out = temp.resolve("with-unreadable");

        CheckCommandTest.Run json = CheckCommandTest.run("check", "--format", "json", reports.resolve("clean").toString(),
                unreadable.toString());
        CheckCommandTest.Run batch = CheckCommandTest.run("check", "--out", out.toString(),
                reports.resolve("clean").toString(), unreadable.toString());
        CheckCommandTest.Run sarif = CheckCommandTest.run("check", "--format", "sarif", reports.resolve("clean").toString(),
                unreadable.toString());
        CheckCommandTest.Run junit = CheckCommandTest.run("check", "--format", "junit", reports.resolve("clean").toString(),
                unreadable.toString());

        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err().lines()).singleElement().asString().startsWith("xxgk-checker: 无法检查 /proc/self/mem：无法读取");
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertThat(document.at("/reports").size()).isEqualTo(1);
        assertThat(document.at("/errors/0/source").asText()).isEqualTo("/proc/self/mem");
        assertThat(document.at("/errors/0/error").asText()).startsWith("无法读取");
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.out()).contains("共 2 份：通过 1，不通过 0，无法检查 1。");
        assertThat(csv(out.resolve("summary.csv")).get("/proc/self/mem"))
                .containsEntry("结论", "无法检查").containsEntry("详情（HTML）", "")
                .hasEntrySatisfying("无法检查的原因", reason -> assertThat(reason).startsWith("无法读取"));
        JsonObject log = new JsonObject(sarif.out());
        assertThat(PipelineFormatsTest.sarifSchema().validate(log).getValid()).isTrue();
        JsonObject invocation = log.getJsonArray("runs").getJsonObject(0).getJsonArray("invocations").getJsonObject(0);
        assertThat(invocation.getBoolean("executionSuccessful")).isFalse();
        assertThat(invocation.getJsonArray("toolExecutionNotifications").getJsonObject(0).getString("level")).isEqualTo("error");
        assertThat(junit.out()).contains("<testsuite name=\"/proc/self/mem\" tests=\"1\" failures=\"0\" errors=\"1\"",
                "<error message=\"无法检查：无法读取");
    }

    @Test
    void theProgressBarIsDrawnOnlyWhenAsked() {
        Path out = temp.resolve("progress");

        CheckCommandTest.Run quiet = CheckCommandTest.run("check", "--out", out.toString(), reports.toString());
        CheckCommandTest.Run asked = CheckCommandTest.run("check", "--progress", "--out", out.toString(), reports.toString());

        assertThat(quiet.err()).doesNotContain("检查年报");
        assertThat(asked.err()).contains("\r检查年报 [", "7/7 100%");
        assertThat(asked.out()).doesNotContain("检查年报");
    }

    @Test
    void aDirectoryWithOtherFilesIsNotOverwritten() throws IOException {
        Path someonesFolder = Files.createDirectories(temp.resolve("someones-folder"));
        Files.writeString(someonesFolder.resolve("notes.txt"), "keep me");

        CheckCommandTest.Run run = CheckCommandTest.run("check", "--out", someonesFolder.toString(), reports.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("已有其他文件");
        try (Stream<Path> files = Files.list(someonesFolder)) {
            assertThat(files).containsExactly(someonesFolder.resolve("notes.txt"));
        }
    }

    @Test
    void aSecondRunIntoTheSameDirectoryLeavesNoPageOfTheFirst() throws IOException {
        Path out = temp.resolve("rerun");

        CheckCommandTest.run("check", "--out", out.toString(), reports.toString());
        CheckCommandTest.Run second = CheckCommandTest.run("check", "--out", out.toString(), reports.resolve("clean").toString());

        assertThat(second.exitCode()).isZero();
        assertThat(tree(out.resolve("reports")).keySet())
                .containsExactlyInAnyOrder("2024-dongcheng.txt.html", "2024-dongcheng.txt.json");
    }

    @Test
    void aRerunDeletesOnlyWhatTheToolWroteAndNeverChecksItsOwnPages() throws IOException {
        Path out = reports.resolve("结果");
        try {
            CheckCommandTest.run("check", "--format", "sarif", "--out", out.toString(), reports.toString());
            Files.writeString(out.resolve("reports/defective/审阅意见.txt"), "keep me");

            CheckCommandTest.Run rerun = CheckCommandTest.run("check", "--out", out.toString(), reports.toString());

            // the earlier run's SARIF file is gone, the reviewer's note is not, and 结果/ was no input
            assertThat(out.resolve("results.sarif")).doesNotExist();
            assertThat(out.resolve("reports/defective/审阅意见.txt")).hasContent("keep me");
            assertThat(rerun.out()).contains("共 7 份");
        } finally {
            org.apache.commons.io.FileUtils.deleteDirectory(out.toFile());
        }
    }

    @Test
    void aDirectoryWithOnlySomeonesSummaryPageIsNoEarlierRun() throws IOException {
        Path someones = Files.createDirectories(temp.resolve("someones-pages/reports"));
        Files.writeString(someones.resolve("老城区.txt"), "my report");
        Files.writeString(someones.getParent().resolve("summary.html"), "<html>mine</html>");

        CheckCommandTest.Run run = CheckCommandTest.run("check", "--out", someones.getParent().toString(),
                reports.resolve("clean").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(someones.resolve("老城区.txt")).hasContent("my report");
        assertThat(someones.getParent().resolve("summary.html")).hasContent("<html>mine</html>");
    }

    @Test
    void aSearchFollowsLinksAndLeavesNoFileOutUnsaid() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("linked"));
        Files.createSymbolicLink(folder.resolve("区县"), reports.resolve("clean").toAbsolutePath());
        Files.createSymbolicLink(folder.resolve("已删除.txt"), folder.resolve("nowhere.txt"));
        Files.copy(Path.of("fixtures/rules/INPUT-02/fail-scanned-pdf.pdf"), folder.resolve("扫描件.pdf"));
        Files.writeString(folder.resolve("照片.jpg"), "not a report");
        Files.writeString(folder.resolve("表格.xlsx"), "not a report");
        Files.copy(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"), folder.resolve(".副本.txt"));

        CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", folder.toString());

        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.at("/reports/0/source").asText()).endsWith("区县/2024-dongcheng.txt");
        assertThat(document.at("/reports/1/source").asText()).endsWith("扫描件.pdf");
        assertThat(document.at("/reports/1/findings/0/message").asText()).contains("PDF 文件");
        assertThat(document.at("/errors/0/source").asText()).endsWith("已删除.txt");
        assertThat(run.err()).contains("另有 3 个文件未检查（.jpg 1 个、.xlsx 1 个、隐藏文件 1 个）");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aSearchChecksWord97FilesAndWpsFilesSavedInTheirFormat() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("word97"));
        Path twin = Path.of("fixtures/reports-doc/2024-laocheng-wrong-total.doc");
        Files.copy(twin, folder.resolve("年报.doc"));
        Files.copy(twin, folder.resolve("年报.wps"));

        CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", folder.toString());

        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.at("/reports/0/source").asText()).endsWith("年报.doc");
        assertThat(document.at("/reports/1/source").asText()).endsWith("年报.wps");
        for (int report = 0; report < 2; report++) {
            assertThat(document.at("/reports/" + report + "/findings/0/ruleId").asText()).isEqualTo("ARI-04");
        }
        assertThat(run.err()).doesNotContain("未检查");
    }

    @Test
    void aSearchCountsHiddenFoldersWithoutEnteringThemButEntersOneNamed() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("working-copy"));
        Files.writeString(folder.resolve("2024-dongcheng.txt"), TestRules.clean().replace("老城区", "东城区"));
        Path git = Files.createDirectories(folder.resolve(".git/logs"));
        Files.copy(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"), git.resolve("HEAD.txt"));
        Path svn = Files.createDirectories(folder.resolve("区县/.svn"));
        Files.copy(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"), svn.resolve("年报.txt"));

        CheckCommandTest.Run searched = CheckCommandTest.run("check", "--format", "json", folder.toString());
        CheckCommandTest.Run named = CheckCommandTest.run("check", "--format", "json", folder.resolve(".git").toString());
        CheckCommandTest.Run both = CheckCommandTest.run("check", "--format", "json", folder.toString(),
                folder.resolve(".git").toString());

        JsonNode reports = new ObjectMapper().readTree(searched.out()).at("/reports");
        assertThat(reports).hasSize(1);
        assertThat(reports.at("/0/source").asText()).endsWith("working-copy/2024-dongcheng.txt");
        assertThat(searched.err()).contains("目录中另有 2 个隐藏文件夹未检查（.git、.svn；要检查其中的年报，请在命令行上直接给出该文件夹）");
        assertThat(searched.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(named.out()).at("/reports/0/source").asText()).endsWith(".git/logs/HEAD.txt");
        assertThat(named.err()).doesNotContain("隐藏文件夹");
        // the folder and its hidden folder named together: .git is checked, and only .svn is left out
        assertThat(new ObjectMapper().readTree(both.out()).at("/reports")).hasSize(2);
        assertThat(both.err()).contains("目录中另有 1 个隐藏文件夹未检查（.svn；");
    }

    @Test
    void aFolderWhoseReportsAreAllInAHiddenFolderSaysWhereTheyAre() throws IOException {
        Path hidden = Files.createDirectories(temp.resolve("only-hidden/.年报"));
        Files.copy(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"), hidden.resolve("年报.txt"));

        CheckCommandTest.Run run = CheckCommandTest.run("check", hidden.getParent().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("中没有年报文件", "另有 1 个隐藏文件夹未检查（.年报；要检查其中的年报，请在命令行上直接给出该文件夹）");
    }

    @Test
    void aPipeInAFolderIsListedAsNoRegularFileWithoutOpeningItButIsReadWhenNamed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("with-pipe"));
        Files.copy(reports.resolve("clean/2024-dongcheng.txt"), folder.resolve("a.txt"));
        Path pipe = folder.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");

        // opening a pipe waits for a writer: the search's pipe must never be opened, or the run never ends
        CheckCommandTest.Run found = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CheckCommandTest.run("check", "--format", "json", folder.toString()));
        Thread writer = new Thread(() -> {
            try (java.io.OutputStream to = Files.newOutputStream(pipe)) {
                Files.copy(reports.resolve("clean/2024-dongcheng.txt"), to);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        CheckCommandTest.Run named = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CheckCommandTest.run("check", "--format", "json", pipe.toString()));

        assertThat(found.exitCode()).isEqualTo(2);
        JsonNode document = new ObjectMapper().readTree(found.out());
        assertThat(document.at("/reports").size()).isEqualTo(1);
        assertThat(document.at("/errors/0/source").asText()).isEqualTo(pipe.toString());
        assertThat(document.at("/errors/0/error").asText()).isEqualTo("不是普通文件");
        assertThat(found.err()).contains("无法检查 " + pipe + "：不是普通文件");
        assertThat(named.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(named.out()).at("/reports/0/report/organization").asText())
                .isEqualTo("东城区人民政府");
    }

    @Test
    void aFileReachedThroughLinksIsCheckedOnceUnderTheNameFirstFound() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(folder.resolve("区县"), reports.resolve("clean").toAbsolutePath());
        Files.createSymbolicLink(folder.resolve("链接.txt"), reports.resolve("clean/2024-dongcheng.txt").toAbsolutePath());

        CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", reports.resolve("clean").toString(),
                folder.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.at("/reports").size()).isEqualTo(1);
        assertThat(document.at("/reports/0/source").asText()).isEqualTo(source("clean/2024-dongcheng.txt"));
    }

    @Test
    void theHelpOfCheckNamesEveryKindOfReportFileAndTeachesTheBatch() {
        CheckCommandTest.Run help = CheckCommandTest.run("check", "--help");

        assertThat(help.exitCode()).isZero();
        // as words, whatever lines the help is wrapped into
        assertThat(help.out().replaceAll("\\s+", "")).contains(".txt、.text、.md、.html、.htm、.docx、.doc、.pdf", "--out", "summary.html",
                "summary.csv", "sarif", "junit", "--threads", "--[no-]progress", "示例");
    }

    private static String source(String relative) {
        return reports.resolve(relative).toString();
    }

    /** The rows of a summary CSV by their first column (a file below the reports, or a rule id); checks the BOM. */
    static Map<String, Map<String, String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(mapper.schemaWithHeader()).readValues(text)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                String key = row.values().iterator().next();
                rows.put(key.startsWith(reports.toString()) ? key.substring(reports.toString().length() + 1) : key, row);
            }
        }
        return rows;
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        for (Path path : paths) {
            files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
        }
        return files;
    }
}
