package org.xxgk.checker.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.ingest.TwinGenerator.Block;
import org.xxgk.checker.ingest.TwinGenerator.TableRows;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.CellState;
import org.xxgk.checker.report.Location;
import org.xxgk.checker.report.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Reports written as Word files read as their text does; Word files that cannot be read say why. */
class DocxSourceTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final CheckResult SEED = CHECKER.check(TestRules.seed(), "seed");
    private static final List<Block> BLOCKS = TwinGenerator.blocks(TestRules.seed());
    private static final List<String> TITLE_ENDINGS = CHECKER.ruleSet().formats().newest().titleEndings();
    private static final PublicationDates PUBLICATION_DATES =
            new PublicationDates(CHECKER.ruleSet().formats().newest().publicationDateLabels());
    /** A picture inline in its paragraph, as Word writes a drawing's picture (the image it shows left out). */
    private static final String DRAWING = "<w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/"
            + "2006/wordprocessingDrawing\"><wp:extent cx=\"5274310\" cy=\"3000000\"/><wp:docPr id=\"1\" name=\"图片 1\"/>"
            + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://"
            + "schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/"
            + "drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"table.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "r:embed=\"rIdTable\"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>";
    private static final String DOCUMENT = "word/document.xml";
    private static final String W = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @Test
    void table3WithVerticallyMergedRowLabelsAndUntidyNumbersReadsEveryCell() throws IOException {
        Map<String, String> untidy = Map.of("t3.applications.new.natural_person", "5 45",
                "t3.applications.carried_in.natural_person", "２３", "t3.results.total.natural_person", " 5 5 7 ");
        List<Block> blocks = new ArrayList<>(BLOCKS);
        int t3 = blocks.indexOf(blocks.stream().filter(TableRows.class::isInstance).skip(1).findFirst().orElseThrow());
        blocks.set(t3, TwinGenerator.table3AsTheTemplateDrawsIt(SEED.report().table("t3"), untidy));
        byte[] docx = TwinGenerator.docx(blocks);
        assertThat(verticallyMergedCells(docx, 1)).as("row labels merged down their groups").isGreaterThan(20);

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
        Table table = result.report().table("t3");
        assertThat(table.cellList()).hasSize(175);
        for (Cell cell : SEED.report().table("t3").cellList()) {
            assertThat(table.cell(cell.id()).value()).as(cell.id()).isEqualByComparingTo(cell.value());
        }
        assertThat(table.cell("t3.applications.carried_in.natural_person").raw()).isEqualTo("２３");
        // three header rows, then 本年新收, 上年结转, 予以公开, 部分公开, 属于国家秘密; three label columns
        assertThat(table.cell("t3.results.denied.state_secret.natural_person").location().tableCell())
                .isEqualTo(new Location.TableCell(2, 8, 4));
    }

    @Test
    void tableRowsInsideContentControlsOrCustomXmlAreRead() throws IOException {
        // 表四: its header's first row in a custom XML element, its row of numbers in a content control
        byte[] docx = twinWithDocument(document -> {
            int table4 = document.lastIndexOf("<w:tbl>");
            int firstRow = document.indexOf("<w:tr>", table4);
            int lastRow = document.lastIndexOf("<w:tr>");
            int lastRowEnd = document.indexOf("</w:tr>", lastRow) + "</w:tr>".length();
            int firstRowEnd = document.indexOf("</w:tr>", firstRow) + "</w:tr>".length();
            assertThat(firstRow).isLessThan(lastRow);
            return document.substring(0, firstRow) + "<w:customXml w:element=\"header\">"
                    + document.substring(firstRow, firstRowEnd) + "</w:customXml>"
                    + document.substring(firstRowEnd, lastRow) + "<w:sdt><w:sdtPr/><w:sdtContent>"
                    + document.substring(lastRow, lastRowEnd) + "</w:sdtContent></w:sdt>" + document.substring(lastRowEnd);
        });

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
        assertThat(result.report().table("t4").cellList()).hasSize(15);
    }

    @Test
    void footnoteAndEndnoteReferencesAddNothingAndTheNotesAreNotRead() throws Exception {
        // a footnote on 表三's 545, as Word writes it (a raised reference, the note in its own part), and an endnote
        // whose part is missing after a sentence of part 一
        byte[] docx = twinWith(parts -> {
            parts.compute(DOCUMENT, (name, document) -> document
                    .replaceFirst("<w:r><w:t>545</w:t></w:r>", "$0<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/>"
                            + "</w:rPr><w:footnoteReference w:id=\"1\"/></w:r>")
                    .replace("行政诉讼案件 4 件。", "行政诉讼案件 4 件。</w:t></w:r><w:r><w:endnoteReference w:id=\"2\"/>"
                            + "</w:r><w:r><w:t>"));
            parts.put("word/footnotes.xml", "<w:footnotes" + W + "><w:footnote w:id=\"1\"><w:p><w:r>"
                    + "<w:t>含网上申请 300 件，行政复议案件 99 件。</w:t></w:r></w:p></w:footnote></w:footnotes>");
            parts.compute("word/_rels/document.xml.rels", (name, relationships) -> relationships.replace(
                    "</Relationships>", "<Relationship Id=\"rIdNotes\" Type=\"http://schemas.openxmlformats.org/"
                            + "officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/></Relationships>"));
            parts.compute("[Content_Types].xml", (name, types) -> types.replace("</Types>", "<Override PartName="
                    + "\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.footnotes+xml\"/></Types>"));
        });
        assertThat(new String(docx, StandardCharsets.ISO_8859_1)).contains("word/footnotes.xml");

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
        assertThat(textOf(docx))
                .contains("行政诉讼案件 4 件。\n").doesNotContain("300", "99 件", "Ref", "!!!");
    }

    @Test
    void hiddenTextAndTheOldPlaceOfAMovedTextAreNotRead() throws IOException {
        // 表四's 复议总计 24 after a hidden 9; its 维持 8 after the place 3 was moved away from
        byte[] docx = twinWithDocument(document -> document
                .replaceFirst("<w:r><w:t>24</w:t></w:r>", "<w:r><w:rPr><w:vanish/></w:rPr><w:t>9</w:t></w:r>$0")
                .replaceFirst("<w:r><w:t>8</w:t></w:r>",
                        "<w:moveFrom w:id=\"1\" w:author=\"a\" w:date=\"2025-01-01T00:00:00Z\"><w:r><w:t>3</w:t>"
                                + "</w:r></w:moveFrom><w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>8</w:t></w:r>"));

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
    }

    @Test
    void textHiddenThroughItsCharacterStyleIsNotReadAHiddenParagraphMarkHidesNoText() throws Exception {
        String styles = "<w:style w:type=\"character\" w:styleId=\"Hidden\"><w:rPr><w:vanish/></w:rPr></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"HiddenNote\"><w:basedOn w:val=\"Hidden\"/></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"Shown\"><w:basedOn w:val=\"Hidden\"/>"
                + "<w:rPr><w:vanish w:val=\"0\"/></w:rPr></w:style>";

        List<String> text = wordText("", styles, styled("Hidden", "", "9") + run("24"),
                styled("HiddenNote", "", "注：") + run("545"), styled("Shown", "", "11"),
                styled("Hidden", "<w:vanish w:val=\"false\"/>", "23"),
                // a style separator: the paragraph runs on into the next one on the page
                "<w:pPr><w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>" + run("二、主动公开政府信息情况"));

        // hidden by its style, or by the style that one is based on; shown where the style or the run says so
        assertThat(text).containsExactly("24", "545", "11", "23", "二、主动公开政府信息情况");
    }

    @Test
    void textHiddenThroughItsParagraphStyleIsNotReadUnlessARunShowsIt() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"HiddenNote\"><w:rPr><w:vanish/></w:rPr></w:style>";

        List<String> text = wordText("", styles, paragraph("<w:pStyle w:val=\"HiddenNote\"/>", "注：本表数据截至9月"),
                "<w:pPr><w:pStyle w:val=\"HiddenNote\"/></w:pPr>" + run("已删除的说明")
                        + "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>24</w:t></w:r>",
                run("545"));

        assertThat(text).containsExactly("24", "545");
    }

    @Test
    void aParagraphStyleHidesTheRunsOfItsOwnParagraphWhereverTheyStandAndNoOthers() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"HiddenNote\"><w:rPr><w:vanish/></w:rPr></w:style>";
        String hidden = "<w:pPr><w:pStyle w:val=\"HiddenNote\"/></w:pPr>";
        String shown = "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>24</w:t></w:r>";
        // a cell of a paragraph so styled and a plain one; a cell of a text box holding the like
        String textBox = "<w:r><w:pict><w:txbxContent><w:p>" + hidden + run("9") + "</w:p><w:p>" + run("23")
                + "</w:p></w:txbxContent></w:pict></w:r>";
        String table = "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"4500\"/><w:gridCol w:w=\"4500\"/></w:tblGrid><w:tr>"
                + "<w:tc><w:p>" + hidden + run("注") + "</w:p><w:p>" + run("11") + "</w:p></w:tc>"
                + "<w:tc><w:p>" + textBox + "</w:p></w:tc></w:tr></w:tbl>";

        List<String> text = wordText("", styles,
                hidden + "<w:hyperlink>" + run("链接") + "</w:hyperlink><w:ins>" + run("插入") + "</w:ins>" + shown,
                "<w:hyperlink>" + run("545") + "</w:hyperlink>", table);

        assertThat(text).filteredOn(line -> !line.isBlank()).containsExactly("24", "545", "11\t23");
    }

    @Test
    void tensOfThousandsOfStylesOrALongBasedOnChainAreReadInTime() {
        // style bloat from pasting, and a chain of 3 000 styles each based on the one before, the first hiding text:
        // looked up by going through all the styles for each style and step, they had taken minutes
        StringBuilder styles = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            styles.append("<w:style w:type=\"character\" w:styleId=\"Pasted").append(i).append("\"/>");
        }
        styles.append("<w:style w:type=\"character\" w:styleId=\"S0\"><w:rPr><w:vanish/></w:rPr></w:style>");
        for (int i = 1; i < 3_000; i++) {
            styles.append("<w:style w:type=\"character\" w:styleId=\"S").append(i).append("\"><w:basedOn w:val=\"S")
                    .append(i - 1).append("\"/></w:style>");
        }

        List<String> text = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> wordText("", styles.toString(),
                styled("S2999", "", "9") + styled("Pasted19999", "", "24")));

        assertThat(text).containsExactly("24");
    }

    @Test
    void aRaisedNoteMarkAfterANumberIsNotReadOtherRaisedTextIs() throws Exception {
        String raised = "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>%s</w:t></w:r>";
        byte[] docx = twinWithDocument(document -> document.replaceFirst("<w:r><w:t>545</w:t></w:r>",
                "$0" + raised.formatted("1")));

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);
        List<String> text = wordText("", "", run("共收到申请 545") + raised.formatted("①") + run("件"),
                run("第 1") + raised.formatted("st") + run(" 季度"), run("面积 1200 m") + raised.formatted("2"),
                raised.formatted("545"), run("事项") + raised.formatted("1") + run("545件"),
                run("行政规范性文件") + raised.formatted("注"), run("1.2126×10") + raised.formatted("4"),
                "<w:r><w:t>2024</w:t><w:noBreakHyphen/><w:t>1</w:t></w:r>");

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
        // a letter's power ("m²"), a number raised by a slip and a power of ten are content; a mark after a number
        // or a word is a note's
        assertThat(text).containsExactly("共收到申请 545件", "第 1st 季度", "面积 1200 m2", "545", "事项545件",
                "行政规范性文件", "1.2126×10⁴", "2024-1");
    }

    @Test
    void aCountPrintedAsAPowerOfTenWithItsPowerRaisedIsThatCount() throws IOException {
        // 表二's 行政许可 12126 as Word prints "1.2126×10⁴": the 4 a raised run after "×10"
        byte[] docx = twinWithDocument(document -> document.replaceFirst("<w:r><w:t>12126</w:t></w:r>",
                run("1.2126×10") + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>4</w:t></w:r>"));

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
        Cell decisions = result.report().table("t2").cell("t2.licensing.decisions");
        assertThat(decisions.raw()).isEqualTo("1.2126×10⁴");
        assertThat(decisions.value()).isEqualByComparingTo("12126");
    }

    @Test
    void aTableInALayoutTableIsReadAsIfItStoodInTheBody() throws IOException {
        String layoutStart = "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid><w:tr><w:tc>";
        String layoutEnd = "<w:p/></w:tc></w:tr></w:tbl>";
        // 表四 alone in a layout table's cell; the whole body in one cell
        byte[] table4 = twinWithDocument(document -> {
            int start = document.lastIndexOf("<w:tbl>");
            int end = document.indexOf("</w:tbl>", start) + "</w:tbl>".length();
            return document.substring(0, start) + layoutStart + document.substring(start, end) + layoutEnd
                    + document.substring(end);
        });
        byte[] body = twinWithDocument(document -> document.replace("<w:body>", "<w:body>" + layoutStart)
                .replace("</w:body>", layoutEnd + "</w:body>"));

        for (byte[] docx : List.of(table4, body)) {
            CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
            assertThat(result.report().table("t4").cellList()).hasSize(15);
        }
    }

    @Test
    void tablesSideBySideInALayoutTableAreReadColumnByColumnEachUnderItsCaption() throws IOException {
        // 表二 and 表三 side by side under their captions (表二's, and part 三's heading), a note under each, a line
        // across both above them; and the two tables each beside its part's heading, which is read row by row
        String heading2 = "二、主动公开政府信息情况";
        String heading3 = "三、收到和处理政府信息公开申请情况";
        String note = run("注：本表单位为件。");
        byte[] sideBySide = twinWithDocument(document -> {
            List<String> tables = tables(document);
            String across = "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p>" + run("表二、表三如下：")
                    + "</w:p></w:tc>";
            return document.replace(tables.get(0) + paragraphWith(document, heading3) + tables.get(1),
                    layout("<w:tr>" + across + "</w:tr>", layoutRow("<w:p>" + run("表二") + "</w:p>",
                                    paragraphWith(document, heading3)), layoutRow(tables.get(0), tables.get(1)),
                            layoutRow("<w:p>" + note + "</w:p>", "<w:p>" + note + "</w:p>")));
        });
        byte[] besideHeadings = twinWithDocument(document -> {
            List<String> tables = tables(document);
            return document.replace(paragraphWith(document, heading2) + tables.get(0) + paragraphWith(document, heading3)
                    + tables.get(1), layout(layoutRow(paragraphWith(document, heading2), tables.get(0)),
                    layoutRow(paragraphWith(document, heading3), tables.get(1))));
        });

        for (byte[] docx : List.of(sideBySide, besideHeadings)) {
            CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
            assertThat(result.report().table("t2").cell("t2.licensing.decisions").value()).isEqualByComparingTo("12126");
            assertThat(result.report().table("t3").cellList()).hasSize(175);
        }
    }

    @Test
    void aTableBelowTablesSideBySideWithNothingBesideItIsReadAfterThem() throws IOException {
        // a grid of two columns: parts 二 and 三 side by side, part 四 below 二 with the right column blank; or
        // below them a row of notes, then 四 beside a note of its own
        String heading2 = "二、主动公开政府信息情况";
        String heading3 = "三、收到和处理政府信息公开申请情况";
        String heading4 = "四、政府信息公开行政复议、行政诉讼情况";
        String note = "<w:p>" + run("注：本表单位为件。") + "</w:p>";
        for (boolean notes : List.of(false, true)) {
            byte[] docx = twinWithDocument(document -> {
                List<String> tables = tables(document);
                String h2 = paragraphWith(document, heading2);
                String h3 = paragraphWith(document, heading3);
                String h4 = paragraphWith(document, heading4);
                String grid = notes
                        ? layout(layoutRow(h2, h3), layoutRow(tables.get(0), tables.get(1)), layoutRow(note, note),
                                layoutRow(h4 + tables.get(2), note))
                        : layout(layoutRow(h2, h3), layoutRow(tables.get(0), tables.get(1)), layoutRow(h4, ""),
                                layoutRow(tables.get(2), ""));
                return document.replace(h2 + tables.get(0) + h3 + tables.get(1) + h4 + tables.get(2), grid);
            });

            CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
            assertThat(result.report().table("t4").cellList()).hasSize(15);
        }
    }

    @Test
    void aSmallTableInAStatisticsTableCellIsNotItsTextUnlessTheCellHasNoneOfItsOwn() throws IOException {
        // notes in small tables under three of 表三's labels, and 表三's first 545 typed into a small table
        byte[] docx = twinWithDocument(document -> {
            String edited = document;
            for (String label : List.of("二、上年结转政府信息公开申请数量", "1. 本机关不掌握相关政府信息", "四、结转下年度继续办理")) {
                String paragraph = paragraphWith(edited, label);
                edited = edited.replace(paragraph, paragraph + smallTable("注") + "<w:p/>");
            }
            return edited.replaceFirst("<w:p><w:r><w:t>545</w:t></w:r></w:p>", smallTable("545") + "<w:p/>");
        });

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
        assertThat(result.report().table("t3").cell("t3.applications.new.natural_person").raw()).isEqualTo("545");
    }

    @Test
    void aCellWhoseOwnTextIsOnlyWhiteSpaceTakesTheNumberInItsSmallTable() throws IOException {
        // 表四's 复议总计 24 typed into a small table, under a paragraph of a no-break space (a web page's &nbsp;
        // turned into Word), or of a zero-width and an ideographic space
        for (String space : List.of("\u00A0", "\u200B\u3000")) {
            byte[] docx = twinWithDocument(document -> document.replaceFirst("<w:p><w:r><w:t>24</w:t></w:r></w:p>",
                    "<w:p>" + run(space) + "</w:p>" + smallTable("24") + "<w:p/>"));

            CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
            assertThat(result.report().table("t4").cell("t4.review.total").raw()).isEqualTo("24");
        }
    }

    @Test
    void aNumberSplitBetweenAStatisticsCellAndASmallTableInItReadsAsWordShowsTheCell() throws IOException {
        // 件 in a small table after 表三's first 545; 表四's 复议总计 24 typed into a small table after a paragraph of
        // （件）, its 维持 8 into one before a paragraph of 件, and its 尚未审结 as a dash into one after 件
        byte[] docx = twinWithDocument(document -> {
            String table4 = tables(document).get(2);
            return document.replaceFirst("<w:p><w:r><w:t>545</w:t></w:r></w:p>", "$0" + smallTable("件") + "<w:p/>")
                    .replace(table4, table4
                            .replaceFirst("<w:p><w:r><w:t>24</w:t></w:r></w:p>",
                                    "<w:p>" + run("（件）") + "</w:p>" + smallTable("24") + "<w:p/>")
                            .replaceFirst("<w:p><w:r><w:t>8</w:t></w:r></w:p>",
                                    smallTable("8") + "<w:p>" + run("件") + "</w:p>")
                            .replaceFirst("<w:p><w:r><w:t>0</w:t></w:r></w:p>",
                                    "<w:p>" + run("件") + "</w:p>" + smallTable("-") + "<w:p/>"));
        });
        // the same cells printed so in a text: the units are reported as such (NAR-10), the dash as no number
        String printed = TestRules.seed().replace("数量\t\t545\t", "数量\t\t545件\t")
                .replace("8\t4\t12\t0\t24", "8件\t4\t12\t-\t24（件）");
        assertThat(printed).contains("545件", "8件\t4\t12\t-\t24（件）");

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result))
                .containsExactlyElementsOf(TwinFixturesTest.comparable(CHECKER.check(printed, "printed")));
        Table table4 = result.report().table("t4");
        assertThat(table4.cell("t4.review.total").value()).isEqualByComparingTo("24");
        assertThat(table4.cell("t4.review.upheld").value()).isEqualByComparingTo("8");
        assertThat(table4.cell("t4.review.pending").state()).isEqualTo(CellState.DASH);
        assertThat(result.report().table("t3").cell("t3.applications.new.natural_person").value())
                .isEqualByComparingTo("545");
    }

    @Test
    void aPartEmbeddedInAStatisticsTableCellIsTheCellsText() throws Exception {
        // 表四's 复议总计 24 as a web page embedded in its cell, 表三's first 545 as a text
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>24</p></body></html>";
        byte[] docx = embedding(page, "545\n", document -> {
            String table4 = tables(document).get(2);
            return document.replaceFirst("<w:p><w:r><w:t>545</w:t></w:r></w:p>", altChunk("rIdText") + "<w:p/>")
                    .replace(table4, table4.replaceFirst("<w:p><w:r><w:t>24</w:t></w:r></w:p>",
                            altChunk("rIdPage") + "<w:p/>"));
        });

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
        assertThat(result.report().table("t4").cell("t4.review.total").raw()).isEqualTo("24");
        assertThat(result.report().table("t3").cell("t3.applications.new.natural_person").raw()).isEqualTo("545");
    }

    @Test
    void aWebArchiveEmbeddedInTheWordFileIsReadAsItsWebPage() throws Exception {
        // 表四 as a single-file web page (MHT) in its place, as Word saves one: the page quoted-printable in GB2312,
        // its lines broken softly inside a number and a tag; and the same page base64-encoded in an archive whose
        // lines end in LF alone, named multipart/related
        TableRows table4 = (TableRows) BLOCKS.stream().filter(TableRows.class::isInstance).skip(2).findFirst().orElseThrow();
        String html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body>"
                + TwinGenerator.table(table4) + "</body></html>";
        byte[] gb2312 = html.getBytes(Charset.forName("GB2312"));
        StringBuilder quoted = new StringBuilder();
        for (byte b : gb2312) {
            quoted.append(b >= 0 && b != '=' ? String.valueOf((char) b) : "=%02X".formatted(b & 0xFF));
        }
        String softlyBroken = quoted.toString().replace(">24</span>", ">2=\r\n4</sp=\r\nan>");
        assertThat(softlyBroken).contains("2=\r\n4");
        String boundary = "----=_NextPart_01DB0000.12345678";
        String quotedArchive = "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"" + boundary
                + "\"\r\n\r\n此文档为“单个文件网页”。\r\n\r\n--" + boundary + "\r\nContent-Location: file:///C:/page.htm\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n"
                + softlyBroken + "\r\n\r\n--" + boundary + "\r\nContent-Location: file:///C:/page_files/list.xml\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n\r\n"
                + "<xml>999</xml>\r\n\r\n--" + boundary + "--\r\n";
        String base64Archive = "Content-Type: multipart/related; boundary=" + boundary + "\n\n--" + boundary
                + "\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                + java.util.Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(html.replace("gb2312", "utf-8")
                        .getBytes(StandardCharsets.UTF_8)) + "\n--" + boundary + "--\n";
        UnaryOperator<String> place = document -> document.replace(tables(document).get(2), altChunk("rIdPart"));

        for (byte[] docx : List.of(embeddingPart("page.mht", "message/rfc822", quotedArchive, place),
                embeddingPart("page.mht", "multipart/related", base64Archive, place))) {
            CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
            assertThat(result.report().table("t4").cellList()).hasSize(15);
            assertThat(textOf(docx)).doesNotContain("999", "单个文件网页");
        }
    }

    @Test
    void aWebPageOrTextEmbeddedInTheWordFileIsReadInItsPlace() throws Exception {
        // 表四 as a web page, and part 六's sentence as plain text, embedded (altChunk) where they stood; and the
        // report's whole page, portal and all, as the only content of a Word file
        TableRows table4 = (TableRows) BLOCKS.stream().filter(TableRows.class::isInstance).skip(2).findFirst().orElseThrow();
        String sentence = "本单位 2024 年度未收取政府信息公开信息处理费。";
        byte[] parts = embedding("<html><head><meta charset=\"utf-8\"></head><body>" + TwinGenerator.table(table4)
                + "</body></html>", sentence, document -> document.replace(tables(document).get(2), altChunk("rIdPage"))
                .replace(paragraphWith(document, sentence), altChunk("rIdText")));
        byte[] page = embedding(TwinGenerator.page(BLOCKS, "utf-8"), "", document -> document.substring(0,
                document.indexOf("<w:body>") + "<w:body>".length()) + altChunk("rIdPage") + "</w:body></w:document>");

        // the whole page states in its information bar when it was published: the seed is checked as published then
        CheckResult seedAsPublished = CHECKER.check(TestRules.seed().getBytes(StandardCharsets.UTF_8), "seed",
                CheckOptions.DEFAULT.withPublished(TwinGenerator.published(BLOCKS)));
        for (byte[] docx : List.of(parts, page)) {
            CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(
                    TwinFixturesTest.comparable(docx == page ? seedAsPublished : SEED));
            assertThat(result.report().table("t4").cellList()).hasSize(15);
            // the document's third table, under its three rows of headers
            assertThat(result.report().table("t4").cell("t4.review.total").location().tableCell())
                    .isEqualTo(new Location.TableCell(3, 4, 5));
            assertThat(textOf(docx)).startsWith("老城区人民政府 2024 年政府信息公开工作年度报告\n")
                    .endsWith("\n" + sentence + "\n");
        }
    }

    @Test
    void aWebPageEmbeddedAfterTheTitleIsTheBodyNotCutBeforeALaterLineNamingAReport() throws Exception {
        // the title a Word paragraph, the rest of the report a page embedded after it (as a portal exports an
        // article), with a later short line or sentence that names a report: none of them is the page's title
        String body = TwinGenerator.fragment(BLOCKS.subList(1, BLOCKS.size()));
        for (String line : List.of("<p>附：老城区人民政府 2023 年政府信息公开工作年度报告</p>",
                "<h5>本年报电子版可在政府网站下载。</h5>")) {
            byte[] docx = embedding("<html><body>" + body + line + "</body></html>", "", document -> document
                    .substring(0, document.indexOf("</w:p>") + "</w:p>".length()) + altChunk("rIdPage")
                    + "</w:body></w:document>");

            CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
            assertThat(textOf(docx)).startsWith("老城区人民政府 2024 年政府信息公开工作年度报告\n一、总体情况\n");
        }
    }

    @Test
    void aWebArchiveWithoutAPageOrWithPartsNestedWithoutEndIsSkippedAndTheRestRead() throws Exception {
        // after 表三, an archive of a picture only; one with an unknown transfer encoding; and 10 000 multiparts each
        // inside the one before, the page in the innermost
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            nested.append("Content-Type: multipart/related; boundary=b").append(i).append("\r\n\r\n--b").append(i)
                    .append("\r\n");
        }
        nested.append("Content-Type: text/html\r\n\r\n<p>本年新收政府信息公开申请数量 999</p>");
        for (String archive : List.of("Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                        + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n",
                "Content-Type: text/html\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\n<p>%%%</p>", nested.toString())) {
            byte[] docx = embeddingPart("page.mht", "message/rfc822", archive,
                    document -> document.replace(tables(document).get(1), tables(document).get(1) + altChunk("rIdPart")));

            CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
            assertThat(textOf(docx)).doesNotContain("999", "%%%", "iVBOR");
        }
    }

    @Test
    void anEmbeddedTextIsReadAsATextIsItsTablesRowsOfCellsBetweenTabs() throws Exception {
        // the whole report as an embedded text, as a text export of it is
        byte[] docx = embedding("", TestRules.seed(), document -> document.substring(0,
                document.indexOf("<w:body>") + "<w:body>".length()) + altChunk("rIdText") + "</w:body></w:document>");

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
        assertThat(result.report().table("t2").cell("t2.licensing.decisions").value()).isEqualByComparingTo("12126");
    }

    @Test
    void anEmbeddedPartThatThePackageLacksIsSkippedAndTheRestRead() throws Exception {
        // after 表三, a chunk whose relationship names a part that is not in the file
        byte[] docx = twinWith(parts -> {
            parts.compute(DOCUMENT, (name, document) -> document.replace(tables(document).get(1),
                    tables(document).get(1) + altChunk("rIdGone")));
            parts.compute("word/_rels/document.xml.rels", (name, relationships) -> relationships.replace(
                    "</Relationships>", "<Relationship Id=\"rIdGone\" Type=\"http://schemas.openxmlformats.org/"
                            + "officeDocument/2006/relationships/aFChunk\" Target=\"gone.html\"/></Relationships>"));
        });

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
    }

    @Test
    void embeddedPartsLargerTogetherThanASourceMayBeAreTooLarge() throws Exception {
        // a web page larger than the limit, in the body or in 表四's cell, or as a web archive; a page and a text
        // each within it, together over it
        long limit = 50 * 1024;
        String page = "<html><body>" + "<div><span>x</span></div>".repeat(3_000) + "</body></html>";
        String half = "x\n".repeat(15_000);
        UnaryOperator<String> both = document -> document.replace("<w:body>",
                "<w:body>" + altChunk("rIdPage") + altChunk("rIdText"));
        byte[] oneTooLarge = embedding(page, "", both);
        byte[] inACell = embedding(page, "", document -> document.replace(tables(document).get(2), tables(document)
                .get(2).replaceFirst("<w:p><w:r><w:t>24</w:t></w:r></w:p>", altChunk("rIdPage") + "<w:p/>")));
        byte[] archive = embeddingPart("page.mht", "message/rfc822", "Content-Type: text/html\r\n\r\n" + page,
                document -> document.replace("<w:body>", "<w:body>" + altChunk("rIdPart")));
        byte[] togetherTooLarge = embedding(page.substring(0, 30_000), half, both);

        for (byte[] docx : List.of(oneTooLarge, inACell, archive, togetherTooLarge)) {
            assertThat(docx.length).isLessThan((int) limit);
            List<Finding> findings = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT.withMaxBytes(limit))
                    .findings();

            assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-03");
            assertThat(findings.get(0).message()).contains("Word 文件中嵌入的网页或文字超过 50.0 KB");
            assertThat(CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT).findings()).extracting(Finding::ruleId)
                    .doesNotContain("INPUT-03");
        }
    }

    @Test
    void aTextBoxIsReadOnceWhereItIsAnchored() throws Exception {
        // the title in a text box, as Word writes one: a drawing, and VML for older Word
        byte[] docx = twinWithDocument(document -> {
            int start = document.indexOf("<w:p>");
            int end = document.indexOf("</w:p>", start) + "</w:p>".length();
            String title = document.substring(start, end);
            String box = "<w:txbxContent>" + title + "</w:txbxContent>";
            return document.substring(0, start) + "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats"
                    + ".org/markup-compatibility/2006\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/"
                    + "wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><mc:Choice Requires=\"wps\">"
                    + "<w:drawing><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
                    + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                    + "</mc:AlternateContent></w:r></w:p>" + document.substring(end);
        });

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
        assertThat(textOf(docx).lines())
                .filteredOn(line -> line.contains("年度报告")).hasSize(1);
    }

    @Test
    void aTablePastedAsAnOlderWordsPictureIsReportedAsUncheckedNotMissing() throws Exception {
        // 表四 replaced by a picture as Word 2003 wrote one (VML); the fixtures of INPUT-07 hold a drawing's picture
        byte[] docx = twinWithDocument(document -> document.replace(tables(document).get(2),
                "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:415pt;height:80pt\">"
                        + "<v:imagedata xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                        + "r:id=\"rIdTable4\"/></v:shape></w:pict></w:r></w:p>"));

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(result.report().printsAsPicture("t4")).isTrue();
        assertThat(result.findings()).extracting(Finding::ruleId).contains("INPUT-07").doesNotContain("STR-05");
    }

    @Test
    void aTablesPictureInTheParagraphOfItsPartsHeadingIsInThatPart() throws Exception {
        // 表四 pasted into its part's heading: after a line break (in a run of its own, or in the heading's run, as
        // POI writes it), or right after the text; a drawing or an older Word's VML image
        String heading = "四、政府信息公开行政复议、行政诉讼情况";
        String vml = "<w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:415pt;height:80pt\">"
                + "<v:imagedata xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                + "r:id=\"rIdTable4\"/></v:shape></w:pict>";
        for (String paragraph : List.of(
                run(heading) + "<w:r><w:br/></w:r><w:r>" + DRAWING + "</w:r>",
                "<w:r><w:t>" + heading + "</w:t><w:br/>" + DRAWING + "</w:r>",
                run(heading) + "<w:r>" + vml + "</w:r>")) {
            byte[] docx = twinWithDocument(document -> document.replace(tables(document).get(2), "")
                    .replace(paragraphWith(document, heading), "<w:p>" + paragraph + "</w:p>"));

            CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

            assertThat(result.report().printsAsPicture("t4")).as(paragraph).isTrue();
            assertThat(result.findings()).as(paragraph).extracting(Finding::ruleId)
                    .contains("INPUT-07").doesNotContain("STR-05");
        }
    }

    @Test
    void aPictureBeforeAPartsHeadingInItsParagraphIsNoPictureOfItsTable() throws Exception {
        // a photo closing part 三, then part 四's heading in the same paragraph; 表四 left out
        String heading = "四、政府信息公开行政复议、行政诉讼情况";
        byte[] docx = twinWithDocument(document -> document.replace(tables(document).get(2), "")
                .replace(paragraphWith(document, heading),
                        "<w:p><w:r>" + DRAWING + "<w:br/></w:r>" + run(heading) + "</w:p>"));

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(result.report().printsAsPicture("t4")).isFalse();
        assertThat(result.findings()).extracting(Finding::ruleId).contains("STR-05").doesNotContain("INPUT-07");
        assertThat(textOf(docx).lines()).contains(heading);
    }

    @Test
    void aTextBoxWhereATableShouldStandIsNoPicture() throws Exception {
        // 表四 replaced by a text box that says where it went: the table is missing, not printed as a picture
        byte[] docx = twinWithDocument(document -> document.replace(tables(document).get(2),
                "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                        + "<w:p>" + run("见附件") + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"));

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        assertThat(result.report().printsAsPicture("t4")).isFalse();
        assertThat(result.findings()).extracting(Finding::ruleId).contains("STR-05").doesNotContain("INPUT-07");
    }

    @Test
    void headingsNumberedByAWordListGetTheNumbersWordPrints() throws IOException {
        // the seed's Word twin with each part's heading typed without its number, in a list numbered "%1、" in
        // Chinese counting, as Word's heading styles number them; parts 二 and 三 worded a little otherwise
        Path file = Path.of("fixtures/rules/STR-01/pass-word-headings-numbered-by-a-list.docx");

        CheckResult result = CHECKER.check(file);

        String text = new ReportReader(CHECKER.ruleSet().formats(), CHECKER.ruleSet().bodyNameEndings()).text(file, ReportReader.DEFAULT_MAX_BYTES).text();
        assertThat(text.lines()).contains("一、总体情况", "二、主动公开政府信息的情况",
                "三、收到和处理政府信息公开申请的情况", "六、其他需要报告的事项");
        assertThat(result.report().sections()).extracting(section -> section.id() + " " + section.number())
                .containsExactly("s1 一", "s2 二", "s3 三", "s4 四", "s5 五", "s6 六");
    }

    @Test
    void partsAndItemsNumberedThroughTheirHeadingStylesGiveExactlyTheFindingsOfTheText() throws Exception {
        // the seed's Word twin with its parts' headings in Heading1 and its items in Heading2, the styles numbered
        // "%1、" and "（%2）" by one list, the items of part five's second group by a list restarting them
        byte[] docx = TwinGenerator.docxNumberedByWord(BLOCKS);

        CheckResult result = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT);

        List<String> text = textOf(docx).lines().toList();
        assertThat(text).contains("一、总体情况", "五、存在的主要问题及改进情况", "（二）在主流意识形态建设方面存在短板问题",
                "六、其他需要报告的事项");
        assertThat(text).anyMatch(line -> line.startsWith("（一）强化信息公开的全面性"));
        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
    }

    @Test
    void aListThatRestartsTheItemsLevelStartsItWhereItSaysAndThePartsCountOn() throws Exception {
        // lists 2 and 3 restart the items' level of the parts' list, at 1 and at 3
        String numbering = list(0, level(0, 1, "chineseCounting", "%1、") + level(1, 1, "chineseCounting", "（%2）"))
                + num(1, 0, "") + num(2, 0, startOverride(1, 1)) + num(3, 0, startOverride(1, 3));

        List<String> text = wordText(numbering, "", numbered(1, 0, "存在的主要问题及改进情况"), numbered(1, 1, "存在问题"),
                numbered(1, 1, "公开不及时"), numbered(2, 1, "改进情况"), numbered(2, 1, "加强培训"),
                numbered(3, 1, "完善制度"), numbered(1, 0, "其他需要报告的事项"), numbered(1, 1, "收费情况"));

        assertThat(text).containsExactly("一、存在的主要问题及改进情况", "（一）存在问题", "（二）公开不及时", "（一）改进情况",
                "（二）加强培训", "（三）完善制度", "二、其他需要报告的事项", "（一）收费情况");
    }

    @Test
    void aLevelShowingTheNumbersOfHigherLevelsPrintsEachInItsFormatUnlessItIsLegalStyle() throws Exception {
        // level 1 prints "%1.%2" under parts counted in Chinese; level 2 is legal style (isLgl): all in decimal
        String numbering = list(0, level(0, 1, "chineseCounting", "%1、") + level(1, 1, "decimal", "%1.%2")
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimalEnclosedCircle\"/><w:isLgl/>"
                + "<w:lvlText w:val=\"%1.%2.%3\"/></w:lvl>") + num(1, 0, "");

        List<String> text = wordText(numbering, "", numbered(1, 0, "总体情况"), numbered(1, 1, "主动公开"),
                numbered(1, 2, "网站"), numbered(1, 0, "主动公开政府信息情况"), numbered(1, 1, "规章"),
                numbered(1, 1, "规范性文件"));

        assertThat(text).containsExactly("一、总体情况", "一.1主动公开", "1.1.1网站", "二、主动公开政府信息情况", "二.1规章",
                "二.2规范性文件");
    }

    @Test
    void aListLevelCountsFromItsStartValue() throws Exception {
        // parts 四 and 五 in a list of their own that Word starts at 4
        String numbering = list(0, level(0, 1, "chineseCounting", "%1、"))
                + list(1, level(0, 4, "chineseCounting", "%1、")) + num(1, 0, "") + num(2, 1, "");

        List<String> text = wordText(numbering, "", numbered(1, 0, "总体情况"),
                numbered(2, 0, "政府信息公开行政复议、行政诉讼情况"), numbered(2, 0, "存在的主要问题及改进情况"));

        assertThat(text).containsExactly("一、总体情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况");
    }

    @Test
    void aListThatOverridesTheStartOfAnotherListOfItsDefinitionStartsAfresh() throws Exception {
        // lists 2 and 3 share the items' definition, list 3 set to "Restart at 1"; list 4 goes on with the parts at 六
        String numbering = list(0, level(0, 1, "chineseCounting", "%1、"))
                + list(1, level(0, 1, "chineseCounting", "（%1）"))
                + num(1, 0, "") + num(2, 1, "") + num(3, 1, startOverride(0, 1)) + num(4, 0, startOverride(0, 6));

        List<String> text = wordText(numbering, "", numbered(1, 0, "总体情况"), numbered(2, 0, "主动公开"),
                numbered(2, 0, "依申请公开"), numbered(1, 0, "存在的主要问题及改进情况"), numbered(3, 0, "存在问题"),
                numbered(3, 0, "改进情况"), numbered(4, 0, "其他需要报告的事项"));

        assertThat(text).containsExactly("一、总体情况", "（一）主动公开", "（二）依申请公开", "二、存在的主要问题及改进情况",
                "（一）存在问题", "（二）改进情况", "六、其他需要报告的事项");
    }

    @Test
    void aLevelRestartsAfterAHigherLevelUnlessItsLvlRestartSaysNever() throws Exception {
        String numbering = list(0, level(0, 1, "chineseCounting", "%1、") + level(1, 1, "chineseCounting", "（%2）")
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlRestart w:val=\"0\"/>"
                + "<w:lvlText w:val=\"%3.\"/></w:lvl>") + num(1, 0, "");

        List<String> text = wordText(numbering, "", numbered(1, 0, "总体情况"), numbered(1, 1, "主动公开"),
                numbered(1, 2, "网站"), numbered(1, 0, "主动公开政府信息情况"), numbered(1, 1, "规章"), numbered(1, 2, "文件"));

        assertThat(text).containsExactly("一、总体情况", "（一）主动公开", "1.网站", "二、主动公开政府信息情况", "（一）规章",
                "2.文件");
    }

    @Test
    void aLevelThatAListReplacesIsPrintedAsTheListSaysAndALevelWithoutFormatInDecimal() throws Exception {
        // list 1 replaces level 0 of a decimal definition with Chinese counting; list 2's level names no format
        String numbering = list(0, level(0, 1, "decimal", "%1."))
                + list(1, "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:lvlText w:val=\"%1、\"/></w:lvl>")
                + num(1, 0, "<w:lvlOverride w:ilvl=\"0\">" + level(0, 1, "chineseCounting", "%1、") + "</w:lvlOverride>")
                + num(2, 1, "");

        List<String> text = wordText(numbering, "", numbered(1, 0, "总体情况"), numbered(1, 0, "主动公开政府信息情况"),
                numbered(2, 0, "存在问题"));

        assertThat(text).containsExactly("一、总体情况", "二、主动公开政府信息情况", "1、存在问题");
    }

    @Test
    void aListThatNamesAListStyleIsNumberedByTheListOfThatStyle() throws Exception {
        // list 1's definition only links to the list style GovList, whose own list (2) defines the levels
        String numbering = list(0, "<w:styleLink w:val=\"GovList\"/>" + level(0, 1, "chineseCounting", "%1、"))
                + list(1, "<w:numStyleLink w:val=\"GovList\"/>") + num(1, 1, "") + num(2, 0, "");
        String styles = "<w:style w:type=\"numbering\" w:styleId=\"GovList\"><w:pPr>" + numPr(2, 0)
                + "</w:pPr></w:style>";

        List<String> text = wordText(numbering, styles, numbered(1, 0, "总体情况"), numbered(1, 0, "主动公开政府信息情况"));

        assertThat(text).containsExactly("一、总体情况", "二、主动公开政府信息情况");
    }

    @Test
    void aTableCellNumberedByAListPrintsItsNumberAndCountsInThatList() throws Exception {
        String numbering = list(0, level(0, 1, "chineseCounting", "%1、")) + num(1, 0, "");
        String table = "<w:tbl><w:tr><w:tc><w:p>" + numbered(1, 0, "本年新收政府信息公开申请数量") + "</w:p></w:tc>"
                + "<w:tc><w:p>" + paragraph("", "545") + "</w:p></w:tc></w:tr></w:tbl>";

        List<String> text = wordText(numbering, "", table, numbered(1, 0, "上年结转政府信息公开申请数量"));

        assertThat(text).contains("一、本年新收政府信息公开申请数量\t545", "二、上年结转政府信息公开申请数量");
    }

    @Test
    void paragraphsInsideAContentControlAreNumberedInTheListsOfTheBody() throws Exception {
        String numbering = list(0, level(0, 1, "chineseCounting", "%1、")) + num(1, 0, "");
        String control = "<w:sdt><w:sdtPr/><w:sdtContent><w:p>" + numbered(1, 0, "主动公开政府信息情况")
                + "</w:p><w:p>" + paragraph("", "本年新制发规章0件。") + "</w:p></w:sdtContent></w:sdt>";

        List<String> text = wordText(numbering, "", numbered(1, 0, "总体情况"), control,
                numbered(1, 0, "收到和处理政府信息公开申请情况"));

        assertThat(text).containsExactly("一、总体情况", "二、主动公开政府信息情况", "本年新制发规章0件。", "三、收到和处理政府信息公开申请情况");
    }

    @Test
    void aParagraphTakesTheListOfItsStyleOrOfTheStyleItIsBasedOnUnlessItsOwnSaysOtherwise() throws Exception {
        String numbering = list(0, level(0, 1, "chineseCounting", "%1、"))
                + list(1, level(0, 1, "chineseCounting", "（%1）")) + num(1, 0, "") + num(2, 1, "");
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
                + "</w:numPr></w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"PartHeading\">"
                + "<w:basedOn w:val=\"Heading1\"/></w:style>";
        String heading1 = "<w:pStyle w:val=\"Heading1\"/>";

        List<String> text = wordText(numbering, styles, paragraph(heading1, "总体情况"),
                paragraph("<w:pStyle w:val=\"PartHeading\"/>", "主动公开政府信息情况"),
                paragraph(heading1 + numPr(0, 0), "（本部分无编号）"), paragraph(heading1 + numPr(2, 0), "依申请公开"));

        assertThat(text).containsExactly("一、总体情况", "二、主动公开政府信息情况", "（本部分无编号）", "（一）依申请公开");
    }

    @ParameterizedTest
    @CsvSource({"1, chineseCounting, 一", "10, chineseCounting, 十",
            "11, chineseCountingThousand, 十一", "3, ideographTraditional, 丙", "11, ideographTraditional, 11", "12, ideographZodiac, 亥", "10, ideographDigital, 一〇", "23, chineseCounting, 二十三",
            "100, chineseCounting, 一百", "101, chineseCounting, 一百零一", "110, chineseCounting, 一百一十",
            "123, chineseCountingThousand, 一百二十三", "999, chineseCounting, 九百九十九", "1000, chineseCounting, 1000",
            "3, decimal, 3", "12, decimalEnclosedParen, ⑿", "21, decimalEnclosedParen, 21", "2, decimalEnclosedFullstop, ⒉", "1, decimalEnclosedCircle, ①", "20, decimalEnclosedCircle, ⑳",
            "21, decimalEnclosedCircle, 21", "10, decimalEnclosedCircleChinese, ⑩", "11, decimalEnclosedCircleChinese, 11",
            "3, upperLetter, C", "26, upperLetter, Z", "28, upperLetter, BB", "2, lowerLetter, b", "4, upperRoman, IV",
            "1994, upperRoman, MCMXCIV", "9, lowerRoman, ix", "7, decimalZero, 07", "12, decimalZero, 12",
            "12, decimalFullWidth, １２", "5, someFormatWordAddsLater, 5"})
    void listNumbersArePrintedInTheListsFormat(int count, String format, String printed) {
        assertThat(ListNumbers.format(count, format)).isEqualTo(printed);
    }

    @Test
    void aWordFileIsRecognisedByItsContentWhateverItIsCalled(@TempDir Path dir) throws IOException {
        Path misnamed = dir.resolve("年报.txt");
        Files.write(misnamed, TwinGenerator.docx(BLOCKS));

        CheckResult result = CHECKER.check(misnamed);

        assertThat(result.report().encoding()).isEqualTo("Word .docx");
        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(TwinFixturesTest.comparable(SEED));
    }

    @Test
    void aPasswordProtectedWordFileIsReportedAsUnopenable() throws Exception {
        byte[] locked = TwinGenerator.encrypted(TwinGenerator.docx(BLOCKS), "secret");

        List<Finding> findings = CHECKER.check(locked, "locked.docx", CheckOptions.DEFAULT).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-04");
        assertThat(findings.get(0).message()).contains("设有打开密码");
    }

    @Test
    void aDamagedWordFileIsReportedAsUnopenable() throws IOException {
        byte[] damaged = TwinGenerator.zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document><w:body>");

        List<Finding> findings = CHECKER.check(damaged, "damaged.docx", CheckOptions.DEFAULT).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-04");
        assertThat(findings.get(0).message()).contains("已损坏");
    }

    @Test
    void aWordFileWithoutTextIsReportedAsSuchNotAsAReportMissingEverything() throws Exception {
        byte[] empty = word("", "", "");
        byte[] image = word("", "", "<w:r><w:drawing/></w:r>");
        byte[] embedded = word("", "", "<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships\" r:id=\"rId9\"/>");

        for (byte[] docx : List.of(empty, image, embedded)) {
            assertThat(message(docx)).contains("Word 文档中没有文字");
        }
    }

    @Test
    void aWordFileThatUnpacksToMoreThanTenTimesTheSizeLimitIsTooLarge() throws IOException {
        byte[] docx = twinWithDocument(document -> document.replace("<w:body>", "<w:body>" + " ".repeat(1_000_000)));
        long limit = 50 * 1024;
        assertThat(docx.length).isLessThan((int) limit);

        List<Finding> findings = CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT.withMaxBytes(limit)).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-03");
        assertThat(findings.get(0).message()).contains("Word 文件解压后超过 500.0 KB");
        assertThat(CHECKER.check(docx, "report.docx", CheckOptions.DEFAULT).findings()).extracting(Finding::ruleId)
                .doesNotContain("INPUT-03");
    }

    @Test
    void aStrictOpenXmlFileIsToldToBeSavedAsAnOrdinaryWordFile() throws IOException {
        byte[] docx = twinWithDocument(document -> document.replace(
                "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"));

        List<Finding> findings = CHECKER.check(docx, "strict.docx", CheckOptions.DEFAULT).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-04");
        assertThat(findings.get(0).message()).contains("Strict Open XML").doesNotContain("已损坏");
    }

    @Test
    void aZipOfSomethingElseOrACutWordFileIsNotAReport() throws IOException {
        byte[] photos = TwinGenerator.zip("photo/1.txt", "照片", "photo/2.txt", "照片");
        byte[] docx = TwinGenerator.docx(BLOCKS);
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);

        assertThat(message(photos)).contains("ZIP 压缩包，其中没有 Word 文档");
        assertThat(message(cut)).contains("ZIP 压缩包，但不完整或已损坏");
    }

    /** The message of the one finding a source that is no report gets (INPUT-02). */
    private static String message(byte[] bytes) {
        List<Finding> findings = CHECKER.check(bytes, "input", CheckOptions.DEFAULT).findings();
        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-02");
        return findings.get(0).message();
    }

    /**
     * The text read from a Word file of the given paragraphs (the content of each {@code w:p}, or a whole
     * {@code w:sdt} or {@code w:tbl}), list definitions and
     * lists (the content of {@code w:numbering}) and styles (the content of {@code w:styles}).
     */
    private static List<String> wordText(String numbering, String styles, String... paragraphs) throws Exception {
        return textOf(word(numbering, styles, paragraphs)).lines().toList();
    }

    /**
     * The seed's Word twin with a web page and a text embedded in it (as page.html and fee.txt), and its document
     * part changed to place them ({@link #altChunk}).
     */
    private static byte[] embedding(String page, String text, UnaryOperator<String> document) throws IOException {
        String relationship = "<Relationship Id=\"%s\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/aFChunk\" Target=\"%s\"/>";
        return twinWith(parts -> {
            parts.compute(DOCUMENT, (name, xml) -> document.apply(xml));
            parts.put("word/page.html", page);
            parts.put("word/fee.txt", text);
            parts.compute("word/_rels/document.xml.rels", (name, relationships) -> relationships.replace(
                    "</Relationships>", relationship.formatted("rIdPage", "page.html")
                            + relationship.formatted("rIdText", "fee.txt") + "</Relationships>"));
            parts.compute("[Content_Types].xml", (name, types) -> types.replace("</Types>",
                    "<Default Extension=\"html\" ContentType=\"text/html\"/>"
                            + "<Default Extension=\"txt\" ContentType=\"text/plain\"/></Types>"));
        });
    }

    /** The seed's Word twin with a part of the media type embedded (as rIdPart), its document changed to place it. */
    private static byte[] embeddingPart(String name, String contentType, String content, UnaryOperator<String> document)
            throws IOException {
        return twinWith(parts -> {
            parts.compute(DOCUMENT, (part, xml) -> document.apply(xml));
            parts.put("word/" + name, content);
            parts.compute("word/_rels/document.xml.rels", (part, relationships) -> relationships.replace(
                    "</Relationships>", "<Relationship Id=\"rIdPart\" Type=\"http://schemas.openxmlformats.org/"
                            + "officeDocument/2006/relationships/aFChunk\" Target=\"" + name + "\"/></Relationships>"));
            parts.compute("[Content_Types].xml", (part, types) -> types.replace("</Types>",
                    "<Override PartName=\"/word/" + name + "\" ContentType=\"" + contentType + "\"/></Types>"));
        });
    }

    /** A part embedded where it stands: the web page (rIdPage) or the text (rIdText) of {@link #embedding}. */
    private static String altChunk(String relationshipId) {
        return "<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\""
                + relationshipId + "\"/>";
    }

    /** The text a Word file is read as. */
    private static String textOf(byte[] docx) throws UnopenableDocumentException {
        return DocxSource.read(docx, ReportReader.DEFAULT_MAX_BYTES, TITLE_ENDINGS, PUBLICATION_DATES,
                CHECKER.ruleSet().formats().newest().portal()).text();
    }

    /** A Word file of the given paragraphs, list definitions and lists, and styles, as {@link #wordText} reads. */
    private static byte[] word(String numbering, String styles, String... paragraphs) throws IOException {
        String relationship = "<Relationship Id=\"%s\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/%s\" Target=\"%s\"/>";
        String relationships = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
        return TwinGenerator.zip(
                "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                        + ".relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", relationships + relationship.formatted("rId1", "officeDocument", "word/document.xml")
                        + "</Relationships>",
                "word/_rels/document.xml.rels", relationships
                        + relationship.formatted("rId1", "numbering", "numbering.xml")
                        + relationship.formatted("rId2", "styles", "styles.xml") + "</Relationships>",
                "word/document.xml", "<w:document" + W + "><w:body>"
                        + Arrays.stream(paragraphs).map(p -> p.startsWith("<w:sdt>") || p.startsWith("<w:tbl>") ? p : "<w:p>" + p + "</w:p>")
                                .collect(Collectors.joining())
                        + "</w:body></w:document>",
                "word/numbering.xml", "<w:numbering" + W + ">" + numbering + "</w:numbering>",
                "word/styles.xml", "<w:styles" + W + ">" + styles + "</w:styles>");
    }

    /** The seed's Word twin with its document part changed. */
    private static byte[] twinWithDocument(UnaryOperator<String> edit) throws IOException {
        return twinWith(parts -> parts.compute(DOCUMENT, (name, document) -> edit.apply(document)));
    }

    /** The seed's Word twin with its parts (each part's name and text) changed. */
    private static byte[] twinWith(Consumer<Map<String, String>> edit) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(TwinGenerator.docx(BLOCKS)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        edit.accept(parts);
        return TwinGenerator.zip(parts.entrySet().stream()
                .flatMap(part -> java.util.stream.Stream.of(part.getKey(), part.getValue())).toArray(String[]::new));
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    /** A run of a character style, with the given run properties of its own. */
    private static String styled(String style, String properties, String text) {
        return "<w:r><w:rPr><w:rStyle w:val=\"" + style + "\"/>" + properties + "</w:rPr><w:t>" + text + "</w:t></w:r>";
    }

    /** The tables of a document part, in order (none of them holding another). */
    private static List<String> tables(String document) {
        List<String> tables = new ArrayList<>();
        for (int start = document.indexOf("<w:tbl>"); start >= 0; start = document.indexOf("<w:tbl>", start + 1)) {
            tables.add(document.substring(start, document.indexOf("</w:tbl>", start) + "</w:tbl>".length()));
        }
        return tables;
    }

    /** The paragraph of a document part that holds the text. */
    private static String paragraphWith(String document, String text) {
        int at = document.indexOf(text);
        assertThat(at).as(text).isPositive();
        int start = document.lastIndexOf("<w:p>", at);
        return document.substring(start, document.indexOf("</w:p>", at) + "</w:p>".length());
    }

    /** A table of two columns that lays out the given rows. */
    private static String layout(String... rows) {
        return "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"4500\"/><w:gridCol w:w=\"4500\"/></w:tblGrid>"
                + String.join("", rows) + "</w:tbl>";
    }

    /** A row of a layout table, of cells with the given content (paragraphs, tables). */
    private static String layoutRow(String... cells) {
        return Arrays.stream(cells).map(cell -> "<w:tc>" + cell + "<w:p/></w:tc>")
                .collect(Collectors.joining("", "<w:tr>", "</w:tr>"));
    }

    /** A table of one cell, as a note in a table's cell is drawn. */
    private static String smallTable(String text) {
        return "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"500\"/></w:tblGrid>" + layoutRow("<w:p>" + run(text)
                + "</w:p>") + "</w:tbl>";
    }

    /** A list definition (abstractNum) of the given levels. */
    private static String list(int id, String levels) {
        return "<w:abstractNum w:abstractNumId=\"%d\">%s</w:abstractNum>".formatted(id, levels);
    }

    private static String level(int level, int start, String format, String text) {
        return "<w:lvl w:ilvl=\"%d\"><w:start w:val=\"%d\"/><w:numFmt w:val=\"%s\"/><w:lvlText w:val=\"%s\"/></w:lvl>"
                .formatted(level, start, format, text);
    }

    /** A list (num) of a definition, with the given level overrides. */
    private static String num(int id, int list, String overrides) {
        return "<w:num w:numId=\"%d\"><w:abstractNumId w:val=\"%d\"/>%s</w:num>".formatted(id, list, overrides);
    }

    private static String startOverride(int level, int start) {
        return "<w:lvlOverride w:ilvl=\"%d\"><w:startOverride w:val=\"%d\"/></w:lvlOverride>".formatted(level, start);
    }

    private static String numPr(int numId, int level) {
        return "<w:numPr><w:ilvl w:val=\"%d\"/><w:numId w:val=\"%d\"/></w:numPr>".formatted(level, numId);
    }

    private static String numbered(int numId, int level, String text) {
        return paragraph(numPr(numId, level), text);
    }

    /** A paragraph of the given properties (the content of {@code w:pPr}). */
    private static String paragraph(String properties, String text) {
        return "<w:pPr>" + properties + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r>";
    }

    private static long verticallyMergedCells(byte[] docx, int table) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getTables().get(table).getRows().stream()
                    .flatMap(row -> row.getTableCells().stream())
                    .map(XWPFTableCell::getCTTc)
                    .filter(cell -> cell.getTcPr() != null && cell.getTcPr().isSetVMerge())
                    .count();
        }
    }
}
