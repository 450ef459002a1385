package org.xxgk.checker.ingest;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAltChunk;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xxgk.checker.format.PortalWords;
import org.xxgk.checker.report.ReadProblem;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a report written as a Word .docx file: its paragraphs and tables in the order of the document, a table's
 * merged cells laid out in its columns (a horizontally merged cell's text in its first column, the columns it spans
 * blank; a vertically merged cell's text in its first row, the rows below blank), a paragraph of a numbered list
 * with the number Word prints before it, the text Word shows and no more (no hidden or deleted text, no footnotes),
 * and a web page, web archive or text embedded in it (altChunk) in its place.
 */
final class DocxSource {
    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final String VML = "urn:schemas-microsoft-com:vml";
    /** The namespaces of Strict Open XML, which Word writes when a file is saved as "Strict Open XML 文档". */
    private static final String STRICT = "http://purl.oclc.org/ooxml/";
    /** Parses an element's content into an element of another type, rather than the element into one that holds it. */
    private static final XmlOptions CONTENT = new XmlOptions().setLoadReplaceDocumentElement(null);
    /** The most cells of a table around another table that only places it on the page: a statistics table has more. */
    private static final int MAX_LAYOUT_CELLS = 8;
    /**
     * How many times the size limit a Word file may unpack to: its XML is many times the text it holds, but a file
     * that unpacks to more than this is no report (a zip bomb) and would not fit in memory once parsed.
     */
    private static final int UNPACKED_PER_LIMIT = 10;
    /**
     * The media types of embedded parts (altChunk) that are read: web pages, web archives ({@link #WEB_ARCHIVES}) and
     * plain text, as Word shows them. Not RTF: the RTF reader the JDK has (Swing's) runs a table's cells together
     * into one number ("545", "0", "0" as "54500") and reads hidden text.
     */
    private static final Set<String> READ_CHUNKS = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "message/rfc822", "multipart/related");
    /** The media types Word gives a web page saved as a single file (.mht) that is embedded in a document. */
    private static final Set<String> WEB_ARCHIVES = Set.of("message/rfc822", "multipart/related");

    private final XWPFDocument document;
    private final ListNumbers listNumbers;
    /**
     * The styles by id (the first of an id, as POI finds it). POI looks a style up by going through them all: for
     * each of tens of thousands of styles, or each step of a long basedOn chain, that took minutes.
     */
    private final Map<String, XWPFStyle> styles = new HashMap<>();
    /** Whether a style hides the runs it is given to, for each style asked about so far. */
    private final Map<String, Boolean> hidingStyles = new HashMap<>();
    private final List<String> titleEndings;
    private final PublicationDates publicationDates;
    private final PortalWords portal;
    /** The size limit of a source. */
    private final long maxBytes;
    /** The bytes of the embedded parts read so far. */
    private long embeddedBytes;
    private final DocumentText out = new DocumentText("Word .docx");

    private DocxSource(XWPFDocument document, long maxBytes, List<String> titleEndings,
            PublicationDates publicationDates, PortalWords portal) {
        this.document = document;
        this.maxBytes = maxBytes;
        this.titleEndings = titleEndings;
        this.publicationDates = publicationDates;
        this.portal = portal;
        if (document.getStyles() != null) {
            for (XWPFStyle style : document.getStyles().getStyles()) {
                if (style.getStyleId() != null) {
                    styles.putIfAbsent(style.getStyleId(), style);
                }
            }
        }
        this.listNumbers = new ListNumbers(document.getNumbering(), styles);
    }

    /**
     * Reads a .docx file.
     *
     * @param maxBytes         the size limit of a source; the file may unpack to {@value #UNPACKED_PER_LIMIT} times as
     *                         much, and the web pages and texts embedded in it come to no more than a source may
     * @param titleEndings     what a report's title ends with; a web page embedded in the file is read as a page is
     * @param publicationDates the reader of the date an embedded web page's information bar states
     * @param portal           the words of the portal around an embedded web page's report, which are dropped
     */
    static DocumentText read(byte[] bytes, long maxBytes, List<String> titleEndings, PublicationDates publicationDates,
            PortalWords portal) throws UnopenableDocumentException {
        long maxUnpacked = maxBytes * UNPACKED_PER_LIMIT;
        if (SourceKind.unpackedSize(bytes) > maxUnpacked) {
            throw new UnopenableDocumentException(ReadProblem.Kind.TOO_LARGE, "Word 文件解压后超过 "
                    + ReportReader.sizeText(maxUnpacked) + "，即大小上限的 " + UNPACKED_PER_LIMIT + " 倍", null);
        }
        try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            if (isStrict(pack)) {
                throw new UnopenableDocumentException("Word 文件是 Strict Open XML 格式，请在 Word 中另存为普通的 .docx（Word 文档）", null);
            }
            DocxSource source = new DocxSource(new XWPFDocument(pack), maxBytes, titleEndings, publicationDates, portal);
            source.blocks(source.document.getDocument().getBody());
            return source.out;
        } catch (IOException | OpenXML4JException | XmlException | XMLStreamException | RuntimeException e) {
            // POI reports a damaged package, bad XML or a zip bomb by a variety of unchecked exceptions
            throw new UnopenableDocumentException("Word .docx 文件已损坏", e);
        }
    }

    /** Whether a package is Strict Open XML, which POI cannot read: by its main part's relationship or namespace. */
    private static boolean isStrict(OPCPackage pack) throws IOException, OpenXML4JException, XMLStreamException {
        if (pack.isStrictOoxmlFormat()) {
            return true;
        }
        PackagePart main = pack.getPart(PackagingURIHelper.createPartName("/" + SourceKind.DOCX_PART));
        if (main == null) {
            return false;
        }
        try (InputStream in = main.getInputStream()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                xml.nextTag();
                return xml.getNamespaceURI() != null && xml.getNamespaceURI().startsWith(STRICT);
            } finally {
                xml.close();
            }
        }
    }

    /**
     * Reads the paragraphs, tables and embedded pages of the body, a content control, a layout table's cell or a text
     * box, in order. Word numbers the paragraphs of all of them in the same lists, so a part heading inside one takes
     * its number and the headings after it theirs.
     */
    private void blocks(XmlObject container) throws XmlException, IOException, UnopenableDocumentException {
        try (XmlCursor cursor = container.newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                XmlObject child = cursor.getObject();
                if (child instanceof CTP p) {
                    paragraph(p);
                } else if (child instanceof CTTbl t) {
                    table(new XWPFTable(t, document));
                } else if (child instanceof CTSdtBlock control && control.getSdtContent() != null) {
                    blocks(control.getSdtContent());
                } else if (child instanceof CTAltChunk chunk && chunk.getId() != null) {
                    embedded(chunk.getId(), titleEndings, out);
                }
            }
        }
    }

    /**
     * Reads a part embedded in the document (altChunk, as a web page pasted into Word or converted to Word is kept)
     * where it stands: a web page as a page is read (its paragraphs and tables, not the portal around the report),
     * a web archive (.mht) as its page, plain text as a text is. Other kinds (another Word file, RTF), and a part the
     * package lacks, are not read. The parts together may be as large as a source may be: a web page's text in
     * memory is many times its size.
     *
     * @param titleEndings what a report's title ends with, for a page that starts the text {@code into}
     */
    private void embedded(String relationshipId, List<String> titleEndings, DocumentText into)
            throws IOException, UnopenableDocumentException {
        PackagePart main = document.getPackagePart();
        PackageRelationship link = main.getRelationship(relationshipId);
        if (link == null || link.getTargetMode() == TargetMode.EXTERNAL) {
            return;
        }
        PackagePart part;
        try {
            part = main.getRelatedPart(link);
        } catch (IllegalArgumentException | InvalidFormatException e) {
            // POI answers a relationship to a missing part, or to no part name at all, so
            return;
        }
        String type = part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!READ_CHUNKS.contains(type)) {
            return;
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - embeddedBytes + 1));
        }
        embeddedBytes += bytes.length;
        if (embeddedBytes > maxBytes) {
            throw new UnopenableDocumentException(ReadProblem.Kind.TOO_LARGE,
                    "Word 文件中嵌入的网页或文字超过 " + ReportReader.sizeText(maxBytes), null);
        }
        if (type.equals("text/plain")) {
            into.lines(TextDecoder.decode(bytes).text());
            return;
        }
        String page = WEB_ARCHIVES.contains(type) ? WebArchive.page(bytes)
                : HtmlSource.decode(bytes);
        if (page != null) {
            HtmlSource.write(page, titleEndings, publicationDates, portal, into);
        }
    }

    /**
     * Reads a paragraph and the pictures it shows, then the text boxes anchored in it (Word draws them apart from its
     * line).
     */
    private void paragraph(CTP p) throws XmlException, IOException, UnopenableDocumentException {
        List<Node> textBoxes = new ArrayList<>();
        String number = listNumbers.next(new XWPFParagraph(p, document));
        String text = text(p, textBoxes);
        // a paragraph hidden by its style shows no list number either
        boolean hidden = text.isEmpty() && p.isSetPPr() && p.getPPr().isSetPStyle() && hides(p.getPPr().getPStyle().getVal());
        int textStart = hidden ? 0 : number.length();
        List<Integer> picturesAt = picturesAt(p).stream().map(at -> textStart + at).toList();
        out.paragraph(hidden ? "" : number + text, picturesAt);
        for (Node textBox : textBoxes) {
            blocks(CTBody.Factory.parse(textBox, CONTENT));
        }
    }

    /**
     * The text of a statistics table's cell, a part embedded in it (altChunk) included. A text box floating over the
     * cell (a stamp) or a small table in it (a note on its label) is not the cell's text, unless the cell has none of
     * its own, or only a unit beside a number or dash in the box or table, or only a number beside a unit there: then
     * the cell's value was typed into them, and is read as Word shows it ("545" beside "件" as 545件).
     */
    private String cellText(CTTc cell) throws XmlException, IOException, UnopenableDocumentException {
        List<Node> apart = new ArrayList<>();
        StringBuilder own = new StringBuilder(text(cell, apart));
        StringBuilder inner = new StringBuilder();
        for (Node content : apart) {
            if (content.getLocalName().equals("altChunk")) {
                DocumentText embedded = new DocumentText("");
                embedded(((Element) content).getAttributeNS(RELATIONSHIPS, "id"), List.of(), embedded);
                own.append(embedded.text());
            } else {
                inner.append(text(CTBody.Factory.parse(content, CONTENT), null));
            }
        }
        return shown(own.toString(), inner.toString());
    }

    /**
     * What a cell shows of its own text and of the text boxes and small tables in it: its own text, unless that is
     * blank (the inner text then) or one of the two is a unit alone and the other a value (the value with the unit).
     */
    private static String shown(String own, String inner) {
        if (DocumentText.isBlank(own)) {
            return inner;
        }
        if (!DocumentText.isBlank(inner)) {
            if (isUnitAlone(own) && Values.isValue(inner.strip())) {
                return withUnit(inner.strip(), own.strip());
            }
            if (isUnitAlone(inner) && Values.isValue(own.strip())) {
                return withUnit(own.strip(), inner.strip());
            }
        }
        return own;
    }

    /** Whether text is a unit without a number ("件", "（件）"). */
    private static boolean isUnitAlone(String text) {
        return Values.isUnit(text) && text.chars().noneMatch(Character::isDigit);
    }

    /** A value with its unit after it, or the value alone where they are no value together (a dash beside 件). */
    private static String withUnit(String value, String unit) {
        String joined = value + unit;
        return Values.isValue(joined) ? joined : value;
    }

    /**
     * Where the pictures a paragraph shows stand in its text: for each, the length of the text of the paragraph cut
     * off at the picture, as Word shows it.
     */
    private List<Integer> picturesAt(CTP p) throws XmlException {
        int count = pictures(p.getDomNode()).size();
        List<Integer> picturesAt = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // a document holding a copy of the paragraph, whose text is read as the paragraph's (its style included)
            XmlObject copy = XmlObject.Factory.parse(p.getDomNode());
            Node picture = pictures(copy.getDomNode()).get(i);
            for (Node node = picture; node != copy.getDomNode(); node = node.getParentNode()) {
                while (node.getNextSibling() != null) {
                    node.getParentNode().removeChild(node.getNextSibling());
                }
            }
            picture.getParentNode().removeChild(picture);
            picturesAt.add(text(copy, new ArrayList<>()).length());
        }
        return picturesAt;
    }

    /**
     * The pictures in a paragraph, in order: a drawing's pictures and an older Word's VML images (a text box's
     * drawing is no picture).
     */
    private static List<Node> pictures(Node paragraph) {
        List<Node> pictures = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (PICTURE.equals(child.getNamespaceURI()) && "pic".equals(child.getLocalName())
                    || VML.equals(child.getNamespaceURI()) && "imagedata".equals(child.getLocalName())) {
                pictures.add(child);
            } else {
                pictures.addAll(pictures(child));
            }
        }
        return pictures;
    }

    /** Reads a table; a table that only lays out the page ({@link #isLayout}) is read as its cells' content. */
    private void table(XWPFTable table) throws XmlException, IOException, UnopenableDocumentException {
        List<XWPFTableRow> rows = rows(table);
        if (isLayout(rows)) {
            layout(rows);
            return;
        }
        int number = out.table();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            List<String> cells = new ArrayList<>(DocumentText.blanks(gridBefore(row)));
            for (ICell cell : row.getTableICells()) {
                if (cell instanceof XWPFTableCell tableCell) {
                    CTTcPr properties = tableCell.getCTTc().getTcPr();
                    cells.add(continuesMerge(properties) ? "" : numbered(tableCell) + cellText(tableCell.getCTTc()));
                    cells.addAll(DocumentText.blanks(gridSpan(properties) - 1));
                } else if (cell instanceof XWPFSDTCell control) {
                    cells.add(control.getContent().getText());
                }
            }
            out.row(number, r + 1, cells);
        }
        out.endTable();
    }

    /** Reads a layout table's cells as the page's content, in the order {@link LayoutOrder} gives. */
    private void layout(List<XWPFTableRow> rows) throws XmlException, IOException, UnopenableDocumentException {
        List<List<ICell>> cells = rows.stream().map(XWPFTableRow::getTableICells).toList();
        for (ICell cell : LayoutOrder.of(cells, this::content)) {
            layoutCell(cell);
        }
    }

    /** What a layout table's cell holds: a table, text, or nothing. */
    private LayoutOrder.Content content(ICell cell) {
        if (cell instanceof XWPFTableCell tableCell && tableCell.getCTTc().sizeOfTblArray() > 0) {
            return LayoutOrder.Content.TABLE;
        }
        String text = cell instanceof XWPFTableCell tableCell ? text(tableCell.getCTTc(), null)
                : cell instanceof XWPFSDTCell control ? control.getContent().getText() : "";
        return DocumentText.isBlank(text) ? LayoutOrder.Content.BLANK : LayoutOrder.Content.TEXT;
    }

    private void layoutCell(ICell cell) throws XmlException, IOException, UnopenableDocumentException {
        if (cell instanceof XWPFTableCell tableCell) {
            blocks(tableCell.getCTTc());
        } else if (cell instanceof XWPFSDTCell control) {
            out.paragraph(control.getContent().getText());
        }
    }

    /**
     * A table that lays out the page: one column (no statistics table has fewer than two), or a few cells around a
     * table (a caption, a unit, a note beside 表四), or cells that mostly hold tables (表二 and 表三 side by side). A
     * statistics table with a small table in one of its many cells (a note) stays a table.
     */
    private boolean isLayout(List<XWPFTableRow> rows) {
        if (rows.stream().allMatch(row -> row.getTableICells().size() <= 1)) {
            return true;
        }
        List<CTTc> cells = rows.stream().flatMap(row -> row.getTableICells().stream())
                .filter(cell -> cell instanceof XWPFTableCell).map(cell -> ((XWPFTableCell) cell).getCTTc()).toList();
        long holdingTables = cells.stream().filter(cell -> cell.sizeOfTblArray() > 0).count();
        return holdingTables > 0 && (cells.size() <= MAX_LAYOUT_CELLS || 2 * holdingTables
                >= cells.stream().filter(cell -> cell.sizeOfTblArray() > 0 || !DocumentText.isBlank(text(cell, null))).count());
    }

    /**
     * The text Word shows of a paragraph or a table cell, its paragraphs run together. Not read: deleted and moved
     * away text (the old place of a tracked move), hidden text, field codes, footnote and endnote references (Word
     * shows a raised mark; the note is no part of the body), a raised note mark ({@link DocumentText#raised});
     * of content with alternatives (a text box as a drawing, and again as VML for older Word), the first one only.
     * A text box, and a table or an embedded part (altChunk) in a cell, are added to {@code apart}, for the caller to
     * read apart; when that is null, a text box and an embedded part are not read and a table in a cell is read with
     * the cell's text.
     */
    private String text(XmlObject element, List<Node> apart) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor cursor = element.newCursor()) {
            appendText(cursor, text, apart, hiddenByParagraphStyle(cursor, false));
        }
        return text.toString();
    }

    /**
     * Appends the text of the children of the element at the cursor, which is left where it was.
     *
     * @param paragraphHidden whether the style of the paragraph the element is in hides its runs
     */
    private void appendText(XmlCursor cursor, StringBuilder text, List<Node> apart, boolean paragraphHidden) {
        cursor.push();
        for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
            String name = cursor.getName().getLocalPart();
            boolean word = WORD.equals(cursor.getName().getNamespaceURI());
            if (word && name.equals("t")) {
                text.append(cursor.getTextValue());
            } else if (word && (name.equals("tab") || name.equals("ptab"))) {
                text.append('\t');
            } else if (word && (name.equals("br") || name.equals("cr"))) {
                text.append('\n');
            } else if (word && name.equals("noBreakHyphen")) {
                // a hyphen that keeps its line: "2024-1-1", and "-" for none in a cell
                text.append('-');
            } else if (word && name.equals("r")) {
                appendRun(cursor, text, apart, paragraphHidden);
            } else if (word && name.equals("txbxContent")) {
                if (apart != null) {
                    apart.add(cursor.getDomNode());
                }
            } else if (word && (name.equals("tbl") || name.equals("altChunk")) && apart != null) {
                apart.add(cursor.getDomNode());
            } else if (MARKUP_COMPATIBILITY.equals(cursor.getName().getNamespaceURI()) && name.equals("AlternateContent")) {
                cursor.push();
                if (cursor.toFirstChild()) {
                    appendText(cursor, text, apart, paragraphHidden);
                }
                cursor.pop();
            } else if (!(word && (name.equals("del") || name.equals("moveFrom") || name.equals("rt")
                    || name.endsWith("Pr")))) {
                appendText(cursor, text, apart, hiddenByParagraphStyle(cursor, paragraphHidden));
            }
        }
        cursor.pop();
    }

    /** Appends a run's text, unless it is hidden; raised text as {@link DocumentText#raised} reads it. */
    private void appendRun(XmlCursor run, StringBuilder text, List<Node> apart, boolean paragraphHidden) {
        if (isHidden(run, paragraphHidden)) {
            return;
        }
        StringBuilder printed = new StringBuilder();
        appendText(run, printed, apart, paragraphHidden);
        String runText = printed.toString();
        text.append("superscript".equals(property(run, "vertAlign")) ? DocumentText.raised(text, runText) : runText);
    }

    /**
     * Whether a run is hidden: by its own vanish, else by its character style's, else by its paragraph style's (or a
     * style that one is based on). A paragraph mark's own vanish (with specVanish, a style separator) hides no text.
     *
     * @param paragraphHidden whether the style of the run's paragraph hides its runs
     */
    private boolean isHidden(XmlCursor run, boolean paragraphHidden) {
        String vanish = property(run, "vanish");
        if (vanish != null) {
            return isOn(vanish);
        }
        String style = property(run, "rStyle");
        if (style != null && hides(style)) {
            return true;
        }
        return paragraphHidden;
    }

    /**
     * Whether the style of the paragraph at the cursor hides its runs; for any other element, whether that of the
     * paragraph it is in does. Asked once for each paragraph, as the text is read down into it.
     */
    private boolean hiddenByParagraphStyle(XmlCursor element, boolean enclosing) {
        // a part parsed apart (a text box) starts at its document, which has no name
        QName name = element.getName();
        if (name == null || !WORD.equals(name.getNamespaceURI()) || !name.getLocalPart().equals("p")) {
            return enclosing;
        }
        try (XmlCursor cursor = element.newCursor()) {
            return cursor.toChild(WORD, "pPr") && cursor.toChild(WORD, "pStyle")
                    && hides(cursor.getAttributeText(new QName(WORD, "val")));
        }
    }

    /**
     * Whether a style hides text: by the vanish of its run properties, or of those of the style it is based on. The
     * styles on the way answer alike and are remembered, so that each style is looked at once.
     */
    private boolean hides(String styleId) {
        Set<String> chain = new LinkedHashSet<>();
        Boolean hides = null;
        String id = styleId;
        // up to a style that sets vanish, or one already answered; a chain that ends without, or comes round again
        // (basedOn may go in a circle), hides nothing
        while (hides == null && id != null && chain.add(id)) {
            hides = hidingStyles.get(id);
            XWPFStyle style = styles.get(id);
            if (hides == null && style != null) {
                try (XmlCursor cursor = style.getCTStyle().newCursor()) {
                    String vanish = property(cursor, "vanish");
                    hides = vanish == null ? null : isOn(vanish);
                }
            }
            id = style == null ? null : style.getBasisStyleID();
        }
        boolean answer = hides != null && hides;
        chain.forEach(asked -> hidingStyles.put(asked, answer));
        return answer;
    }

    /** Whether an on/off property is on: set without a value, or to one that is not false. */
    private static boolean isOn(String value) {
        return value != null && !value.equals("false") && !value.equals("0") && !value.equals("off");
    }

    /**
     * The value of a run property of the run or style at the cursor: "" when it is set without one, null when it is
     * not set.
     */
    private static String property(XmlCursor element, String name) {
        try (XmlCursor cursor = element.newCursor()) {
            if (!cursor.toChild(WORD, "rPr") || !cursor.toChild(WORD, name)) {
                return null;
            }
            String value = cursor.getAttributeText(new QName(WORD, "val"));
            return value == null ? "" : value;
        }
    }

    /**
     * The rows of a table in document order, also those inside a content control or custom XML element (which
     * {@link XWPFTable#getRows()} leaves out); not the rows of a table nested in a cell.
     */
    private static List<XWPFTableRow> rows(XWPFTable table) throws XmlException {
        List<XWPFTableRow> rows = new ArrayList<>();
        try (XmlCursor cursor = table.getCTTbl().newCursor()) {
            rows(cursor, false, table, rows);
        }
        return rows;
    }

    /** The rows among the children of the element at the cursor, which is left where it was. */
    private static void rows(XmlCursor cursor, boolean contained, XWPFTable table, List<XWPFTableRow> rows)
            throws XmlException {
        cursor.push();
        for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
            String name = cursor.getName().getLocalPart();
            if (name.equals("tr")) {
                // a row inside a container is read from its XML: the reduced schemas POI ships lack the container types
                CTRow row = contained ? CTRow.Factory.parse(cursor.getDomNode(), CONTENT) : (CTRow) cursor.getObject();
                rows.add(new XWPFTableRow(row, table));
            } else if (name.equals("sdt") || name.equals("sdtContent") || name.equals("customXml")) {
                rows(cursor, true, table, rows);
            }
        }
        cursor.pop();
    }

    /**
     * The number Word prints before a cell's text when a list numbers its paragraph ("一、" before "本年新收…"); the
     * cell's paragraphs are counted in their lists as the body's are.
     */
    private String numbered(XWPFTableCell cell) {
        String number = "";
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String next = listNumbers.next(paragraph);
            number = number.isEmpty() ? next : number;
        }
        return number;
    }

    /** Whether a cell continues a vertical merge from the row above (vMerge without "restart"). */
    private static boolean continuesMerge(CTTcPr properties) {
        return properties != null && properties.isSetVMerge()
                && (!properties.getVMerge().isSetVal() || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int gridSpan(CTTcPr properties) {
        return properties != null && properties.isSetGridSpan()
                ? Math.max(1, Math.min(properties.getGridSpan().getVal().intValue(), DocumentText.MAX_SPAN)) : 1;
    }

    /** Grid columns a row leaves out before its first cell. */
    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        return properties != null && properties.sizeOfGridBeforeArray() > 0
                ? Math.min(properties.getGridBeforeArray(0).getVal().intValue(), DocumentText.MAX_SPAN) : 0;
    }
}
