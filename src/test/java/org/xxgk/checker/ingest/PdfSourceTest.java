package org.xxgk.checker.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.format.Labels;
import org.xxgk.checker.ingest.TwinGenerator.Paragraph;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Table;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports exported as PDF files read as their text does: tables by their ruling lines, also across a page break,
 * paragraphs and cell labels wrapped over lines joined again, page furniture left out, pictures as large as a table
 * noted where they stand; PDF files that cannot be read say why. Chinese content comes from the committed twins (the tests need no CJK font); the structure of the other
 * cases is drawn here with a standard Latin font.
 */
class PdfSourceTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final Path SEED_TEXT = TwinGenerator.REPORTS.resolve("2024-laocheng.txt");
    private static final Path SEED_PDF = PdfTwinGenerator.PDF.resolve("2024-laocheng.pdf");
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void table3BrokenOverTwoPagesIsReadAsOneTable() throws Exception {
        List<String> pages = pageTexts(Files.readAllBytes(SEED_PDF));
        int first = pageOf(pages, "一、本年新收政府信息公开申请数量");
        int last = pageOf(pages, "四、结转下年度继续办理");
        assertThat(last).as("the twin breaks 表三 over a page").isGreaterThan(first);

        CheckResult result = CHECKER.check(SEED_PDF);

        Table table = result.report().table("t3");
        assertThat(table.cellList()).hasSize(175);
        Table expected = CHECKER.check(SEED_TEXT).report().table("t3");
        for (Cell cell : expected.cellList()) {
            assertThat(table.cell(cell.id()).value()).as(cell.id()).isEqualByComparingTo(cell.value());
        }
        // one table, the second of the document, from its first row of numbers to its last
        assertThat(table.cell("t3.applications.new.total").location().tableCell().table()).isEqualTo(2);
        assertThat(table.cell("t3.applications.carried_out.total").location().tableCell().table()).isEqualTo(2);
        assertThat(table.cell("t3.applications.carried_out.total").location().tableCell().row()).isEqualTo(28);
    }

    @Test
    void everyParagraphWrappedOverLinesIsOneLineOfTheText() throws Exception {
        String raw = String.join("\n", pageTexts(Files.readAllBytes(SEED_PDF)));
        List<String> lines = text(SEED_PDF).lines().toList();
        List<String> paragraphs = TwinGenerator.blocks(Files.readString(SEED_TEXT, StandardCharsets.UTF_8)).stream()
                .filter(Paragraph.class::isInstance).map(block -> ((Paragraph) block).text()).toList();
        long wrapped = paragraphs.stream().filter(paragraph -> !raw.contains(paragraph)).count();
        assertThat(wrapped).as("paragraphs the PDF wraps").isGreaterThanOrEqualTo(5);

        assertThat(lines).containsAll(paragraphs);
    }

    @Test
    void aClaimInAParagraphWrappedOverLinesIsFound() throws Exception {
        // the citation of NAR-01 stands in the second paragraph, which the PDF prints on five lines
        CheckResult text = CHECKER.check(SEED_TEXT);
        CheckResult pdf = CHECKER.check(SEED_PDF);

        assertThat(pdf.findings()).extracting(Finding::ruleId).contains("NAR-01");
        assertThat(TwinFixturesTest.comparable(pdf)).containsExactlyElementsOf(TwinFixturesTest.comparable(text));
    }

    @Test
    void aCellLabelWrappedInsideItsCellStaysOnTheRowOfItsNumbers() throws Exception {
        String label = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
        String raw = String.join("\n", pageTexts(Files.readAllBytes(SEED_PDF)));
        assertThat(raw.replace(" ", "")).as("the PDF wraps the label in its cell").doesNotContain(label);

        CheckResult result = CHECKER.check(SEED_PDF);
        Cell cell = result.report().table("t3").cell("t3.results.other.no_correction.natural_person");
        String line = text(SEED_PDF).lines().toList().get(cell.location().line() - 1);

        assertThat(line.replace(" ", "")).contains(label + "\t154\t0\t0\t0\t0\t0\t154");
    }

    @Test
    void runningHeadersFootersAndPageNumbersAreLeftOut() throws Exception {
        List<String> pages = pageTexts(Files.readAllBytes(SEED_PDF));
        String title = "老城区人民政府 2024 年政府信息公开工作年度报告";
        assertThat(pages.get(1)).contains(title, "- 2 -");

        String text = text(SEED_PDF);

        assertThat(text.lines().filter(line -> line.contains(title))).hasSize(1);
        assertThat(text).doesNotContain("- 2 -", "- 1 -");
    }

    @Test
    void latinPageFurnitureInItsEveryFormIsLeftOutAndAParagraphGoesOnOverThePageBreak() throws Exception {
        String[] footers = {"- 1 -", "2/3", "3"};
        byte[] pdf = pages(footers.length, (content, page) -> {
            write(content, "Annual report of the Laocheng district", 200, 800, 9);
            write(content, footers[page], 290, 40, 10);
            if (page == 0) {
                write(content, "Opening words of the report.", 72, 700, 12);
                write(content, "The district published 2640 items on its website and answered every", 72, 112, 12);
                rule(content, 72, 109, 523, 109);
            } else if (page == 1) {
                write(content, "request within the time the regulation allows.", 72, 760, 12);
            }
        });

        String text = PdfSource.read(pdf, ReportReader.DEFAULT_MAX_BYTES).text();

        assertThat(text).doesNotContain("Laocheng district", "- 1 -", "2/3").doesNotContainPattern("(?m)^3$");
        assertThat(text.lines()).contains("The district published 2640 items on its website and answered every"
                + " request within the time the regulation allows.");
    }

    @Test
    void aRuledTableIsReadCellByCellAndGoesOnOnTheNextPage() throws Exception {
        byte[] pdf = pages(2, (content, page) -> {
            float top = page == 0 ? 200 : 770;
            List<String[]> rows = page == 0
                    ? List.of(new String[] {"Kind", "Issued", "Repealed"}, new String[] {"Rules", "4", "1"})
                    : List.<String[]>of(new String[] {"Normative documents", "9", "7"});
            float y = top;
            for (String[] row : rows) {
                float height = row[0].length() > 10 ? 30 : 16;
                // the part on the second page has its borders as thin filled boxes, as Word's own export draws them
                boolean boxes = page == 1;
                for (float x : new float[] {72, 160, 250, 340}) {
                    border(content, x, y, x, y - height, boxes);
                }
                border(content, 72, y, 340, y, boxes);
                border(content, 72, y - height, 340, y - height, boxes);
                // a long label wraps inside its narrow cell; the numbers stand on its first line
                write(content, row[0].length() > 10 ? "Normative" : row[0], 75, y - 11, 10);
                if (row[0].length() > 10) {
                    write(content, "documents", 75, y - 24, 10);
                }
                write(content, row[1], 163, y - 11, 10);
                write(content, row[2], 253, y - 11, 10);
                y -= height;
            }
        });

        String text = PdfSource.read(pdf, ReportReader.DEFAULT_MAX_BYTES).text();

        assertThat(text.lines().filter(line -> line.contains("\t")))
                .containsExactly("Kind\tIssued\tRepealed", "Rules\t4\t1", "Normative documents\t9\t7");
        assertThat(text).doesNotContainPattern("\n\n\n");
    }

    @Test
    void aRowBrokenAtThePageEndIsOneRowAndAHeaderRepeatedOnThePageIsLeftOut() throws Exception {
        // Word breaks a tall row over two pages: "Normative" and its numbers at the foot of one, "documents" at the
        // top of the next, below the header row when the table repeats it on every page
        String[] header = {"Kind", "Issued", "Repealed"};
        String[] rest = {"documents", "", ""};
        String[] other = {"Other", "2", "0"};
        Map<String, List<String[]>> secondPages = new LinkedHashMap<>();
        secondPages.put("broken row", List.of(rest, other));
        secondPages.put("repeated header", List.of(header, other));
        secondPages.put("repeated header and broken row", List.of(header, rest, other));
        for (Map.Entry<String, List<String[]>> second : secondPages.entrySet()) {
            byte[] pdf = pages(2, (content, page) -> {
                List<String[]> rows = page == 0
                        ? List.of(header, new String[] {"Rules", "4", "1"}, new String[] {"Normative", "9", "7"})
                        : second.getValue();
                float y = page == 0 ? 120 : 770;
                for (String[] row : rows) {
                    for (float x : new float[] {72, 160, 250, 340}) {
                        rule(content, x, y, x, y - 16);
                    }
                    rule(content, 72, y, 340, y);
                    rule(content, 72, y - 16, 340, y - 16);
                    for (int column = 0; column < row.length; column++) {
                        write(content, row[column], new float[] {75, 163, 253}[column], y - 11, 10);
                    }
                    y -= 16;
                }
            });

            String text = PdfSource.read(pdf, ReportReader.DEFAULT_MAX_BYTES).text();

            String normative = second.getKey().contains("broken") ? "Normative documents\t9\t7" : "Normative\t9\t7";
            List<String> expected = new ArrayList<>(List.of("Kind\tIssued\tRepealed", "Rules\t4\t1", normative));
            expected.add("Other\t2\t0");
            assertThat(text.lines().filter(line -> line.contains("\t"))).as(second.getKey()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aLineStoppingShortOfTheMarginBecauseTheNextWordWouldNotFitGoesOnWithIt() throws Exception {
        // ragged-right text: the second line ends well before the margin, since "12,996.4%." did not fit after it
        String full = "The district published its items on the website of the government and answered";
        String shorter = "every request it received within the time the regulation allows, a rate of";
        String last = "12,996.4%. Next paragraph words.";
        float size = 12;
        float margin = 72 + width(full, size);
        assertThat(72 + width(shorter, size)).as("stops short of the margin").isLessThan(margin - 2 * size);
        assertThat(72 + width(shorter, size) + width("12,996.4%.", size)).as("the next word does not fit").isGreaterThan(margin);
        byte[] pdf = pages(1, (content, page) -> {
            write(content, full, 72, 700, size);
            write(content, shorter, 72, 686, size);
            write(content, last, 72, 672, size);
            write(content, "Closing words.", 72 + 2 * size, 640, size);
        });

        String text = PdfSource.read(pdf, ReportReader.DEFAULT_MAX_BYTES).text();

        assertThat(text.lines()).contains(full + " " + shorter + " " + last, "Closing words.");
    }

    private static float width(String text, float size) throws IOException {
        return HELVETICA.getStringWidth(text) / 1000 * size;
    }

    @Test
    void wordsFarApartOnALineWithoutRulesAreCells() throws Exception {
        byte[] pdf = pages(1, (content, page) -> {
            write(content, "Licensing decisions", 72, 700, 10);
            write(content, "12126", 300, 700, 10);
            write(content, "466", 420, 700, 10);
            write(content, "A line of prose with words set close together", 72, 680, 10);
        });

        List<String> lines = PdfSource.read(pdf, ReportReader.DEFAULT_MAX_BYTES).text().lines().toList();

        assertThat(lines).contains("Licensing decisions\t12126\t466", "A line of prose with words set close together");
    }

    @Test
    void aPictureAsLargeAsATableIsNotedWhereItStandsButASealAnEmblemOrABandIsNot() throws Exception {
        byte[] pdf = picturePages(1, (content, picture, page) -> {
            write(content, "3. Requests", 72, 760, 12);
            content.drawImage(picture, 90, 420, 415, 320);
            write(content, "4. Appeals", 72, 400, 12);
            // a seal 4.2 cm across, an emblem 2 cm across, a band as wide as the text
            content.drawImage(picture, 300, 260, 119, 119);
            content.drawImage(picture, 269, 190, 57, 57);
            content.drawImage(picture, 90, 170, 415, 8);
            write(content, "5. Problems", 72, 150, 12);
        });

        DocumentText text = PdfSource.read(pdf, ReportReader.DEFAULT_MAX_BYTES);

        assertThat(text.text().lines()).containsExactly("3. Requests", "4. Appeals", "5. Problems");
        assertThat(text.pictures()).containsExactly(1);
    }

    @Test
    void aPictureOnEveryPageIsAWatermarkNotATable() throws Exception {
        byte[] pdf = picturePages(2, (content, picture, page) -> {
            content.drawImage(picture, 100, 250, 400, 400);
            write(content, (page + 3) + ". Part", 72, 760, 12);
        });

        assertThat(PdfSource.read(pdf, ReportReader.DEFAULT_MAX_BYTES).pictures()).isEmpty();
    }

    @Test
    void aPageThatIsAPictureOfATableIsNotedAndItsRunningHeaderAndFooterLeftOut() throws Exception {
        byte[] pdf = picturePages(3, (content, picture, page) -> {
            if (page == 1) {
                content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            } else {
                write(content, (page + 2) + ". Part", 72, 700, 12);
            }
            write(content, "Annual report of the Laocheng district", 200, 800, 9);
            write(content, "- " + (page + 1) + " -", 290, 40, 10);
        });

        DocumentText text = PdfSource.read(pdf, ReportReader.DEFAULT_MAX_BYTES);

        assertThat(text.text().lines()).containsExactly("2. Part", "4. Part");
        assertThat(text.pictures()).containsExactly(1);
    }

    @Test
    void aPdfWithAnOpeningPasswordIsReportedAsUnopenable() throws Exception {
        byte[] locked = encrypt(latinReport(), "secret");

        List<Finding> findings = CHECKER.check(locked, "locked.pdf", CheckOptions.DEFAULT).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-04");
        assertThat(findings.get(0).message()).contains("设有打开密码");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        byte[] restricted = encrypt(latinReport(), "");

        String text = PdfSource.read(restricted, ReportReader.DEFAULT_MAX_BYTES).text();
        CheckResult result = CHECKER.check(restricted, "restricted.pdf", CheckOptions.DEFAULT);

        assertThat(text.lines()).contains("Report on open government information");
        assertThat(result.report().readable()).isTrue();
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("INPUT-02", "INPUT-04");
    }

    @Test
    void aTruncatedPdfGivesFindingsNotACrash() throws Exception {
        byte[] pdf = Files.readAllBytes(SEED_PDF);
        for (int length : new int[] {pdf.length / 10, pdf.length / 2}) {
            CheckResult result = CHECKER.check(Arrays.copyOf(pdf, length), "cut.pdf", CheckOptions.DEFAULT);

            assertThat(result.findings()).as("cut at %d", length).isNotEmpty();
            assertThat(result.verdict().name()).isEqualTo("FAIL");
        }
        // without its cross-reference table and trailer, the file is read whole, as readers rebuild them
        CheckResult withoutTrailer = CHECKER.check(Arrays.copyOf(pdf, pdf.length - 200), "cut.pdf", CheckOptions.DEFAULT);
        assertThat(TwinFixturesTest.comparable(withoutTrailer))
                .containsExactlyElementsOf(TwinFixturesTest.comparable(CHECKER.check(SEED_TEXT)));
    }

    @Test
    void aDamagedPdfIsReportedAsUnopenable() {
        byte[] damaged = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\u0000\u0001garbage"
                .getBytes(StandardCharsets.ISO_8859_1);

        List<Finding> findings = CHECKER.check(damaged, "damaged.pdf", CheckOptions.DEFAULT).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-04");
        assertThat(findings.get(0).message()).contains("PDF 文件已损坏");
    }

    @Test
    void aPdfWithoutTextIsReportedAsAScan() throws Exception {
        byte[] scan = pages(2, (content, page) -> {
            content.addRect(72, 72, 451, 698);
            content.fill();
        });

        List<Finding> findings = CHECKER.check(scan, "scan.pdf", CheckOptions.DEFAULT).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-02");
        assertThat(findings.get(0).message()).contains("PDF 文件中没有文字，是扫描件或图片");
    }

    @Test
    void aPdfIsRecognisedByItsContentWhateverItIsCalledAndAfterStrayBytes(@TempDir Path dir) throws Exception {
        byte[] pdf = Files.readAllBytes(SEED_PDF);
        Path misnamed = Files.write(dir.resolve("年报.txt"), pdf);
        byte[] prefixed = new byte[pdf.length + 5];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'}, 0, prefixed, 0, 5);
        System.arraycopy(pdf, 0, prefixed, 5, pdf.length);
        List<String> expected = TwinFixturesTest.comparable(CHECKER.check(SEED_TEXT));

        CheckResult named = CHECKER.check(misnamed);
        CheckResult stray = CHECKER.check(prefixed, "prefixed.pdf", CheckOptions.DEFAULT);

        assertThat(named.report().encoding()).isEqualTo("PDF");
        assertThat(TwinFixturesTest.comparable(named)).containsExactlyElementsOf(expected);
        assertThat(TwinFixturesTest.comparable(stray)).containsExactlyElementsOf(expected);
    }

    @Test
    void aPdfWithMoreTextThanTheSizeLimitIsNotReadThoughTheFileIsWithinIt() throws Exception {
        // pages of the same line compress to little: the text is many times the size of the file
        String line = "0".repeat(90);
        byte[] pdf = pages(40, (content, page) -> {
            for (int i = 0; i < 60; i++) {
                write(content, line, 72, 780 - i * 12, 9);
            }
        });
        long glyphs = 40L * 60 * line.length();
        assertThat(glyphs).isGreaterThan(pdf.length);
        long limit = pdf.length / 3;

        List<Finding> findings = CHECKER.check(pdf, "long.pdf", CheckOptions.DEFAULT.withMaxBytes(pdf.length))
                .findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-03");
        assertThat(findings.get(0).message()).contains("PDF 文件中的文字超过 " + limit + " 个字符");
    }

    /** The text a PDF is read as, as {@code facts --text} prints it. */
    private static String text(Path pdf) throws IOException {
        return new ReportReader(CHECKER.ruleSet().formats(), CHECKER.ruleSet().bodyNameEndings()).text(pdf, ReportReader.DEFAULT_MAX_BYTES).text();
    }

    /** Each page's text as PDFBox's own text export gives it: the lines as the PDF sets them. */
    private static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    private static int pageOf(List<String> pages, String text) {
        for (int page = 0; page < pages.size(); page++) {
            if (Labels.normalize(pages.get(page)).contains(Labels.normalize(text))) {
                return page;
            }
        }
        throw new AssertionError("not in the PDF: " + text);
    }

    private interface PagePainter {
        void paint(PDPageContentStream content, int page) throws IOException;
    }

    private interface PicturePainter {
        void paint(PDPageContentStream content, PDImageXObject picture, int page) throws IOException;
    }

    /** An A4 document of this many pages, each painted in turn. */
    private static byte[] pages(int count, PagePainter painter) throws IOException {
        return picturePages(count, (content, picture, page) -> painter.paint(content, page));
    }

    /** An A4 document of this many pages, each painted in turn, where one picture can be drawn (a file holds it once). */
    private static byte[] picturePages(int count, PicturePainter painter) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDImageXObject picture = LosslessFactory.createFromImage(document,
                    new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY));
            for (int page = 0; page < count; page++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    painter.paint(content, picture, page);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] latinReport() throws IOException {
        return pages(1, (content, page) -> write(content, "Report on open government information", 72, 700, 12));
    }

    private static void write(PDPageContentStream content, String text, float x, float y, float size)
            throws IOException {
        content.beginText();
        content.setFont(HELVETICA, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static void rule(PDPageContentStream content, float x0, float y0, float x1, float y1) throws IOException {
        content.moveTo(x0, y0);
        content.lineTo(x1, y1);
        content.stroke();
    }

    private static void border(PDPageContentStream content, float x0, float y0, float x1, float y1, boolean box)
            throws IOException {
        if (!box) {
            rule(content, x0, y0, x1, y1);
            return;
        }
        content.addRect(Math.min(x0, x1) - 0.25f, Math.min(y0, y1) - 0.25f, Math.abs(x1 - x0) + 0.5f,
                Math.abs(y1 - y0) + 0.5f);
        content.fill();
    }

    /** The PDF protected by an owner password and the given user password (empty: it opens without one). */
    private static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(false);
            document.protect(new StandardProtectionPolicy("owner", userPassword, permission));
            document.save(out);
            return out.toByteArray();
        }
    }
}
