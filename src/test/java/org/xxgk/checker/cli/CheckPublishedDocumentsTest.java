package org.xxgk.checker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * check takes web pages, Word files and PDF files like texts, points at a cell by its table, row and column, and at
 * a line of prose by the line of the text the document was read as, which {@code facts --text} prints.
 */
class CheckPublishedDocumentsTest {

    @Test
    void aFolderOfWordFilesIsCheckedAndCellsAreLocatedInTheirTables() throws IOException {
        CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", "fixtures/reports-docx");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode reports = new ObjectMapper().readTree(run.out()).path("reports");
        assertThat(reports).hasSize(8);
        JsonNode wrongTotal = null;
        for (JsonNode report : reports) {
            wrongTotal = report.path("source").asText().endsWith("wrong-total.docx") ? report : wrongTotal;
        }
        assertThat(wrongTotal).isNotNull();
        assertThat(wrongTotal.path("verdict").asText()).isEqualTo("FAIL");
        JsonNode cell = wrongTotal.at("/findings/0/cells/0");
        assertThat(cell.path("id").asText()).isEqualTo("t4.review.total");
        assertThat(List.of(cell.path("table").asInt(), cell.path("row").asInt(), cell.path("column").asInt()))
                .containsExactly(3, 4, 5);
        assertThat(cell.path("line").asInt()).isPositive();
    }

    @Test
    void aFolderOfPdfFilesIsCheckedAndCellsAreLocatedInTheirTables() throws IOException {
        CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", "fixtures/reports-pdf");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode reports = new ObjectMapper().readTree(run.out()).path("reports");
        assertThat(reports).hasSize(8);
        JsonNode wrongTotal = null;
        for (JsonNode report : reports) {
            wrongTotal = report.path("source").asText().endsWith("wrong-total.pdf") ? report : wrongTotal;
            assertThat(report.path("report").path("year").asInt()).as(report.path("source").asText()).isPositive();
        }
        assertThat(wrongTotal).isNotNull();
        assertThat(wrongTotal.path("verdict").asText()).isEqualTo("FAIL");
        JsonNode cell = wrongTotal.at("/findings/0/cells/0");
        assertThat(cell.path("id").asText()).isEqualTo("t4.review.total");
        // 表四 is the third table; two header rows and a row of group labels above its numbers
        assertThat(List.of(cell.path("table").asInt(), cell.path("row").asInt(), cell.path("column").asInt()))
                .containsExactly(3, 4, 5);
        assertThat(cell.path("line").asInt()).isPositive();
    }

    @Test
    void theTextOutputNamesTheTableRowAndColumnOfACellInAWebPage() {
        CheckCommandTest.Run run = CheckCommandTest.run("check", "fixtures/reports-html/2024-laocheng-wrong-total.html");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("ARI-04  表四行政复议：8+4+12+0=24 ≠ 总计 25",
                "行政复议/总计 = 25（表3第4行第5列）；行政复议/结果维持 = 8（表3第4行第1列）");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fixtures/reports-docx/2024-laocheng.docx, Word .docx", "fixtures/reports-pdf/2024-laocheng.pdf, PDF"})
    void theLineOfAProseFindingInADocumentIsTheLineThatFactsTextPrints(String source, String kind) throws IOException {
        CheckCommandTest.Run check = CheckCommandTest.run("check", "--format", "json", source);
        JsonNode citation = null;
        for (JsonNode finding : new ObjectMapper().readTree(check.out()).at("/reports/0/findings")) {
            citation = finding.path("ruleId").asText().equals("NAR-01") ? finding : citation;
        }
        assertThat(citation).as(check.out()).isNotNull();
        int line = citation.path("line").asInt();

        CheckCommandTest.Run text = CheckCommandTest.run("facts", "--text", source);

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out().lines()).first().isEqualTo("# " + source + "（" + kind + "）");
        String numbered = String.format("%5d  ", line);
        assertThat(text.out().lines().filter(printed -> printed.startsWith(numbered)))
                .singleElement(as(InstanceOfAssertFactories.STRING)).contains("《信息公开工作条例》");
    }

    @Test
    void theTextOutputSaysWhatTheLineNumbersOfADocumentCount() {
        CheckCommandTest.Run document = CheckCommandTest.run("check", "fixtures/reports-html/2024-laocheng.html");
        CheckCommandTest.Run text = CheckCommandTest.run("check", "fixtures/reports/2024-laocheng.txt");

        assertThat(document.out()).contains("NAR-01  法规名称“《信息公开工作条例》”有误", "（第4行）",
                "行号指网页、Word 或 PDF 文件转成的文本中的行，用 xxgk-checker facts --text fixtures/reports-html/2024-laocheng.html 可显示该文本");
        assertThat(text.out()).contains("NAR-01  法规名称“《信息公开工作条例》”有误").doesNotContain("facts --text");
    }

    @Test
    void theHintNamesARuleDirectoryOtherThanTheDefaultInQuotesWhenItHasSpaces(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("规则 副本");
        CheckCommandTest.copy(TestRules.RULES, rules);
        String page = "fixtures/reports-html/2024-laocheng.html";

        CheckCommandTest.Run check = CheckCommandTest.run("check", "--rules", rules.toString(), page);
        CheckCommandTest.Run facts = CheckCommandTest.run("facts", "--text", "--rules", rules.toString(), page);

        assertThat(check.out()).contains("用 xxgk-checker facts --text --rules \"" + rules + "\" " + page + " 可显示该文本");
        assertThat(facts.exitCode()).as(facts.err()).isZero();
    }

    @Test
    void factsTextOfAFileWithoutTextSaysWhyAndFails(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        CheckCommandTest.Run run = CheckCommandTest.run("facts", "--text", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("xxgk-checker: " + empty + " 没有可显示的文本（0 字节）" + System.lineSeparator());
    }

    @Test
    void factsOfAFileThatCannotBeReadSayWhyAndFail() {
        String locked = "fixtures/rules/INPUT-04/fail-password-protected.docx";
        String noise = "fixtures/rules/INPUT-02/fail-random-bytes-named-pdf.pdf";

        CheckCommandTest.Run protectedFile = CheckCommandTest.run("facts", locked);
        CheckCommandTest.Run noPdf = CheckCommandTest.run("facts", noise);

        assertThat(List.of(protectedFile, noPdf)).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
        });
        assertThat(protectedFile.err()).isEqualTo("xxgk-checker: " + locked + " 没有可显示的文本（文件设有打开密码）"
                + System.lineSeparator());
        assertThat(noPdf.err()).isEqualTo("xxgk-checker: " + noise
                + " 没有可显示的文本（不是有效的 PDF 文件（没有 %PDF- 文件头））" + System.lineSeparator());
    }

    @Test
    void checkingATextLoadsNeitherTheWebPageNorTheWordNorThePdfReader() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-verbose:class", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "fixtures/reports/2024-laocheng.txt")
                .redirectErrorStream(true).start();
        String classes = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(classes).contains(" org.xxgk.checker.ingest.ReportReader ")
                .doesNotContain("org.jsoup.", "org.apache.poi.", "org.apache.pdfbox.", "org.apache.fontbox.",
                        "org.xxgk.checker.ingest.HtmlSource", "org.xxgk.checker.ingest.DocxSource",
                        "org.xxgk.checker.ingest.PdfSource");
    }
}
