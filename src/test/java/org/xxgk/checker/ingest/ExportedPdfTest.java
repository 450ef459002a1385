package org.xxgk.checker.ingest;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDF files that LibreOffice exported from the Word twins (fixtures/reports-pdf-libreoffice, see its SOURCE.md) give
 * the findings of their text reports. Their layout is not this project's: a row broken over two pages, a table's
 * block heading at the top of a page, ragged-right paragraphs, page numbers in an official document's wide footer
 * and on landscape pages. Only white space in quoted sentences may differ, as
 * a line break the exporter put where the text had a space leaves none.
 */
class ExportedPdfTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final Path EXPORTED = Path.of("fixtures/reports-pdf-libreoffice");

    @TestFactory
    Stream<DynamicTest> everyExportedPdfGivesTheFindingsOfItsText() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(EXPORTED)) {
            pdfs = files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(6);
        return pdfs.stream().map(pdf -> DynamicTest.dynamicTest(pdf.getFileName().toString(), pdf.toUri(), () -> {
            // "2024-laocheng--landscape-page-number.pdf" is the report 2024-laocheng laid out otherwise
            String name = pdf.getFileName().toString().replaceFirst("(--.*)?\\.pdf$", "");
            Path text = TwinGenerator.REPORTS.resolve(name + ".txt");
            // the caller's date, which wins over the one a page printed from a portal states ("发布时间：…"): its text
            // report states none, and the layout, not the publication, is compared here
            CheckOptions published = CheckOptions.DEFAULT.withPublished(LocalDate.of(2025, 1, 20));
            CheckResult expected = CHECKER.check(text, published);
            CheckResult actual = CHECKER.check(pdf, published);

            assertThat(withoutSpaces(actual)).containsExactlyElementsOf(withoutSpaces(expected));
            assertThat(actual.findings()).flatExtracting(Finding::cells)
                    .allSatisfy(cell -> assertThat(cell.tableCell()).isNotNull());
        }));
    }

    private static List<String> withoutSpaces(CheckResult result) {
        return TwinFixturesTest.comparable(result).stream().map(finding -> finding.replaceAll("\\s+", "")).toList();
    }
}
