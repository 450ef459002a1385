package org.xxgk.checker.ingest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.format.PortalWords;
import org.xxgk.checker.format.TableLayout;
import org.xxgk.checker.ingest.TwinGenerator.Block;
import org.xxgk.checker.ingest.TwinGenerator.RawHtml;
import org.xxgk.checker.ingest.TwinGenerator.TableRows;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Location;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.StatedPublication;
import org.xxgk.checker.report.Table;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Reports published as web pages read as their text does, however the portal lays out and encodes the page. */
class HtmlSourceTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String SEED = TestRules.seed();
    private static final List<Block> BLOCKS = TwinGenerator.blocks(SEED);
    /** The seed's findings as published the day its page's information bar states. */
    private static final List<String> SEED_FINDINGS = TwinFixturesTest.comparable(CHECKER.check(SEED.getBytes(
            StandardCharsets.UTF_8), "seed", CheckOptions.DEFAULT.withPublished(TwinGenerator.published(BLOCKS))));
    private static final List<String> TITLE_ENDINGS = CHECKER.ruleSet().formats().newest().titleEndings();
    private static final PublicationDates PUBLICATION_DATES =
            new PublicationDates(CHECKER.ruleSet().formats().newest().publicationDateLabels());
    private static final PortalWords PORTAL = CHECKER.ruleSet().formats().newest().portal();

    @Test
    void table3DrawnAsTheTemplateWithMergedHeadersAndRowLabelsReadsEveryCell() {
        CheckResult seed = CHECKER.check(SEED, "seed");
        int t3 = tableBlock(2);
        List<Block> blocks = replaced(t3, TwinGenerator.table3AsTheTemplateDrawsIt(seed.report().table("t3"), Map.of()));
        String page = TwinGenerator.page(blocks, "utf-8");
        assertThat(page).contains("<td rowspan=\"3\" colspan=\"3\">", "<td rowspan=\"22\">", "<td colspan=\"5\">");

        CheckResult result = check(page);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(SEED_FINDINGS);
        Table table = result.report().table("t3");
        assertThat(table.cellList()).hasSize(175);
        for (Cell cell : seed.report().table("t3").cellList()) {
            assertThat(table.cell(cell.id()).value()).as(cell.id()).isEqualByComparingTo(cell.value());
        }
        // （七）总计 is the 24th of the 25 rows under the three header rows; 总计 the last of ten columns
        assertThat(table.cell("t3.results.total.total").location().tableCell()).isEqualTo(new Location.TableCell(2, 27, 10));
    }

    @Test
    void table4DrawnAsTwoTablesSideBySideReadsAsOne() {
        int t4 = tableBlock(3);
        TableRows table = (TableRows) BLOCKS.get(t4);
        List<Block> blocks = replaced(t4, new RawHtml(sideBySide(TwinGenerator.table(table.columns(0, 5)),
                TwinGenerator.table(table.columns(5, 15)))));

        CheckResult result = check(TwinGenerator.page(blocks, "utf-8"));

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(SEED_FINDINGS);
        Report report = result.report();
        assertThat(report.table("t4").cellList()).hasSize(15);
        // the left table (行政复议) is the document's third, the right one (行政诉讼) its fourth
        assertThat(report.table("t4").cell("t4.review.total").location().tableCell())
                .isEqualTo(new Location.TableCell(3, 4, 5));
        assertThat(report.table("t4").cell("t4.suit_after_review.total").location().tableCell())
                .isEqualTo(new Location.TableCell(4, 4, 10));
        assertThat(report.table("t4").cell("t4.suit_after_review.pending").value()).isEqualByComparingTo("1");
    }

    @Test
    void twoSectionsWithTheirTablesSideBySideReadAsTheText() {
        int t2 = tableBlock(1);
        int t3 = tableBlock(2);
        List<Block> blocks = new ArrayList<>(BLOCKS.subList(0, t2 - 1));
        blocks.add(new RawHtml(sideBySide(TwinGenerator.fragment(BLOCKS.subList(t2 - 1, t2 + 1)),
                TwinGenerator.fragment(BLOCKS.subList(t3 - 1, t3 + 1)))));
        blocks.addAll(BLOCKS.subList(t3 + 1, BLOCKS.size()));

        CheckResult result = check(TwinGenerator.page(blocks, "utf-8"));

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(SEED_FINDINGS);
        assertThat(result.report().table("t2").cell("t2.licensing.decisions").value()).isEqualByComparingTo("12126");
        assertThat(result.report().table("t3").cellList()).hasSize(175);
    }

    @Test
    void tablesSideBySideInALayoutTableAreReadColumnByColumnAsInAWordFile() {
        // 表二 and 表三 side by side under their captions (表二's, and part 三's heading); and a grid of parts 二 and
        // 三 side by side under their headings, part 四 below 二 with nothing beside it
        int t2 = tableBlock(1);
        int t4 = tableBlock(3);
        String h2 = html(t2 - 1);
        String h3 = html(t2 + 1);
        String h4 = html(t4 - 1);
        List<Block> captions = new ArrayList<>(BLOCKS.subList(0, t2));
        captions.add(new RawHtml(grid(List.of(List.of("<p>表二</p>", h3), List.of(html(t2), html(t2 + 2))))));
        captions.addAll(BLOCKS.subList(t2 + 3, BLOCKS.size()));
        List<Block> parts = new ArrayList<>(BLOCKS.subList(0, t2 - 1));
        parts.add(new RawHtml(grid(List.of(List.of(h2, h3), List.of(html(t2), html(t2 + 2)), List.of(h4, ""),
                List.of(html(t4), "")))));
        parts.addAll(BLOCKS.subList(t4 + 1, BLOCKS.size()));

        for (List<Block> blocks : List.of(captions, parts)) {
            CheckResult result = check(TwinGenerator.page(blocks, "utf-8"));

            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(SEED_FINDINGS);
            assertThat(result.report().table("t2").cell("t2.licensing.decisions").value()).isEqualByComparingTo("12126");
            assertThat(result.report().table("t3").cellList()).hasSize(175);
        }
    }

    @Test
    void rowsWrittenRightUnderTheirTableAreInARowGroupAndALayoutTableOfThemIsReadColumnByColumn() {
        // the HTML parser puts a row in a tbody wherever the page wrote it: after a caption or colgroup, as a bare
        // cell, in a table in a cell, in tag soup
        for (String table : List.of("<table><tr><td>甲</td></tr></table>",
                "<table><caption>表</caption><colgroup><col></colgroup><tr><td>甲</td></tr></table>",
                "<table><td>甲</td></table>", "<table><tr><td><table><tr><td>甲</td></tr></table></td></tr></table>",
                "<table><thead><tr><th>甲</th></tr></thead><tr><td>1</td><tfoot><tr><td>2</table>")) {
            assertThat(Jsoup.parse(table).select("table > tr")).as(table).isEmpty();
        }
        String page = grid(List.of(List.of("<p>表二</p>", "<p>表三</p>"), List.of(
                "<table><tr><td>许可</td><td>12126</td></tr><tr><td>处罚</td><td>3</td></tr></table>",
                "<table><tr><td>自然人</td><td>545</td></tr><tr><td>法人</td><td>23</td></tr></table>")));

        assertThat(HtmlSource.read(page, "HTML", TITLE_ENDINGS, PUBLICATION_DATES, PORTAL).text().lines()
                .filter(line -> !line.isBlank()))
                .containsExactly("表二", "许可\t12126", "处罚\t3", "表三", "自然人\t545", "法人\t23");
    }

    @Test
    void aTableWhoseHeaderIsASeparateTableReadsAsOne() {
        int t3 = tableBlock(2);
        TableRows table = (TableRows) BLOCKS.get(t3);
        List<Block> blocks = new ArrayList<>(BLOCKS.subList(0, t3));
        blocks.add(table.rows(0, 3));
        blocks.add(table.rows(3, table.rows().size()));
        blocks.addAll(BLOCKS.subList(t3 + 1, BLOCKS.size()));
        String page = TwinGenerator.page(blocks, "utf-8");
        assertThat(page.split("<table", -1)).hasSize(5);

        CheckResult result = check(page);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(SEED_FINDINGS);
        assertThat(result.report().table("t3").cell("t3.applications.new.natural_person").location().tableCell())
                .isEqualTo(new Location.TableCell(3, 1, 3));
        assertThat(result.report().table("t3").cell("t3.results.total.natural_person").value()).isEqualByComparingTo("557");
    }

    @Test
    void aGbkPageIsReadByItsDeclaredCharsetOrWithoutOne() {
        Charset gbk = Charset.forName("GBK");
        String declared = TwinGenerator.page(BLOCKS, "gbk");
        String undeclared = declared.replace("<meta charset=\"gbk\">\n", "");
        String httpEquiv = declared.replace("<meta charset=\"gbk\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");

        for (String page : List.of(declared, undeclared, httpEquiv)) {
            CheckResult result = CHECKER.check(page.getBytes(gbk), "gbk.html", CheckOptions.DEFAULT);

            assertThat(result.report().title()).isEqualTo("老城区人民政府 2024 年政府信息公开工作年度报告");
            assertThat(result.report().encoding()).isEqualTo("HTML，GB18030");
            assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(SEED_FINDINGS);
        }
    }

    @Test
    void aPageIsRecognisedByItsContentWhateverItIsCalledOrHowItArrives() {
        String page = TwinGenerator.page(BLOCKS, "utf-8");

        CheckResult asText = CHECKER.check(page, "pasted");
        CheckResult asTxtFile = CHECKER.check(("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE), "report.txt",
                CheckOptions.DEFAULT);

        assertThat(TwinFixturesTest.comparable(asText)).containsExactlyElementsOf(SEED_FINDINGS);
        assertThat(TwinFixturesTest.comparable(asTxtFile)).containsExactlyElementsOf(SEED_FINDINGS);
        assertThat(asTxtFile.report().encoding()).isEqualTo("HTML，UTF-16LE");
    }

    @Test
    void aSuperscriptAfterANumberInACellIsANoteMarkNotADigit() {
        String page = TwinGenerator.page(BLOCKS, "utf-8");
        int natural = page.indexOf(">545</span>");
        int total = page.indexOf(">545</span>", natural + 1);
        String marked = (page.substring(0, natural) + ">545</span><sup>1</sup>" + page.substring(natural + 11, total)
                + ">545<sup>[2]</sup></span>" + page.substring(total + 11))
                // a note on a label, as a Word file's raised mark after a word is (DocumentText.isNoteMark)
                .replaceFirst("本年新收政府信息公开申请数量", "$0<sup>1</sup>");

        CheckResult result = check(marked);

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(SEED_FINDINGS);
        Table table = result.report().table("t3");
        assertThat(table.cell("t3.applications.new.natural_person").raw()).isEqualTo("545");
        assertThat(table.cell("t3.applications.new.total").raw()).isEqualTo("545");
    }

    @Test
    void aRaisedPowerOfTenIsReadAsAPowerAndARaisedNoteAfterALabelIsNotRead() {
        String page = TwinGenerator.page(BLOCKS, "utf-8").replace(">12126</span>", ">1.2126×10<sup>4</sup></span>")
                .replace(">行政规范性文件</span>", ">行政规范性文件<sup>注</sup></span>");

        CheckResult result = check(page);

        // the power is read as a power, not as a note on 10: 1.2126×10⁴ is the count 12126
        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(SEED_FINDINGS);
        assertThat(result.report().table("t2").cell("t2.licensing.decisions").raw()).isEqualTo("1.2126×10⁴");
        assertThat(result.report().table("t2").cell("t2.licensing.decisions").value()).isEqualByComparingTo("12126");
        assertThat(result.report().table("t2").cell("t2.normative.issued").value()).isEqualByComparingTo("9");
    }

    @Test
    void raisedTextInAParagraphIsReadAsInAWordFile() {
        // notes' marks after part 一's 545, and a power of ten
        String page = TwinGenerator.page(BLOCKS, "utf-8").replace("依申请公开事项 545 件", "依申请公开事项 545<sup>1,2</sup> 件")
                .replace("发布公开信息 2640 条", "发布公开信息 2.64×10<sup>3</sup> 条");

        CheckResult result = check(page);
        String text = HtmlSource.read(page, "HTML", TITLE_ENDINGS, PUBLICATION_DATES, PORTAL).text();

        assertThat(TwinFixturesTest.comparable(result)).containsExactlyElementsOf(SEED_FINDINGS);
        assertThat(text).contains("依申请公开事项 545 件", "发布公开信息 2.64×10³ 条");
    }

    @Test
    void aRaisedCommaAloneIsTextNotANotesMark() {
        // "2640<sup>，</sup>303" would otherwise run the numbers together; "545<sup>1,2</sup>" marks two notes
        assertThat(DocumentText.raised("发布公开信息2640", "，")).isEqualTo("，");
        assertThat(DocumentText.raised("依申请公开事项545", "1,2")).isEmpty();
    }

    @Test
    void aRunOfTensOfThousandsOfRaisedMarksIsReadInTime() {
        // each mark had looked back over every mark dropped before it, side by side or in footnote links: tens of
        // thousands of them took minutes
        String marks = "<sup>1</sup>".repeat(40_000) + "<a href=\"#note\"><sup>2</sup></a>".repeat(40_000);
        String page = TwinGenerator.page(BLOCKS, "utf-8").replace("信息处理费。", "信息处理费。<span>" + marks + "</span>");

        String text = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> HtmlSource.read(page, "HTML", TITLE_ENDINGS, PUBLICATION_DATES, PORTAL).text());

        assertThat(text).endsWith("本单位 2024 年度未收取政府信息公开信息处理费。\n");
    }

    @Test
    void thePortalAroundTheReportIsNotReadAsItsText() {
        String text = HtmlSource.read(TwinGenerator.page(BLOCKS, "utf-8"), "HTML", TITLE_ENDINGS, PUBLICATION_DATES, PORTAL)
                .text();

        assertThat(text).startsWith("老城区人民政府 2024 年政府信息公开工作年度报告\n")
                .doesNotContain("首页", "当前位置", "字号", "发布时间", "分享到", "打印本页", "版权所有", "搜索", "_hmt")
                .endsWith("本单位 2024 年度未收取政府信息公开信息处理费。\n");
    }

    @Test
    void theInformationBarDroppedWithThePortalsControlsStatesThePagesPublicationDate() {
        String page = TwinGenerator.page(BLOCKS, "utf-8");

        CheckResult result = check(page);

        assertThat(result.report().statedPublication())
                .isEqualTo(StatedPublication.inInformationBar(LocalDate.of(2025, 1, 20), "发布时间"));
        assertThat(HtmlSource.read(page, "HTML", TITLE_ENDINGS, PUBLICATION_DATES, PORTAL).text()).doesNotContain("发布时间", "字号");
    }

    @Test
    void aPortalControlIsDroppedByTheWordThatFormatYamlGivesIt() {
        // a share bar under a class name no portal part is known by, worded as the format's portal words do not say
        String page = TwinGenerator.page(BLOCKS, "utf-8")
                .replace("<div class=\"bdshare\">分享到：", "<div class=\"wx\">分享至：");
        PortalWords sharedTo = new PortalWords(Stream.concat(PORTAL.controls().stream(), Stream.of("分享至")).toList(),
                PORTAL.neighbourLinks(), PORTAL.buttons(), PORTAL.publicationMetadata(), PORTAL.informationBarFields(),
                PORTAL.partNames());
        PortalWords wxIsAPart = new PortalWords(PORTAL.controls(), PORTAL.neighbourLinks(), PORTAL.buttons(),
                PORTAL.publicationMetadata(), PORTAL.informationBarFields(),
                Stream.concat(PORTAL.partNames().stream(), Stream.of("WX")).toList());

        assertThat(HtmlSource.read(page, "HTML", TITLE_ENDINGS, PUBLICATION_DATES, PORTAL).text())
                .contains("分享至：微信 微博 QQ空间");
        assertThat(HtmlSource.read(page, "HTML", TITLE_ENDINGS, PUBLICATION_DATES, sharedTo).text())
                .doesNotContain("分享至")
                .isEqualTo(HtmlSource.read(TwinGenerator.page(BLOCKS, "utf-8"), "HTML", TITLE_ENDINGS, PUBLICATION_DATES,
                        PORTAL).text());
        // or the part of the page it stands in is named among the portal's part names, whatever its words
        assertThat(HtmlSource.read(page, "HTML", TITLE_ENDINGS, PUBLICATION_DATES, wxIsAPart).text())
                .doesNotContain("分享至");
    }

    @Test
    void theInformationBarsDateComesAfterTheTextsLabelledLineAndTheMetadata() {
        String page = TwinGenerator.page(BLOCKS, "utf-8");
        String withMetadata = page.replace("<meta charset=\"utf-8\">",
                "<meta charset=\"utf-8\"><meta name=\"PubDate\" content=\"2025-02-03 10:30\">");
        String withLabelledLine = page.replace("<div class=\"article-content TRS_Editor\">",
                "<div class=\"article-content TRS_Editor\"><p>发布日期：2025-02-05</p>");
        String unlabelled = page.replace("发布时间：2025-01-20 09:30", "2025-01-20 09:30");

        assertThat(check(withMetadata).report().statedPublication())
                .isEqualTo(StatedPublication.inMetadata(LocalDate.of(2025, 2, 3), "PubDate"));
        assertThat(check(withLabelledLine).report().statedPublication())
                .isEqualTo(StatedPublication.onLine(LocalDate.of(2025, 2, 5), 2));
        assertThat(check(unlabelled).report().statedPublication()).isNull();
    }

    @Test
    void malformedPagesGetFindingsNeverACrash() {
        String page = TwinGenerator.page(BLOCKS, "utf-8");
        String cutInTable3 = page.substring(0, page.indexOf("属于行政查询事项"));
        String tagSoup = "<html><body><h1>老城区人民政府 2024 年政府信息公开工作年度报告<table><tr><td>行政复议<td colspan=x>"
                + "<tr><td rowspan=-3>8<td>4</b></i></table></div></span><p>二、主动公开政府信息情况<table><td><td>";
        String noReport = "<!DOCTYPE html><html><head><title>404</title></head><body><div class=\"nav\">首页</div>"
                + "<p>您访问的页面不存在</p></body></html>";

        String deep = "<html><body>" + "<div><span>".repeat(10_000) + "老城区人民政府 2024 年政府信息公开工作年度报告";

        CheckResult cut = check(cutInTable3);
        CheckResult soup = check(tagSoup);
        CheckResult empty = check(noReport);
        CheckResult nested = check(deep);

        assertThat(cut.findings()).extracting(Finding::ruleId).contains("STR-01", "STR-07").doesNotContain("ARI-01");
        assertThat(soup.report().title()).isEqualTo("老城区人民政府 2024 年政府信息公开工作年度报告");
        assertThat(soup.findings()).extracting(Finding::ruleId).contains("STR-01");
        assertThat(empty.findings()).extracting(Finding::ruleId).contains("STR-03", "STR-04", "STR-05");
        assertThat(nested.report().title()).isEqualTo("老城区人民政府 2024 年政府信息公开工作年度报告");
        assertThat(List.of(cut, soup, empty, nested)).allSatisfy(result -> assertThat(result.report().readable()).isTrue());
    }

    @Test
    void aTablePrintedAsAnImageInItsPartIsReportedAsUncheckedNotMissing() {
        // 表三 as a picture inside a paragraph of its own, as portals print it; 表二 and 表四 as tables of text
        List<Block> blocks = replaced(tableBlock(2),
                new RawHtml("<p style=\"text-align:center\"><img src=\"/uploads/table2.png\" width=\"600\"></p>\n"));

        CheckResult result = check(TwinGenerator.page(blocks, "utf-8"));

        assertThat(result.report().picturedTables()).extracting(TableLayout::table).containsExactly("t3");
        assertThat(result.findings()).extracting(Finding::ruleId).contains("INPUT-07").doesNotContain("STR-04");
        assertThat(result.report().readable()).isTrue();
        assertThat(result.report().table("t4").cell("t4.review.total").value()).isEqualByComparingTo("24");
    }

    @Test
    void anImageAboveAPartsHeadingIsNoPictureOfItsTable() {
        // 表三 left out, and a picture at the end of part 二, after 表二: part 三 has no table, of text or as a picture
        List<Block> blocks = new ArrayList<>(BLOCKS);
        blocks.set(tableBlock(2), new RawHtml(""));
        blocks.add(tableBlock(1) + 1, new RawHtml("<p><img src=\"/uploads/photo.jpg\"></p>\n"));

        CheckResult result = check(TwinGenerator.page(blocks, "utf-8"));

        assertThat(result.report().picturedTables()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId).contains("STR-04").doesNotContain("INPUT-07");
    }

    @Test
    void aTablesPictureInTheParagraphOfItsPartsHeadingIsInThatPart() {
        // 表三 pasted into the paragraph of its part's heading, as portals' editors leave it: right after the text,
        // after a line break, or inside the heading element
        for (String heading : List.of(
                "<p><strong>三、收到和处理政府信息公开申请情况</strong><img src=\"/upload/t3.png\" width=\"680\"></p>",
                "<p><strong>三、收到和处理政府信息公开申请情况</strong><br><img src=\"/upload/t3.png\"></p>",
                "<h3>三、收到和处理政府信息公开申请情况<span><img src=\"/upload/t3.png\"></span></h3>")) {
            CheckResult result = check(TwinGenerator.page(withPart3(heading), "utf-8"));

            assertThat(result.report().picturedTables()).as(heading).extracting(TableLayout::table).containsExactly("t3");
            assertThat(result.findings()).as(heading).extracting(Finding::ruleId)
                    .contains("INPUT-07").doesNotContain("STR-04");
        }
    }

    @Test
    void aPictureBeforeAPartsHeadingInItsParagraphOrAnIconAfterItIsNoPictureOfItsTable() {
        // a photo closing part 二, then part 三's heading in the same paragraph; or a small mark after the heading's
        // text ("new"); 表三 left out
        for (String heading : List.of(
                "<p><img src=\"/uploads/photo.jpg\" width=\"600\"><br><strong>三、收到和处理政府信息公开申请情况</strong></p>",
                "<p><img src=\"/uploads/photo.jpg\"> 三、收到和处理政府信息公开申请情况</p>",
                "<p>三、收到和处理政府信息公开申请情况<img src=\"/images/new.gif\" width=\"28\" height=\"11\"></p>")) {
            CheckResult result = check(TwinGenerator.page(withPart3(heading), "utf-8"));

            assertThat(result.report().picturedTables()).as(heading).isEmpty();
            assertThat(result.findings()).as(heading).extracting(Finding::ruleId)
                    .contains("STR-04").doesNotContain("INPUT-07");
        }
    }

    @Test
    void anAttachmentsIconWhereATableShouldStandIsNoPictureOfIt() {
        // 表二 attached as a spreadsheet, its link with the portal's icon for the kind of file: beside the file's name,
        // named for the kind of file, declared as small as an icon (by its attributes or its style), or a download
        // button as low as one
        for (String icon : List.of(
                "<a href=\"/uploads/2025/01/biao2.XLS\"><img src=\"/images/icon_xls.gif\">主动公开政府信息情况.xls</a>",
                "<a href=\"/uploads/2025/01/biao2.xls\"><img src=\"/images/xls.gif\"></a>",
                "<a href=\"/uploads/2025/01/biao2.xls\"><img src=\"/uploads/2025/01/P020250120.gif\" width=\"16\" height=\"16\"></a>",
                "<a href=\"/uploads/2025/01/biao2.xls\"><img src=\"/uploads/a.png\" style=\"width: 20px; height: 20px\"></a>",
                "<a href=\"/uploads/2025/01/biao2.xls\"><img src=\"/images/xz.gif\" width=\"88\" height=\"31\"></a>")) {
            List<Block> blocks = replaced(tableBlock(1), new RawHtml("<p>详见附件：" + icon
                    + "<a href=\"/uploads/2025/01/biao2.xls\">主动公开政府信息情况.xls</a></p>\n"));

            CheckResult result = check(TwinGenerator.page(blocks, "utf-8"));

            assertThat(result.report().picturedTables()).as(icon).isEmpty();
            assertThat(result.findings()).as(icon).extracting(Finding::ruleId)
                    .contains("STR-03").doesNotContain("INPUT-07");
        }
    }

    @Test
    void aTablesPictureLinkingToItsSpreadsheetIsAPictureOfIt() {
        // 表二 as a picture that downloads the table's spreadsheet: all its link shows, or declared as large as a
        // table, its link also saying what it does
        for (String picture : List.of(
                "<a href=\"/upload/表二.xlsx\"><img src=\"/upload/t2.png\"></a>",
                "<a href=\"/upload/biao2.xls\"><img src=\"/upload/t2.png\" width=\"600\" height=\"420\"></a>",
                "<a href=\"/upload/biao2.xls\"><img src=\"/upload/t2.png\" style=\"width:600px\"><br>点击下载</a>")) {
            List<Block> blocks = replaced(tableBlock(1), new RawHtml("<p>" + picture + "</p>\n"));

            CheckResult result = check(TwinGenerator.page(blocks, "utf-8"));

            assertThat(result.report().picturedTables()).as(picture).extracting(TableLayout::table).containsExactly("t2");
            assertThat(result.findings()).as(picture).extracting(Finding::ruleId)
                    .contains("INPUT-07").doesNotContain("STR-03");
        }
    }

    private static CheckResult check(String page) {
        return CHECKER.check(page.getBytes(StandardCharsets.UTF_8), "page.html", CheckOptions.DEFAULT);
    }

    /** The index among the seed's blocks of its n-th table (from 1). */
    private static int tableBlock(int n) {
        int seen = 0;
        for (int i = 0; i < BLOCKS.size(); i++) {
            if (BLOCKS.get(i) instanceof TableRows && ++seen == n) {
                return i;
            }
        }
        throw new IllegalArgumentException("no table " + n);
    }

    /** The seed's blocks with part 三's heading given as HTML and 表三 left out. */
    private static List<Block> withPart3(String heading) {
        List<Block> blocks = replaced(tableBlock(2), new RawHtml(""));
        assertThat(blocks.get(tableBlock(2) - 1)).isEqualTo(new TwinGenerator.Heading(3, "三、收到和处理政府信息公开申请情况"));
        blocks.set(tableBlock(2) - 1, new RawHtml(heading + "\n"));
        return blocks;
    }

    private static List<Block> replaced(int index, Block block) {
        List<Block> blocks = new ArrayList<>(BLOCKS);
        blocks.set(index, block);
        return blocks;
    }

    /** The HTML of the seed's block at the index. */
    private static String html(int block) {
        return TwinGenerator.fragment(List.of(BLOCKS.get(block)));
    }

    /** A layout table of the given rows of cells (their HTML). */
    private static String grid(List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table class=\"layout\" width=\"100%\">");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td valign=\"top\">").append(cell).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    /** Two parts of a page next to each other, in the layout table old portals use for columns. */
    private static String sideBySide(String left, String right) {
        return "<table class=\"layout\" width=\"100%\"><tr><td valign=\"top\" width=\"50%\">\n" + left
                + "</td><td valign=\"top\">\n" + right + "</td></tr></table>\n";
    }
}
