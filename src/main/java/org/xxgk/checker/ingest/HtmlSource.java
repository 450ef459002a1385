package org.xxgk.checker.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.xxgk.checker.format.PortalWords;
import org.xxgk.checker.report.StatedPublication;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report published as a web page: the article's headings and paragraphs as lines, its tables row by row
 * with merged cells (rowspan, colspan) laid out in the table's columns, and none of the portal around it (menus,
 * breadcrumbs, the 字号 bar, share buttons, footers). The page's declared charset is honoured where the bytes are
 * not UTF-8; otherwise the encoding is recognised as for text.
 */
final class HtmlSource {
    /** Elements that never hold the report's text. */
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "nav",
            "form", "button", "select", "input", "textarea", "iframe", "object", "embed", "svg", "canvas", "audio",
            "video", "aside", "footer");
    /** Elements that start and end a line. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "main", "header", "blockquote", "pre", "center", "address",
            "figure", "figcaption", "caption", "hr", "table", "tbody", "thead", "tfoot", "tr", "td", "th");
    /** The parts of a table that hold its rows. */
    private static final Set<String> ROW_GROUPS = Set.of("thead", "tbody", "tfoot");
    /** A link to an attached file (a document, a spreadsheet, an archive), before whose name portals print an icon. */
    private static final Pattern ATTACHMENT_LINK = Pattern.compile(
            "\\.(?:pdf|ofd|docx?|wps|xlsx?|et|zip|rar|7z)(?:[?#].*)?$", Pattern.CASE_INSENSITIVE);
    /**
     * The most pixels an icon is declared wide or high (a download button's height too): a table's picture is
     * larger both ways, even 表四 of four rows.
     */
    private static final int ICON_PIXELS = 64;
    /**
     * The file of an icon: named or filed as one ("icon_xls.gif", "/images/icons/1.png"), or named for a kind of file
     * or for downloading ("xls.gif", "pdf_down.png", "download.png", "fj.gif").
     */
    private static final Pattern ICON_NAME = Pattern.compile("icon|(?:^|[/_\\-.])(?:ico|pdf|ofd|docx?|wps|xlsx?|et|zip"
            + "|rar|7z|down(?:load)?|xiazai|fj|fujian)[_\\-.][^/]*$");
    private static final Pattern STYLE_SIZE = Pattern.compile("(?:^|[;\\s])(width|height)\\s*:\\s*(\\d{1,6})(?:\\.\\d+)?px");
    private static final Pattern PIXELS = Pattern.compile("(\\d{1,6})(?:\\.\\d+)?(?:px)?");
    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Charsets GB18030, which the decoder falls back to, covers. */
    private static final Set<String> GB = Set.of("gbk", "gb2312", "gb18030", "x-mswin-936");
    private static final int SHORT_BLOCK = 120;
    private static final int LONGEST_LAYOUT_TEXT = 200;

    private HtmlSource() {
    }

    /**
     * Reads a page.
     *
     * @param bytes            the page as published
     * @param detected         the page decoded as a text would be
     * @param titleEndings     what a report's title ends with; the page before the first heading naming one is portal
     * @param publicationDates the reader of the date the page's information bar states
     * @param portal           the words of the portal around the report, which are dropped
     */
    static DocumentText read(byte[] bytes, DecodedText detected, List<String> titleEndings,
            PublicationDates publicationDates, PortalWords portal) {
        DecodedText page = decoded(bytes, detected);
        return read(page.text(), "HTML，" + page.encoding(), titleEndings, publicationDates, portal);
    }

    /** Reads a page that is already text. */
    static DocumentText read(String html, String encoding, List<String> titleEndings,
            PublicationDates publicationDates, PortalWords portal) {
        DocumentText out = new DocumentText(encoding);
        write(html, titleEndings, publicationDates, portal, out);
        return out;
    }

    /**
     * Writes a page's text where a document's text has come to: a web page embedded in a Word file (altChunk) is
     * read in its place. Only a page that starts the document has a portal above its title to cut: after a Word
     * file's own title, the page is the report's body, where a later line naming a report ("附：…年度报告") is no title.
     */
    static void write(String html, List<String> titleEndings, PublicationDates publicationDates, PortalWords portal,
            DocumentText out) {
        Document page = Jsoup.parse(html);
        Element body = page.body();
        // an information bar may stand in an element dropped for its name ("article-tools"): its block is kept aside,
        // unless hidden or in a part never read (a hidden copy of the bar may hold an old date)
        List<Element> controlsInChrome = controlBlocks(body, portal).stream().filter(block -> isShown(block, body))
                .toList();
        removeChrome(body, portal);
        List<Element> controls = controlBlocks(body, portal);
        // the page's publication date, in this order: a labelled line of the report's text (DocumentText#locate),
        // then the page's metadata, then the information bar that shares a block with the portal's controls
        // ("发布时间：2025-01-20 字号：大 中 小"), read here before the controls are dropped with it, then one in the
        // portal's own parts
        StatedPublication published = publishedInMetadata(page, portal);
        published = published != null ? published
                : publicationDates.readInformationBar(controlTexts(controls, portal));
        published = published != null ? published
                : publicationDates.readInformationBar(controlTexts(controlsInChrome, portal));
        if (published != null) {
            out.publishedOutsideText(published);
        }
        controls.forEach(Node::remove);
        readRaised(body);
        Element title = out.isEmpty() ? title(body, titleEndings) : null;
        if (title != null) {
            removeBefore(title, body);
        }
        Lines lines = new Lines(out);
        walk(body, lines);
        lines.flush();
    }

    /** Whether an element is of a kind never read (scripts, forms, asides…) or hidden by its style. */
    private static boolean isSkipped(Element element) {
        return SKIPPED.contains(element.normalName())
                || HIDDEN.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find();
    }

    /** Whether an element is shown: neither it nor any element around it below the body is skipped. */
    private static boolean isShown(Element element, Element body) {
        for (Element around = element; around != null && around != body; around = around.parent()) {
            if (isSkipped(around)) {
                return false;
            }
        }
        return true;
    }

    /** The texts of control blocks as the information bar is read in them. */
    private static List<String> controlTexts(List<Element> controls, PortalWords portal) {
        return controls.stream().map(control -> ownPart(control.text(), portal)).toList();
    }

    /** A control block's text before its links to the neighbouring pages, whose dates are not this page's. */
    private static String ownPart(String text, PortalWords portal) {
        int end = text.length();
        for (String link : portal.neighbourLinks()) {
            int at = text.indexOf(link);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return text.substring(0, end);
    }

    /**
     * The publication date the first of the page's metadata named as stating one ({@link
     * PortalWords#publicationMetadata}) states, or {@code null}.
     */
    private static StatedPublication publishedInMetadata(Document page, PortalWords portal) {
        for (Element meta : page.select("meta[name][content]")) {
            String name = meta.attr("name").strip();
            LocalDate date = portal.statesPublication(name)
                    ? PublicationDates.dateAtStart(meta.attr("content")) : null;
            if (date != null) {
                return StatedPublication.inMetadata(date, name);
            }
        }
        return null;
    }

    /** A page's bytes as text, in the charset it declares or else as its bytes read. */
    static String decode(byte[] page) {
        return decoded(page, TextDecoder.decode(page)).text();
    }

    /**
     * A page's text: as decoded like a text, unless the bytes are no Unicode and were taken for GB18030, where the
     * page's declared charset decides if its bytes bear it out.
     */
    static DecodedText decoded(byte[] bytes, DecodedText detected) {
        Charset declared = declared(detected.text());
        if (declared != null && !detected.encoding().startsWith("UTF")
                && !GB.contains(declared.name().toLowerCase(Locale.ROOT))) {
            String text = TextDecoder.strict(bytes, 0, declared);
            if (text != null) {
                return new DecodedText(text, declared.name(), detected.problem());
            }
        }
        return detected;
    }

    private static Charset declared(String html) {
        Matcher meta = DECLARED.matcher(html.substring(0, Math.min(html.length(), 4096)));
        return meta.find() ? TextDecoder.charsetNamed(meta.group(1)) : null;
    }

    /** Removes what is no report text: scripts, forms, menus and the other parts of the portal, hidden elements. */
    private static void removeChrome(Element body, PortalWords portal) {
        List<Element> chrome = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element != body && (isSkipped(element) || isPortalPart(element, portal))) {
                chrome.add(element);
            }
        }
        chrome.forEach(Element::remove);
    }

    /**
     * The blocks of the portal's controls and notices ("字号：大 中 小", "当前位置：…"), in the order of the elements
     * holding them: each the largest short block around one, which is no report text.
     */
    private static List<Element> controlBlocks(Element body, PortalWords portal) {
        List<Element> controls = new ArrayList<>();
        for (TextNode text : textNodes(body)) {
            if (isControl(text.text(), portal) && text.parent() != null && text.parent() != body) {
                controls.add(shortBlockAround(text.parent(), body));
            }
        }
        return controls;
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> texts = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            texts.addAll(element.textNodes());
        }
        return texts;
    }

    /** Whether an element's class or id names it a part of the portal (menus, share bars, footers and the like). */
    private static boolean isPortalPart(Element element, PortalWords portal) {
        return portal.namesPart(element.className() + " " + element.id());
    }

    private static boolean isControl(String text, PortalWords portal) {
        String word = text.replaceAll("[\\s\u00A0\u3000【】\\[\\]()（）]", "");
        return word.length() <= 20 && portal.isControl(word);
    }

    /** The largest element around a control whose text is still short and that holds no heading or table. */
    private static Element shortBlockAround(Element element, Element body) {
        Element block = element;
        Element parent = block.parent();
        while (parent != null && parent != body && parent.text().length() <= SHORT_BLOCK
                && parent.selectFirst("h1, h2, h3, h4, h5, h6, table") == null) {
            block = parent;
            parent = block.parent();
        }
        return block;
    }

    /**
     * The report's title: the first heading naming a title ending, the highest level first, else the first short
     * element that names one.
     */
    private static Element title(Element body, List<String> titleEndings) {
        for (String level : List.of("h1", "h2", "h3", "h4", "h5", "h6")) {
            for (Element heading : body.getElementsByTag(level)) {
                if (names(heading.text(), titleEndings)) {
                    return heading;
                }
            }
        }
        for (Element element : body.getAllElements()) {
            if (names(element.ownText(), titleEndings) && element.text().length() <= SHORT_BLOCK) {
                return element;
            }
        }
        return null;
    }

    private static boolean names(String text, List<String> titleEndings) {
        return titleEndings.stream().anyMatch(text::contains);
    }

    /** Removes everything before an element in the page's order: the portal above the report. */
    private static void removeBefore(Element element, Element body) {
        Node node = element;
        while (node != body && node.parent() != null) {
            Node parent = node.parent();
            for (Node sibling : new ArrayList<>(parent.childNodes())) {
                if (sibling == node) {
                    break;
                }
                sibling.remove();
            }
            node = parent;
        }
    }

    /** The text of the current line and the pictures in it, written out at the end of each block. */
    private static final class Lines {
        private final DocumentText out;
        private final StringBuilder line = new StringBuilder();
        /** Where the line's pictures stand in it: the length of its text before each. */
        private final List<Integer> picturesAt = new ArrayList<>();

        Lines(DocumentText out) {
            this.out = out;
        }

        void picture() {
            picturesAt.add(line.length());
        }

        void flush() {
            if (!line.isEmpty() || !picturesAt.isEmpty()) {
                out.paragraph(line.toString(), picturesAt);
                line.setLength(0);
                picturesAt.clear();
            }
        }
    }

    private static void walk(Node node, Lines lines) {
        if (node instanceof TextNode text) {
            lines.line.append(text.text());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            lines.flush();
            return;
        }
        if (tag.equals("img")) {
            if (!isIcon(element)) {
                lines.picture();
            }
            return;
        }
        if (tag.equals("table")) {
            lines.flush();
            if (isLayout(element)) {
                layout(element, lines);
            } else {
                table(element, lines.out);
            }
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            lines.flush();
        }
        for (Node child : element.childNodes()) {
            walk(child, lines);
        }
        if (block) {
            lines.flush();
        }
    }

    /**
     * Whether an image is an icon, no picture of the report's: declared as narrow or as low as one (a bullet, a
     * file's icon, a download button), or, declared no size, in a link to an attachment ("附件：表二.xls") and named
     * as an icon ("icon_xls.gif", "/images/fileicon/doc.png") or shown beside the file's name. A table's picture that
     * links to its spreadsheet (to download the data) is declared larger, or is all its link shows.
     */
    private static boolean isIcon(Element image) {
        List<Integer> declared = declaredSize(image);
        if (!declared.isEmpty()) {
            return declared.stream().anyMatch(pixels -> pixels <= ICON_PIXELS);
        }
        Element link = image.closest("a[href]");
        if (link == null || !ATTACHMENT_LINK.matcher(link.attr("href").strip()).find()) {
            return false;
        }
        String file = image.attr("src").strip().toLowerCase(Locale.ROOT).replaceFirst("[?#].*", "");
        return ICON_NAME.matcher(file).find() || !DocumentText.isBlank(link.text());
    }

    /** The width and height an image is declared in pixels, by its style or else its attributes; none declared, none. */
    private static List<Integer> declaredSize(Element image) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Matcher styled = STYLE_SIZE.matcher(image.attr("style").toLowerCase(Locale.ROOT));
        while (styled.find()) {
            sizes.put(styled.group(1), Integer.parseInt(styled.group(2)));
        }
        for (String dimension : List.of("width", "height")) {
            Matcher attribute = PIXELS.matcher(image.attr(dimension).strip());
            if (!sizes.containsKey(dimension) && attribute.matches()) {
                sizes.put(dimension, Integer.parseInt(attribute.group(1)));
            }
        }
        return List.copyOf(sizes.values());
    }

    /**
     * Reads a layout table's cells as blocks of the page, in the order {@link LayoutOrder} gives (tables side by side
     * each under its caption), after its caption.
     */
    private static void layout(Element table, Lines lines) {
        List<List<Element>> rows = new ArrayList<>();
        // the HTML parser puts every row of a table in a row group, a tbody where the page wrote none
        for (Element child : table.children()) {
            if (ROW_GROUPS.contains(child.normalName())) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(cells(row));
                    }
                }
            } else {
                walk(child, lines);
            }
        }
        for (Element cell : LayoutOrder.of(rows, HtmlSource::content)) {
            walk(cell, lines);
        }
    }

    private static List<Element> cells(Element row) {
        return row.children().stream().filter(HtmlSource::isCell).toList();
    }

    private static LayoutOrder.Content content(Element cell) {
        return cell.selectFirst("table") != null ? LayoutOrder.Content.TABLE
                : DocumentText.isBlank(cell.text()) ? LayoutOrder.Content.BLANK : LayoutOrder.Content.TEXT;
    }

    /**
     * Whether a table only lays out the page, so that its cells are read as blocks of the page rather than as cells
     * of a table: it holds another table or a heading, has a single cell, or is one or two columns of long text.
     */
    private static boolean isLayout(Element table) {
        if (table.select("table").size() > 1 || table.selectFirst("h1, h2, h3, h4, h5, h6") != null) {
            return true;
        }
        List<Element> cells = table.select("td, th");
        boolean narrow = table.select("tr").stream().allMatch(row -> row.select("td, th").size() <= 2);
        return cells.size() <= 1
                || (narrow && cells.stream().anyMatch(cell -> cell.text().length() > LONGEST_LAYOUT_TEXT));
    }

    /**
     * Writes a table's rows. A merged cell's text goes to the first row and column it covers; the other positions
     * it covers are blank, as in a text export of the table.
     */
    private static void table(Element table, DocumentText out) {
        Element caption = table.selectFirst("caption");
        if (caption != null) {
            out.paragraph(caption.text());
        }
        List<Element> rows = table.select("tr");
        List<List<String>> grid = new ArrayList<>();
        rows.forEach(row -> grid.add(new ArrayList<>()));
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                if (!isCell(cell)) {
                    continue;
                }
                while (column < grid.get(r).size() && grid.get(r).get(column) != null) {
                    column++;
                }
                int columns = span(cell, "colspan", DocumentText.MAX_SPAN);
                int rowSpan = span(cell, "rowspan", rows.size() - r);
                String text = cell.text();
                for (int dr = 0; dr < rowSpan; dr++) {
                    for (int dc = 0; dc < columns; dc++) {
                        put(grid.get(r + dr), column + dc, dr == 0 && dc == 0 ? text : "");
                    }
                }
                column += columns;
            }
        }
        int number = out.table();
        for (int r = 0; r < grid.size(); r++) {
            out.row(number, r + 1, grid.get(r).stream().map(text -> text == null ? "" : text).toList());
        }
        out.endTable();
    }

    /**
     * Replaces raised text by what {@link DocumentText#raised} says it reads as after the text before it in its table
     * cell, else in its paragraph or other block, as in a Word file: read as printed, a note's mark in
     * "545<sup>1</sup>" would make the number 5451.
     */
    private static void readRaised(Element body) {
        if (body.selectFirst("sup") == null) {
            return;
        }
        // one pass in document order that remembers the last text: looking back from each raised text would go over
        // every mark dropped before it, again for each (a page of footnote links)
        Map<Element, String> replacements = new LinkedHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            private Node lastText;
            private String last = "";

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element sup && sup.normalName().equals("sup")) {
                    String before = lastText != null && container(lastText, body) == container(sup, body) ? last : "";
                    String raised = sup.text();
                    String reads = DocumentText.raised(before, raised);
                    if (!reads.equals(raised)) {
                        replacements.put(sup, reads);
                    }
                    if (!reads.isBlank()) {
                        lastText = sup;
                        last = reads.strip();
                    }
                    return FilterResult.SKIP_CHILDREN;
                }
                if (node instanceof TextNode text && !text.isBlank()) {
                    lastText = text;
                    last = text.text().strip();
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        replacements.forEach((sup, reads) -> sup.replaceWith(new TextNode(reads)));
    }

    private static boolean isCell(Element element) {
        return element.normalName().equals("td") || element.normalName().equals("th");
    }

    /** The table cell a node is in, else the innermost block, else the body. */
    private static Element container(Node node, Element body) {
        Element block = body;
        for (Node at = node.parentNode(); at instanceof Element element && element != body; at = element.parentNode()) {
            if (isCell(element)) {
                return element;
            }
            if (block == body && BLOCKS.contains(element.normalName())) {
                block = element;
            }
        }
        return block;
    }

    /** A span attribute within 1..max; a rowspan of 0 spans to the end of the table. */
    private static int span(Element cell, String attribute, int max) {
        try {
            int span = Integer.parseInt(cell.attr(attribute).strip());
            return span == 0 && attribute.equals("rowspan") ? max : Math.max(1, Math.min(span, max));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void put(List<String> row, int column, String text) {
        while (row.size() <= column) {
            row.add(null);
        }
        row.set(column, text);
    }
}
