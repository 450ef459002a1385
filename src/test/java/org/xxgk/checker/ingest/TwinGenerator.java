package org.xxgk.checker.ingest;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;
import org.xxgk.checker.report.Table;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the web-page and Word twins of the text reports in {@code fixtures/reports} (to
 * {@code fixtures/reports-html} and {@code fixtures/reports-docx}), and the Word fixtures of the input rules and of
 * STR-01. A twin is laid out as such reports are published: the page inside a portal (menus, breadcrumb, 字号 bar,
 * share buttons, footer), the tables with merged header and row-label cells (rowspan/colspan in HTML, gridSpan/vMerge
 * in Word) and paragraphs inside the cells. Run it after changing a text report:
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.xxgk.checker.ingest.TwinGenerator
 * </pre>
 * The Word files differ from run to run only in their time stamps. POI cannot write a Word 97–2003 file: the .doc
 * twins, {@link #SHORT_REPORT_DOC} and {@code INPUT-07/fail-table-three-pasted-into-its-heading-in-word-97.doc}
 * (converted as the short report is, "-97" added to the name) are made from the .docx files this writes, with
 * LibreOffice, afterwards (see {@link TwinFixturesTest#DOC}); the .doc
 * fixture protected by a password is written from the short report's, with a new salt on every run.
 */
public final class TwinGenerator {
    static final Path REPORTS = Path.of("fixtures/reports");
    static final Path HTML = Path.of("fixtures/reports-html");
    static final Path DOCX = Path.of("fixtures/reports-docx");
    private static final Path INPUT_RULES = Path.of("fixtures/rules");
    /**
     * The short report as a Word 97–2003 file, made from {@code INPUT-04/pass-short-report.docx} with LibreOffice:
     * {@code soffice --headless --convert-to doc --outdir /tmp fixtures/rules/INPUT-04/pass-short-report.docx}, the
     * result moved here.
     */
    static final Path SHORT_REPORT_DOC = INPUT_RULES.resolve("INPUT-04/pass-short-report-doc.doc");

    private TwinGenerator() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        Files.createDirectories(HTML);
        Files.createDirectories(DOCX);
        for (Path report : textReports()) {
            String name = report.getFileName().toString().replaceFirst("\\.txt$", "");
            List<Block> blocks = blocks(Files.readString(report, StandardCharsets.UTF_8));
            Files.writeString(HTML.resolve(name + ".html"), page(blocks, "utf-8"), StandardCharsets.UTF_8);
            Files.write(DOCX.resolve(name + ".docx"), docx(blocks));
        }
        List<Block> shortReport = blocks(Files.readString(INPUT_RULES.resolve("INPUT-01/pass-short-report.txt"),
                StandardCharsets.UTF_8));
        Files.write(INPUT_RULES.resolve("INPUT-04/pass-short-report.docx"), docx(shortReport));
        Files.write(INPUT_RULES.resolve("INPUT-04/fail-password-protected.docx"), encrypted(docx(shortReport), "xxgk"));
        Files.write(INPUT_RULES.resolve("INPUT-04/fail-damaged-document-xml.docx"),
                zip("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", "<w:document><w:body><w:p><w:r>"));
        Files.write(INPUT_RULES.resolve("INPUT-02/fail-zip-without-word-document.docx"),
                zip("photos/readme.txt", "年报照片", "photos/list.csv", "name,size"));
        Files.write(INPUT_RULES.resolve("INPUT-04/fail-password-protected-doc.doc"),
                encryptedDoc(Files.readAllBytes(SHORT_REPORT_DOC), "xxgk"));
        Files.write(INPUT_RULES.resolve("INPUT-02/fail-excel-workbook.xls"), workbook("政府信息公开工作年度报告"));

        // 表三 pasted as a picture into the paragraph of its part's heading, after a line break
        List<Block> seed = blocks(Files.readString(REPORTS.resolve("2024-laocheng.txt"), StandardCharsets.UTF_8));
        List<Block> withoutTable3 = new ArrayList<>(seed);
        withoutTable3.remove(seed.stream().filter(block -> block instanceof TableRows).skip(1).findFirst().orElseThrow());
        Files.write(INPUT_RULES.resolve("INPUT-07/fail-table-three-pasted-into-its-heading-in-word.docx"),
                withPictureAfter(docx(withoutTable3), "三、收到和处理政府信息公开申请情况"));
        // the seed with its parts and items numbered by Word; then its items numbered ①②, which read as digits
        // ("1政府信息公开…") made the vague problems look specific
        Files.write(INPUT_RULES.resolve("STR-01/pass-parts-and-items-numbered-by-word-heading-styles.docx"),
                docxNumberedByWord(seed));
        Files.write(INPUT_RULES.resolve("NAR-05/fail-problems-numbered-by-word-in-circled-digits.docx"),
                docxNumberedByWord(seed, STNumberFormat.DECIMAL_ENCLOSED_CIRCLE, "%2"));
        for (Map.Entry<Path, String> page : publicationPages(seed).entrySet()) {
            Files.writeString(page.getKey(), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The seed's page as the publication-date rules' fixtures vary it (META-08, META-09): where its information bar
     * stands and what date it states, the page's metadata, and the links to the pages before and after it with
     * their own dates.
     */
    static Map<Path, String> publicationPages(List<Block> seed) {
        String page = page(seed, "utf-8");
        String bar = "<div class=\"article-info\"><span>发布时间：" + published(seed) + " 09:30</span> ";
        String undated = "<div class=\"article-info\">";
        String charset = "<meta charset=\"utf-8\">\n";
        String article = "<div class=\"article\">\n";
        String belowArticle = "<div class=\"bdshare\">";
        String previous = "<p>上一篇：<a href=\"/xxgk/nb/2023.html\">老城区人民政府2023年政府信息公开工作年度报告</a>"
                + " 发布时间：2024-01-18</p>";
        String next = "<p>下一篇：<a href=\"/xxgk/nb/jd.html\">老城区人民政府2024年政府信息公开工作年度报告解读</a>"
                + " 发布时间：2025-03-28</p>";
        Path meta08 = INPUT_RULES.resolve("META-08");
        Path meta09 = INPUT_RULES.resolve("META-09");
        Map<Path, String> pages = new LinkedHashMap<>();
        pages.put(meta08.resolve("pass-web-page-information-bar-published-on-time.html"),
                replaced(page, bar, dated(undated, "2025-03-28")));
        pages.put(meta08.resolve("fail-web-page-information-bar-published-late.html"),
                replaced(page, bar, dated(undated, "2025-04-02")));
        // the bar in an element dropped for its name ("article-tools"), and in one hidden, whose date is an old one
        pages.put(meta08.resolve("fail-web-page-information-bar-in-toolbar-published-late.html"),
                replaced(page, bar, dated("<div class=\"article-tools\">", "2025-04-02")));
        pages.put(meta08.resolve("fail-web-page-hidden-information-bar-is-no-publication-date.html"),
                replaced(page, bar, dated("<div style=\"display:none\">", "2019-01-01")));
        pages.put(meta08.resolve("fail-web-page-metadata-published-late.html"),
                replaced(replaced(page, bar, dated(undated, "2025-04-02")), charset,
                        charset + "<meta name=\"PubDate\" content=\"2025-04-02 10:30\">\n"));
        pages.put(meta08.resolve("fail-web-page-neighbour-link-date-is-no-publication-date.html"),
                replaced(replaced(page, bar, undated), belowArticle,
                        "<div class=\"article-turn\">" + previous + next + "</div>\n" + belowArticle));
        pages.put(meta09.resolve("pass-web-page-neighbour-links-above-information-bar.html"),
                replaced(replaced(page, bar, dated(undated, "2025-03-28")), article,
                        "<div class=\"article-turn\">" + previous + "</div>\n" + article));
        pages.put(meta09.resolve("pass-web-page-neighbour-links-in-pager.html"),
                replaced(replaced(page, bar, undated), belowArticle,
                        "<div class=\"pager\">" + previous + next + "</div>\n" + belowArticle));
        return pages;
    }

    /** An information bar that opens as given and states the given day. */
    private static String dated(String opening, String day) {
        return opening + "<span>发布时间：" + day + " 10:30</span> ";
    }

    /** The page with its one occurrence of a text replaced. */
    private static String replaced(String page, String text, String replacement) {
        int at = page.indexOf(text);
        if (at < 0 || page.indexOf(text, at + 1) >= 0) {
            throw new IllegalStateException("the page does not hold exactly one \"" + text + "\"");
        }
        return page.substring(0, at) + replacement + page.substring(at + text.length());
    }

    /** The text reports that have twins: every one of {@code fixtures/reports}. */
    static List<Path> textReports() throws IOException {
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** A part of a report: a heading, a paragraph, a table, or HTML written as it is. */
    sealed interface Block permits Heading, Paragraph, TableRows, RawHtml {
    }

    /** A heading; level 1 is the report's title. */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** A table as its text prints it: rows of cells, a merged cell's text in its first position. */
    record TableRows(List<List<String>> rows) implements Block {
        /** The rows from, to (exclusive). */
        TableRows rows(int from, int to) {
            return new TableRows(rows.subList(from, to));
        }

        /** The columns from, to (exclusive) of every row. */
        TableRows columns(int from, int to) {
            return new TableRows(rows.stream()
                    .map(row -> row.subList(Math.min(from, row.size()), Math.min(to, row.size()))).toList());
        }
    }

    /** HTML written into the page as it is (for pages laid out in ways the text cannot say). */
    record RawHtml(String html) implements Block {
    }

    /** A text report's blocks: markdown headings, paragraphs, and runs of tab-separated lines as tables. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (String line : (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1)) {
            if (line.indexOf('\t') >= 0) {
                table.add(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
                continue;
            }
            if (!table.isEmpty()) {
                blocks.add(new TableRows(List.copyOf(table)));
                table.clear();
            }
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                int level = stripped.indexOf(' ') > 0 ? stripped.indexOf(' ') : 1;
                blocks.add(new Heading(Math.min(level, 4), stripped.replaceFirst("^#+\\s*", "")));
            } else if (!stripped.isEmpty()) {
                blocks.add(new Paragraph(stripped));
            }
        }
        if (!table.isEmpty()) {
            blocks.add(new TableRows(List.copyOf(table)));
        }
        return blocks;
    }

    /**
     * A merged cell: its text and the rows and columns it spans from its first position.
     *
     * @param row     0-based first row
     * @param column  0-based first column
     * @param rows    rows spanned
     * @param columns columns spanned
     */
    record Span(String text, int row, int column, int rows, int columns) {
    }

    /**
     * How a portal draws the table: a label takes in the blank cells after it (a group header over its columns, a
     * row label over the label columns) and the blank cells below it that come before any text of their row (a
     * group of row labels, a header over the header rows); the only value of a row takes in the blank cells after
     * it (表二's single values). Other blank cells stay cells of their own.
     *
     * @return for each row, the spans that start in it, in column order
     */
    static List<List<Span>> spans(TableRows table) {
        List<List<String>> rows = table.rows();
        List<boolean[]> covered = rows.stream().map(row -> new boolean[row.size()]).toList();
        List<List<Span>> spans = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<Span> starting = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (covered.get(r)[c]) {
                    continue;
                }
                String text = row.get(c);
                int columns = 1;
                boolean label = !text.isEmpty() && !Values.isValue(text);
                if (label || (!text.isEmpty() && isOnlyValue(row, c))) {
                    while (c + columns < row.size() && row.get(c + columns).isEmpty() && !covered.get(r)[c + columns]) {
                        columns++;
                    }
                }
                int height = 1;
                while (label && r + height < rows.size()
                        && leadsBlank(rows.get(r + height), covered.get(r + height), c, c + columns)) {
                    height++;
                }
                for (int dr = 0; dr < height; dr++) {
                    Arrays.fill(covered.get(r + dr), c, c + columns, true);
                }
                starting.add(new Span(text, r, c, height, columns));
            }
            spans.add(starting);
        }
        return spans;
    }

    private static boolean isOnlyValue(List<String> row, int column) {
        for (int c = 0; c < row.size(); c++) {
            if (c != column && !row.get(c).isEmpty() && Values.isValue(row.get(c))) {
                return false;
            }
        }
        return row.subList(column + 1, row.size()).stream().allMatch(String::isEmpty);
    }

    /** Whether a row's cells from, to (exclusive) are blank, free, and before any text of the row. */
    private static boolean leadsBlank(List<String> row, boolean[] covered, int from, int to) {
        if (to > row.size()) {
            return false;
        }
        for (int c = 0; c < to; c++) {
            if (!row.get(c).isEmpty() || (c >= from && covered[c])) {
                return false;
            }
        }
        return to < row.size();
    }

    /**
     * 表三 as the format's template draws it, from the format's layout: three header rows, three label columns, a
     * group label once at the top of its group (merged down it by {@link #spans}), then the values as the table
     * holds them, or as {@code printed} gives them.
     */
    static TableRows table3AsTheTemplateDrawsIt(Table table, Map<String, String> printed) {
        TableLayout layout = table.layout();
        List<List<String>> rows = new ArrayList<>();
        List<String> top = new ArrayList<>(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况"));
        List<String> groups = new ArrayList<>(List.of("", "", ""));
        List<String> leaves = new ArrayList<>(List.of("", "", ""));
        String previousGroup = "";
        for (ColumnSpec column : layout.columns()) {
            top.add("");
            boolean grouped = !column.group().isEmpty();
            groups.add(!grouped ? column.label() : column.group().equals(previousGroup) ? "" : column.group());
            leaves.add(grouped ? column.label() : "");
            previousGroup = column.group();
        }
        rows.add(top.subList(0, top.size() - 1));
        rows.add(groups);
        rows.add(leaves);
        List<String> previous = List.of();
        for (RowSpec row : layout.rows()) {
            List<String> cells = new ArrayList<>();
            for (int level = 0; level < row.groups().size(); level++) {
                boolean same = previous.size() > level && previous.get(level).equals(row.groups().get(level));
                cells.add(same ? "" : row.groups().get(level));
            }
            cells.add(row.label());
            while (cells.size() < 3) {
                cells.add("");
            }
            for (ColumnSpec column : layout.columns()) {
                String id = layout.cell(row.id(), column.id()).id();
                cells.add(printed.getOrDefault(id, table.cell(id).raw()));
            }
            rows.add(cells);
            previous = row.groups();
        }
        return new TableRows(rows);
    }

    /**
     * The day a report's page says, in its information bar, that it was published: 20 January of the year after the
     * report's, in time for any body.
     */
    static LocalDate published(List<Block> blocks) {
        String title = blocks.stream().filter(b -> b instanceof Heading h && h.level() == 1)
                .map(b -> ((Heading) b).text()).findFirst().orElseThrow();
        Matcher year = Pattern.compile("(\\d{4})\\s*年").matcher(title);
        if (!year.find()) {
            throw new IllegalArgumentException("the title names no year: " + title);
        }
        return LocalDate.of(Integer.parseInt(year.group(1)) + 1, 1, 20);
    }

    /** The report as a page of a government portal, declaring the given charset. */
    static String page(List<Block> blocks, String charset) {
        String title = blocks.stream().filter(b -> b instanceof Heading h && h.level() == 1)
                .map(b -> ((Heading) b).text()).findFirst().orElse("");
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"").append(charset).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("_政府门户网站</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/css/article.css\">\n")
                .append("<script>var _hmt = _hmt || []; window.siteId = 'xxgk';</script>\n</head>\n<body>\n")
                .append("<div class=\"top-bar\"><span>欢迎访问政府门户网站</span> <a href=\"/wza/\">无障碍浏览</a>")
                .append(" <a href=\"/zzms/\">长者模式</a></div>\n")
                .append("<div class=\"header\"><div class=\"logo\"><img src=\"/static/img/logo.png\" alt=\"政府门户网站\">")
                .append("</div><form class=\"search\" action=\"/search\"><input type=\"text\" name=\"q\" placeholder=\"请输入关键词\">")
                .append("<button type=\"submit\">搜索</button></form></div>\n")
                .append("<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>")
                .append("<li><a href=\"/xxgk/\">政府信息公开</a></li><li><a href=\"/xxgk/nb/\">政府信息公开年报</a></li>")
                .append("<li><a href=\"/hdjl/\">互动交流</a></li></ul>\n")
                .append("<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/xxgk/\">政府信息公开</a>")
                .append(" &gt; <a href=\"/xxgk/nb/\">政府信息公开工作年度报告</a></div>\n")
                .append("<div class=\"article\">\n");
        for (Block block : blocks) {
            if (block instanceof Heading heading && heading.level() == 1) {
                html.append("<h1 class=\"article-title\">").append(escape(heading.text())).append("</h1>\n")
                        .append("<div class=\"article-info\"><span>发布时间：").append(published(blocks))
                        .append(" 09:30</span> <span>来源：办公室</span>")
                        .append(" <span>浏览次数：1024</span> <span class=\"size\">字号：<a href=\"#\">大</a>")
                        .append(" <a href=\"#\">中</a> <a href=\"#\">小</a></span></div>\n")
                        .append("<div class=\"article-content TRS_Editor\">\n");
            }
        }
        html.append(fragment(blocks.stream().filter(b -> !(b instanceof Heading h && h.level() == 1)).toList()));
        html.append("</div>\n")
                .append("<div class=\"bdshare\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> <a href=\"#\">QQ空间</a></div>\n")
                .append("<div class=\"article-tools\"><a href=\"javascript:window.print()\">【打印本页】</a>")
                .append(" <a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n</div>\n")
                .append("<div class=\"footer\"><p>主办单位：人民政府办公室　承办单位：大数据中心</p>")
                .append("<p>网站标识码：1234567890　备案号：某ICP备12345678号</p><p>版权所有 © 2025</p></div>\n")
                .append("<script src=\"/static/js/share.js\"></script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The blocks as the HTML of an article's body. */
    static String fragment(List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                html.append("<h").append(heading.level()).append('>').append(escape(heading.text()))
                        .append("</h").append(heading.level()).append(">\n");
            } else if (block instanceof Paragraph paragraph) {
                html.append("<p style=\"text-indent:2em\">").append(escape(paragraph.text())).append("</p>\n");
            } else if (block instanceof TableRows table) {
                html.append(table(table));
            } else if (block instanceof RawHtml raw) {
                html.append(raw.html());
            }
        }
        return html.toString();
    }

    /** A table as Word exports it to a page: merged cells, and each cell's text in a paragraph. */
    static String table(TableRows table) {
        StringBuilder html = new StringBuilder("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\""
                + " style=\"border-collapse:collapse\">\n<tbody>\n");
        for (List<Span> row : spans(table)) {
            html.append("<tr>");
            for (Span span : row) {
                html.append("<td");
                if (span.rows() > 1) {
                    html.append(" rowspan=\"").append(span.rows()).append('"');
                }
                if (span.columns() > 1) {
                    html.append(" colspan=\"").append(span.columns()).append('"');
                }
                html.append("><p style=\"text-align:center\"><span style=\"font-size:12px\">")
                        .append(escape(span.text())).append("</span></p></td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    /** The report as a Word file: the title centred, bold headings, and tables with merged cells. */
    static byte[] docx(List<Block> blocks) {
        return docx(blocks, null);
    }

    /**
     * The report as a Word file whose parts' headings and items ("（一）…") Word numbers, their numbers not typed
     * ({@link HeadingList}).
     */
    static byte[] docxNumberedByWord(List<Block> blocks) {
        return docxNumberedByWord(blocks, STNumberFormat.CHINESE_COUNTING, "（%2）");
    }

    /** As {@link #docxNumberedByWord(List)}, the items numbered in the format and level text given ("%2" in ①②). */
    static byte[] docxNumberedByWord(List<Block> blocks, STNumberFormat.Enum itemFormat, String itemText) {
        return docx(blocks, new HeadingList(itemFormat, itemText));
    }

    /** The report as a Word file, the parts and items numbered by the list given, or typed where it is null. */
    private static byte[] docx(List<Block> blocks, HeadingList list) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (list != null) {
                list.define(document);
            }
            for (Block block : blocks) {
                if (block instanceof Heading heading) {
                    XWPFParagraph paragraph = document.createParagraph();
                    if (heading.level() == 1) {
                        paragraph.setAlignment(ParagraphAlignment.CENTER);
                    }
                    XWPFRun run = paragraph.createRun();
                    run.setBold(true);
                    run.setFontSize(heading.level() == 1 ? 18 : 14);
                    run.setText(list == null ? heading.text() : list.part(paragraph, heading.text()));
                } else if (block instanceof Paragraph text) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setFirstLineIndent(480);
                    paragraph.createRun().setText(list == null ? text.text() : list.item(paragraph, text.text()));
                } else if (block instanceof TableRows table) {
                    table(document, table);
                } else {
                    throw new IllegalArgumentException("HTML has no place in a Word file: " + block);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word file with a screenshot of a table ({@link PdfTwinGenerator#tablePicture}) added, after a line break, to
     * the end of the paragraph that holds the text given.
     */
    static byte[] withPictureAfter(byte[] docx, String paragraphText) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             ByteArrayOutputStream picture = new ByteArrayOutputStream();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfTwinGenerator.Picture table = PdfTwinGenerator.tablePicture();
            ImageIO.write(table.image(), "png", picture);
            XWPFParagraph paragraph = document.getParagraphs().stream()
                    .filter(candidate -> candidate.getText().equals(paragraphText)).findFirst().orElseThrow();
            XWPFRun run = paragraph.createRun();
            run.addBreak();
            run.addPicture(new ByteArrayInputStream(picture.toByteArray()), Document.PICTURE_TYPE_PNG, "table.png",
                    Units.toEMU(table.width()), Units.toEMU(table.height()));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Word table: a merged cell spans columns by gridSpan and rows by vMerge, as Word writes them. */
    private static void table(XWPFDocument document, TableRows rows) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        List<List<Span>> spans = spans(rows);
        List<Span> open = new ArrayList<>();
        int width = rows.rows().stream().mapToInt(List::size).max().orElse(1);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < width) {
            grid.addNewGridCol().setW(BigInteger.valueOf(9000 / width));
        }
        for (int r = 0; r < spans.size(); r++) {
            int rowIndex = r;
            open.removeIf(span -> span.row() + span.rows() <= rowIndex);
            List<Span> cells = new ArrayList<>(open);
            cells.addAll(spans.get(r));
            cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
            XWPFTableRow row = table.insertNewTableRow(r);
            for (Span span : cells) {
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (span.columns() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span.columns()));
                }
                if (span.row() < r) {
                    properties.addNewVMerge();
                } else {
                    if (span.rows() > 1) {
                        properties.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    cell.setText(span.text());
                }
            }
            spans.get(r).stream().filter(span -> span.rows() > 1).forEach(open::add);
        }
    }

    /**
     * The list that numbers a Word twin's parts and items as Word does when a multilevel list is linked to its heading
     * styles: the parts' headings ("一、总体情况") are given the style Heading1 and the items ("（一）…") Heading2,
     * their numbers left out of the text; the styles take the list's levels, "%1、" in Chinese counting and the items'
     * level as it is given (Heading1 naming no level, as Word writes level 0). Items numbered from 一 again within a part ("存在问题" and
     * "改进情况" under part 五) are a list of their own that restarts the items' level, as "Restart at 1" makes it.
     */
    private static final class HeadingList {
        private static final Pattern PART = Pattern.compile("([一二三四五六七八九十]+)、(.+)");
        private static final Pattern ITEM = Pattern.compile("（([一二三四五六七八九十]+)）(.+)");
        private static final BigInteger ITEM_LEVEL = BigInteger.ONE;

        private final STNumberFormat.Enum itemFormat;
        private final String itemText;
        private XWPFNumbering numbering;
        private BigInteger definition;
        /** The list the heading styles name. */
        private BigInteger styled;
        /** The list that numbers the items of the part: the styles' list, or one that restarted them. */
        private BigInteger items;
        private int parts;
        private int itemsInPart;

        HeadingList(STNumberFormat.Enum itemFormat, String itemText) {
            this.itemFormat = itemFormat;
            this.itemText = itemText;
        }

        /** Writes the list and the heading styles into the document. */
        void define(XWPFDocument document) {
            CTAbstractNum levels = CTAbstractNum.Factory.newInstance();
            levels.setAbstractNumId(BigInteger.ZERO);
            level(levels, 0, STNumberFormat.CHINESE_COUNTING, "%1、", "Heading1");
            level(levels, 1, itemFormat, itemText, "Heading2");
            numbering = document.createNumbering();
            definition = numbering.addAbstractNum(new XWPFAbstractNum(levels, numbering));
            styled = numbering.addNum(definition);
            items = styled;
            XWPFStyles styles = document.createStyles();
            styles.addStyle(style("Heading1", "heading 1", null));
            styles.addStyle(style("Heading2", "heading 2", ITEM_LEVEL));
        }

        private static void level(CTAbstractNum levels, int level, STNumberFormat.Enum format, String text,
                                  String style) {
            CTLvl lvl = levels.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewPStyle().setVal(style);
            lvl.addNewLvlText().setVal(text);
        }

        private XWPFStyle style(String id, String name, BigInteger level) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setType(STStyleType.PARAGRAPH);
            style.setStyleId(id);
            style.addNewName().setVal(name);
            CTNumPr properties = style.addNewPPr().addNewNumPr();
            if (level != null) {
                properties.addNewIlvl().setVal(level);
            }
            properties.addNewNumId().setVal(styled);
            return new XWPFStyle(style);
        }

        /** A heading's text with a part's number left to the list, its paragraph given the parts' style. */
        String part(XWPFParagraph paragraph, String heading) {
            Matcher numbered = PART.matcher(heading);
            if (!numbered.matches()) {
                return heading;
            }
            expect(numbered.group(1), ++parts, heading);
            itemsInPart = 0;
            items = styled;
            paragraph.setStyle("Heading1");
            return numbered.group(2);
        }

        /** A paragraph's text with an item's number left to the list, its paragraph given the items' style. */
        String item(XWPFParagraph paragraph, String text) {
            Matcher numbered = ITEM.matcher(text);
            if (!numbered.matches()) {
                return text;
            }
            if (itemsInPart > 0 && numbered.group(1).equals("一")) {
                CTNum restart = CTNum.Factory.newInstance();
                // addNum(XWPFNum) takes the list's id as it is, and gives none of its own
                restart.setNumId(BigInteger.valueOf(numbering.getNums().size() + 1L));
                restart.addNewAbstractNumId().setVal(definition);
                CTNumLvl override = restart.addNewLvlOverride();
                override.setIlvl(ITEM_LEVEL);
                override.addNewStartOverride().setVal(BigInteger.ONE);
                items = numbering.addNum(new XWPFNum(restart, numbering));
                itemsInPart = 0;
            }
            expect(numbered.group(1), ++itemsInPart, text);
            paragraph.setStyle("Heading2");
            if (!items.equals(styled)) {
                paragraph.setNumID(items);
                paragraph.setNumILvl(ITEM_LEVEL);
            }
            return numbered.group(2);
        }

        /** Fails where the list would count otherwise than the text numbers. */
        private static void expect(String typed, int count, String text) {
            if (!typed.equals(ListNumbers.format(count, "chineseCounting"))) {
                throw new IllegalArgumentException("a Word list would number this " + count + ": " + text);
            }
        }
    }

    /** A Word file encrypted with a password, as Word saves it: an OLE2 file holding the encrypted package. */
    static byte[] encrypted(byte[] docx, String password) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem file = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(file)) {
                data.write(docx);
            }
            file.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A Word 97–2003 file protected by a password as Word protects it (RC4 CryptoAPI); LibreOffice's command line cannot. */
    static byte[] encryptedDoc(byte[] doc, String password) throws IOException {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(doc));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // POI takes the password of the thread it writes on
            Biff8EncryptionKey.setCurrentUserPassword(password);
            document.write(out);
            return out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** An Excel 97–2003 workbook (.xls) with the text in its first cell. */
    static byte[] workbook(String text) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("年报").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";

    /** A ZIP archive of the given names and texts, in pairs. */
    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                ZipEntry entry = new ZipEntry(namesAndTexts[i]);
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
