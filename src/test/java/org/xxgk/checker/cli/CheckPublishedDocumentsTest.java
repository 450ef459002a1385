package org.xxgk.checker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** check takes web pages and Word files like texts, and points at a cell by its table, row and column. */
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
    void theTextOutputNamesTheTableRowAndColumnOfACellInAWebPage() {
        CheckCommandTest.Run run = CheckCommandTest.run("check", "fixtures/reports-html/2024-laocheng-wrong-total.html");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("ARI-04  表四行政复议：8+4+12+0=24 ≠ 总计 25",
                "行政复议/总计 = 25（表3第4行第5列）；行政复议/结果维持 = 8（表3第4行第1列）");
    }

    @Test
    void checkingATextLoadsNeitherTheWebPageNorTheWordReader() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-verbose:class", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "fixtures/reports/2024-laocheng.txt")
                .redirectErrorStream(true).start();
        String classes = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(classes).contains(" org.xxgk.checker.ingest.ReportReader ")
                .doesNotContain("org.jsoup.", "org.apache.poi.", "org.xxgk.checker.ingest.HtmlSource",
                        "org.xxgk.checker.ingest.DocxSource");
    }
}
