package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.FindingCell;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.Location;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text report of fixtures/reports has a web-page twin and a Word twin (written by {@link TwinGenerator}), a
 * PDF twin (written by {@link PdfTwinGenerator}) and a Word 97–2003 twin ({@link #DOC}), and each twin gives exactly
 * the findings of its text: rule, severity, message, and the cells with their values. Only where the cells stand
 * differs: a line in the text, a table, row and column in the twins.
 */
class TwinFixturesTest {
    /**
     * The Word 97–2003 (.doc) twins. POI cannot write a .doc file, so they were made once from the .docx twins with
     * LibreOffice 7.4.7.2 (Debian package libreoffice-writer-nogui), which is needed for nothing else:
     * {@code soffice --headless --convert-to doc --outdir fixtures/reports-doc fixtures/reports-docx/*.docx}.
     * Run it again after changing the .docx twins.
     */
    static final Path DOC = Path.of("fixtures/reports-doc");
    private static final Checker CHECKER = TestRules.checker();

    @TestFactory
    Stream<DynamicTest> everyTwinGivesExactlyTheFindingsOfItsText() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path text : TwinGenerator.textReports()) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            for (Path twin : List.of(TwinGenerator.HTML.resolve(name + ".html"), TwinGenerator.DOCX.resolve(name + ".docx"),
                    PdfTwinGenerator.PDF.resolve(name + ".pdf"), DOC.resolve(name + ".doc"))) {
                tests.add(DynamicTest.dynamicTest(twin.getFileName().toString(), twin.toUri(), () -> {
                    assertThat(twin).as("twin of %s: run TwinGenerator and PdfTwinGenerator, then convert the .docx twins (see DOC)", text)
                            .exists();
                    // a twin page states in its information bar when it was published, where the text states nothing:
                    // its text is checked as published that day
                    CheckOptions options = twin.startsWith(TwinGenerator.HTML) ? CheckOptions.DEFAULT.withPublished(
                            TwinGenerator.published(TwinGenerator.blocks(Files.readString(text, StandardCharsets.UTF_8))))
                            : CheckOptions.DEFAULT;
                    CheckResult expected = CHECKER.check(text, options);
                    CheckResult actual = CHECKER.check(twin);

                    assertThat(actual.report().readable()).isTrue();
                    assertThat(comparable(actual)).containsExactlyElementsOf(comparable(expected));
                    assertThat(actual.findings()).flatExtracting(Finding::cells)
                            .allSatisfy(cell -> assertThat(cell.tableCell()).isNotNull());
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(32);
        return tests.stream();
    }

    @Test
    void theWebPageTwinsAreWhatTheGeneratorWrites() throws IOException {
        for (Path text : TwinGenerator.textReports()) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            String page = TwinGenerator.page(TwinGenerator.blocks(Files.readString(text, StandardCharsets.UTF_8)), "utf-8");

            assertThat(Files.readString(TwinGenerator.HTML.resolve(name + ".html"), StandardCharsets.UTF_8))
                    .as("%s.html is stale: run TwinGenerator", name).isEqualTo(page);
        }
    }

    @Test
    void thePublicationDateRulesWebPagesAreWhatTheGeneratorWrites() throws IOException {
        List<TwinGenerator.Block> seed = TwinGenerator.blocks(TestRules.seed());
        Map<Path, String> pages = TwinGenerator.publicationPages(seed);

        assertThat(pages).hasSize(8);
        for (Map.Entry<Path, String> page : pages.entrySet()) {
            assertThat(Files.readString(page.getKey(), StandardCharsets.UTF_8))
                    .as("%s is stale: run TwinGenerator", page.getKey()).isEqualTo(page.getValue());
        }
    }

    /**
     * The PDF twins are the generator's output byte for byte (it writes no dates and a fixed id). Writing them needs
     * the CJK font the generator embeds; where it is not installed this check is skipped, the others still run.
     */
    @Test
    void thePdfTwinsAreWhatTheGeneratorWrites() throws IOException {
        Assumptions.assumeTrue(PdfTwinGenerator.FONTS.stream().anyMatch(Files::isRegularFile),
                "no CJK font to write the PDF twins with");
        for (Path text : TwinGenerator.textReports()) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            byte[] pdf = PdfTwinGenerator.pdf(TwinGenerator.blocks(Files.readString(text, StandardCharsets.UTF_8)));

            assertThat(Files.readAllBytes(PdfTwinGenerator.PDF.resolve(name + ".pdf")))
                    .as("%s.pdf is stale: run PdfTwinGenerator", name).isEqualTo(pdf);
        }
    }

    @Test
    void aWrongTotalInAWordTwinIsLocatedByTableRowAndColumn() throws IOException {
        CheckResult result = CHECKER.check(TwinGenerator.DOCX.resolve("2024-laocheng-wrong-total.docx"));

        Finding sum = result.findings().stream().filter(f -> f.ruleId().equals("ARI-04")).findFirst().orElseThrow();
        // 表四 is the document's third table; its values are the fourth row, the review total the fifth column
        assertThat(sum.cells().get(0).id()).isEqualTo("t4.review.total");
        assertThat(sum.cells().get(0).tableCell()).isEqualTo(new Location.TableCell(3, 4, 5));
        assertThat(sum.cells()).extracting(FindingCell::tableCell).extracting(Location.TableCell::column)
                .containsExactly(5, 1, 2, 3, 4);
    }

    @Test
    void aWrongTotalInAWord97TwinIsLocatedAsInTheDocxTwin() throws IOException {
        CheckResult doc = CHECKER.check(DOC.resolve("2024-laocheng-wrong-total.doc"));
        CheckResult docx = CHECKER.check(TwinGenerator.DOCX.resolve("2024-laocheng-wrong-total.docx"));

        assertThat(doc.findings()).flatExtracting(Finding::cells).extracting(FindingCell::tableCell)
                .containsExactlyElementsOf(docx.findings().stream().flatMap(finding -> finding.cells().stream())
                        .map(FindingCell::tableCell).toList())
                .contains(new Location.TableCell(3, 4, 5));
    }

    /** A finding as both sources must give it: everything but where it stands. */
    static List<String> comparable(CheckResult result) {
        return result.findings().stream().map(finding -> {
            StringBuilder text = new StringBuilder(finding.ruleId()).append(' ').append(finding.severity())
                    .append(' ').append(finding.message()).append(" expected=").append(finding.expected())
                    .append(" actual=").append(finding.actual());
            for (FindingCell cell : finding.cells()) {
                text.append(' ').append(cell.id()).append('=').append(cell.value()).append('“').append(cell.raw()).append('”');
            }
            return text.toString();
        }).toList();
    }
}
