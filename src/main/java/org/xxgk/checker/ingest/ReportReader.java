package org.xxgk.checker.ingest;

import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.format.Marks;
import org.xxgk.checker.format.PortalWords;
import org.xxgk.checker.format.TableLayout;
import org.xxgk.checker.report.ReadProblem;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.Table;
import org.xxgk.checker.report.TextBlock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a report from its bytes: decodes the text, finds the title and sections, and reads each statistics table
 * in whichever of the known formats' layouts fits it best. A web page, Word file or PDF file is first written out as
 * the text a text export of it would be ({@link DocumentText}). Thread-safe; build one per format catalogue.
 */
public final class ReportReader {
    /** The default largest source accepted, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** Why a PDF whose pages hold no text is not read. */
    private static final String SCANNED_PDF = "PDF 文件中没有文字，是扫描件或图片，无法检查";
    /** Why a Word file without text is not read. */
    private static final String WORD_WITHOUT_TEXT =
            "Word 文档中没有文字，可能只有图片，或正文是嵌入的其他文档（请在 Word 中打开后另存为 .docx）";
    /** Why bytes named or sent as a PDF that are no PDF (nor any text) are not read. */
    private static final String NOT_A_PDF = "不是有效的 PDF 文件（没有 %PDF- 文件头）";
    /**
     * What ends a line: "\n", "\r", or both ("\r\n"); also Unicode's line and paragraph separators, which some
     * editors and web pages' text write.
     */
    private static final String LINE_BREAKS = "\n\r\u2028\u2029";

    private final FormatCatalog catalog;
    private final OutlineReader outlineReader;
    private final Map<String, List<TableReader>> tableReaders = new LinkedHashMap<>();
    private final Set<String> tableSections = new HashSet<>();
    private final List<String> titleEndings;
    private final PublicationDates publicationDates;
    private final PortalWords portal;

    /**
     * @param bodyNameEndings how the names of the body types end ({@code text/bodies.yaml}: "区人民政府", "局"), by
     *                        which a line under a title that names no body is the body's name
     */
    public ReportReader(FormatCatalog catalog, List<String> bodyNameEndings) {
        this.catalog = catalog;
        this.outlineReader = new OutlineReader(catalog, bodyNameEndings);
        this.titleEndings = catalog.newest().titleEndings();
        this.publicationDates = new PublicationDates(catalog.newest().publicationDateLabels());
        this.portal = catalog.newest().portal();
        for (TableLayout layout : catalog.newest().tables()) {
            List<TableReader> readers = new ArrayList<>();
            for (TableLayout candidate : catalog.layoutsOf(layout.table())) {
                readers.add(TableReader.of(candidate));
            }
            tableReaders.put(layout.table(), readers);
            tableSections.add(layout.sectionId());
        }
    }

    /** Reads a file; a file over the size limit is not read but reported as too large. */
    public Report read(Path file, long maxBytes) throws IOException {
        return read(source(file, maxBytes));
    }

    /**
     * Reads a stream up to the size limit; the stream is not closed.
     *
     * @param declared the file name or media type the stream came with, or {@code null} ({@link #read(byte[], long, String...)})
     */
    public Report read(InputStream in, long maxBytes, String declared) throws IOException {
        return read(source(in, maxBytes, declaresPdf(declared)));
    }

    /**
     * Reads a source of any kind the reader knows, recognised from its content, whatever it is called: a Word .docx
     * or .doc file, a PDF file, a web page, or a text.
     *
     * @param declared the file names and media types the bytes came with ("年报.pdf", "application/pdf"; any may be
     *                 {@code null}, none may be given); they only word why bytes that are not what one of them says
     *                 cannot be read
     */
    public Report read(byte[] bytes, long maxBytes, String... declared) {
        return read(source(bytes, maxBytes, Arrays.stream(declared).anyMatch(ReportReader::declaresPdf)));
    }

    /** Reads text that is already decoded: a report's text, or a web page. */
    public Report read(String text) {
        if (text.isBlank()) {
            return unreadable(new ReadProblem(ReadProblem.Kind.EMPTY, "只有空白字符"));
        }
        if (SourceKind.isHtml(text)) {
            return read(Source.of(HtmlSource.read(text, "HTML，UTF-16 (字符串)", titleEndings, publicationDates, portal)));
        }
        return read(text, "UTF-16 (字符串)", List.of());
    }

    /**
     * The text a file is read as, whose lines the report's line numbers count: a text's own, or what a web page,
     * Word file or PDF file is written out as; or why the file cannot be read.
     */
    public DecodedText text(Path file, long maxBytes) throws IOException {
        Source source = source(file, maxBytes);
        return new DecodedText(source.text(), source.encoding(), source.problem());
    }

    /** A source's text (a web page's, Word or PDF file's written out, when {@code document} is set), or why it has none. */
    private record Source(String text, String encoding, DocumentText document, ReadProblem problem) {
        static Source of(DocumentText document) {
            return new Source(document.text(), document.encoding(), document, null);
        }

        static Source of(ReadProblem problem) {
            return new Source("", "", null, problem);
        }
    }

    private Source source(Path file, long maxBytes) throws IOException {
        boolean saidToBePdf = declaresPdf(String.valueOf(file.getFileName()));
        if (!Files.isRegularFile(file)) {
            // a device or a pipe (/dev/stdin) has no size to compare: it is read up to the limit and no further
            try (InputStream in = Files.newInputStream(file)) {
                return source(in, maxBytes, saidToBePdf);
            }
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            return Source.of(new ReadProblem(ReadProblem.Kind.TOO_LARGE, sizeText(size)));
        }
        return source(Files.readAllBytes(file), maxBytes, saidToBePdf);
    }

    private Source source(InputStream in, long maxBytes, boolean saidToBePdf) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            return Source.of(new ReadProblem(ReadProblem.Kind.TOO_LARGE, "超过 " + sizeText(maxBytes)));
        }
        return source(bytes, maxBytes, saidToBePdf);
    }

    /** Whether a file name or media type says the source is a PDF file. */
    private static boolean declaresPdf(String declared) {
        String name = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.equals("application/pdf");
    }

    /** @param saidToBePdf whether the source's name or media type says it is a PDF file, whatever its content */
    private Source source(byte[] bytes, long maxBytes, boolean saidToBePdf) {
        if (bytes.length > maxBytes) {
            return Source.of(new ReadProblem(ReadProblem.Kind.TOO_LARGE, sizeText(bytes.length)));
        }
        SourceKind kind = SourceKind.of(bytes);
        if (kind == SourceKind.DOCX) {
            try {
                return ofText(DocxSource.read(bytes, maxBytes, titleEndings, publicationDates, portal), WORD_WITHOUT_TEXT);
            } catch (UnopenableDocumentException e) {
                return Source.of(e.problem());
            }
        }
        if (kind == SourceKind.PDF) {
            try {
                // the size limit holds for the text too: a small file can unpack to a great many pages
                return ofText(PdfSource.read(bytes, maxBytes), SCANNED_PDF);
            } catch (UnopenableDocumentException e) {
                return Source.of(e.problem());
            }
        }
        if (kind == SourceKind.OTHER_ZIP) {
            return Source.of(new ReadProblem(ReadProblem.Kind.BINARY,
                    "ZIP 压缩包，其中没有 Word 文档（" + SourceKind.DOCX_PART + "）"));
        }
        if (kind == SourceKind.COMPOUND_FILE) {
            try {
                return ofText(DocSource.read(bytes), WORD_WITHOUT_TEXT);
            } catch (UnopenableDocumentException e) {
                return Source.of(e.problem());
            }
        }
        // a text or a web page, decoded alike; other binary files are named by the decoder
        DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.problem() != null) {
            // the user meant a PDF file: how bytes of no known kind fail as a text would not tell them what is wrong,
            // but what an image or an executable is told says more than that it is no PDF
            return Source.of(saidToBePdf && decoded.problem().kind() == ReadProblem.Kind.BINARY
                    && TextDecoder.binarySignature(bytes) == null
                    ? new ReadProblem(ReadProblem.Kind.BINARY, NOT_A_PDF) : decoded.problem());
        }
        if (SourceKind.isHtml(decoded.text())) {
            return Source.of(HtmlSource.read(bytes, decoded, titleEndings, publicationDates, portal));
        }
        return new Source(decoded.text(), decoded.encoding(), null, null);
    }

    /** A Word or PDF file's text; when it has none (a scan, only images), why it is not read. */
    private static Source ofText(DocumentText document, String whyNoText) {
        return document.text().isBlank()
                ? Source.of(new ReadProblem(ReadProblem.Kind.BINARY, whyNoText))
                : Source.of(document);
    }

    /**
     * Reads a source's text; a web page's, Word or PDF file's table cells are also located in the document's tables,
     * and its tables printed as pictures are noted.
     */
    private Report read(Source source) {
        if (source.problem() != null) {
            return unreadable(source.problem());
        }
        if (source.document() == null) {
            return read(source.text(), source.encoding(), List.of());
        }
        return source.document().locate(read(source.text(), source.encoding(), source.document().pictures()));
    }

    /** @param pictures the lines the document's pictures stand after ({@link DocumentText#pictures}) */
    private Report read(String text, String encoding, List<Integer> pictures) {
        List<String> lines = lines(text);
        Outline outline = outlineReader.read(lines);
        // a second report's or an interpretation's tables are not the report's, even where the report lacks a table
        List<TableLine> tableLines = new SplitLines(outline.rows(lines));
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, List<TableReader>> entry : tableReaders.entrySet()) {
            Table table = readTable(entry.getValue(), region(entry.getValue().get(0).layout(), outline, tableLines),
                    outline.year());
            if (table != null) {
                tables.add(table);
            }
        }
        FormatDefinition format = formatOf(tables, outline.year());
        // a portal's information bar stands above the report's first part
        int firstPart = outline.sections().isEmpty() ? outline.length() : outline.sections().get(0).line() - 1;
        return new Report(outline.title(), outline.titleLine(), outline.organization(), outline.year(), format,
                encoding, lines.size(), false, outline.preamble(), outline.sections(), List.copyOf(tables),
                picturedTables(outline, tables, pictures), outline.secondReport(), publicationDates.read(lines, firstPart));
    }

    /**
     * The tables printed as pictures, as portals and Word files often print them: a table not read whose part shows a
     * picture between its heading and the next part's. Such a table is there but cannot be checked, which is not
     * to be reported as a table missing.
     */
    private List<ReadProblem> picturedTables(Outline outline, List<Table> tables, List<Integer> pictures) {
        if (pictures.isEmpty()) {
            return List.of();
        }
        List<ReadProblem> pictured = new ArrayList<>();
        for (Map.Entry<String, List<TableReader>> table : tableReaders.entrySet()) {
            String part = table.getValue().get(0).layout().sectionId();
            if (tables.stream().noneMatch(read -> read.id().equals(table.getKey()))
                    && showsAPicture(part, outline, pictures)) {
                pictured.add(new ReadProblem(ReadProblem.Kind.PICTURED_TABLE, table.getKey()));
            }
        }
        return pictured;
    }

    /** Whether a picture stands in a part: after its heading's line, before the next part's heading. */
    private static boolean showsAPicture(String part, Outline outline, List<Integer> pictures) {
        List<Section> sections = outline.sections();
        for (int s = 0; s < sections.size(); s++) {
            if (sections.get(s).id().equals(part)) {
                int heading = sections.get(s).line();
                int next = s + 1 < sections.size() ? sections.get(s + 1).line() : outline.length() + 1;
                return pictures.stream().anyMatch(line -> line >= heading && line < next);
            }
        }
        return false;
    }

    /**
     * The lines where a table should stand: its section's body, and the table appended to the report for it
     * ("附表1"); when that section is missing, the whole text except the sections and appended tables of the other
     * tables, so that one table's numbers are never read as another's.
     */
    private List<TableLine> region(TableLayout layout, Outline outline, List<TableLine> lines) {
        TextBlock appended = outline.appendedTables().get(layout.sectionId());
        for (Section section : outline.sections()) {
            if (section.id().equals(layout.sectionId()) && section.body().firstLine() > 0) {
                TextBlock body = section.body();
                int end = body.lastLine();
                // the body leaves out blank lines at its end, and with them a printed skeleton's row of blank cells
                while (end < lines.size() && lines.get(end).isBlank()) {
                    end++;
                }
                List<TableLine> own = lines.subList(body.firstLine() - 1, end);
                if (appended == null) {
                    return own;
                }
                List<TableLine> region = new ArrayList<>(own);
                region.addAll(lines.subList(appended.firstLine() - 1, appended.lastLine()));
                return region;
            }
        }
        List<TableLine> rest = new ArrayList<>();
        boolean[] elsewhere = new boolean[lines.size()];
        for (Section section : outline.sections()) {
            if (!section.id().equals(layout.sectionId()) && tableSections.contains(section.id())
                    && section.body().firstLine() > 0) {
                for (int line = section.body().firstLine(); line <= section.body().lastLine(); line++) {
                    elsewhere[line - 1] = true;
                }
            }
        }
        outline.appendedTables().forEach((part, table) -> {
            if (!part.equals(layout.sectionId())) {
                Arrays.fill(elsewhere, table.firstLine() - 1, table.lastLine(), true);
            }
        });
        for (int i = 0; i < lines.size(); i++) {
            if (!elsewhere[i]) {
                rest.add(lines.get(i));
            }
        }
        return rest;
    }

    /**
     * Reads the table in the known layouts, the one of the report's year first, and keeps the best fit (on a tie,
     * the year's). A layout that fits exactly, every cell found and nothing left over, ends the search in its reading
     * and wins over the fits that are not exact. Every reader reads the region without the page numbers between its
     * rows, and, when a number alone on its line was taken for one, with that number kept as well: that reading wins
     * only when it fits better (a value wrapped onto a line of its own, which fills a cell the other reading leaves
     * blank).
     */
    private Table readTable(List<TableReader> readers, List<TableLine> lines, Integer year) {
        TableDraft best = null;
        TableDraft exact = null;
        for (List<TableLine> reading : PageFurniture.readingsOf(lines)) {
            List<TableLine> region = CellPerLine.join(reading);
            for (TableReader reader : inYearOrder(readers, year)) {
                TableDraft draft = reader.read(region);
                if (draft.isEmpty()) {
                    continue;
                }
                if (draft.isExact()) {
                    if (exact == null || draft.score() > exact.score()) {
                        exact = draft;
                    }
                    break;
                }
                if (best == null || draft.score() > best.score()) {
                    best = draft;
                }
            }
        }
        TableDraft kept = exact != null ? exact : best;
        return kept == null ? null : kept.build();
    }

    private List<TableReader> inYearOrder(List<TableReader> readers, Integer year) {
        if (year == null) {
            return readers;
        }
        List<TableReader> ordered = new ArrayList<>(readers.size());
        List<TableReader> others = new ArrayList<>(readers.size());
        for (TableReader reader : readers) {
            (fits(reader.layout(), year) ? ordered : others).add(reader);
        }
        ordered.addAll(others);
        return ordered;
    }

    private boolean fits(TableLayout layout, int year) {
        return catalog.byId(layout.formatId()).map(format -> format.appliesTo(year)).orElse(false);
    }

    /**
     * The format the report follows: the one for its year, unless a table is read in a layout of another format
     * that has cell ids of its own (the trial format's 表二).
     */
    private FormatDefinition formatOf(List<Table> tables, Integer year) {
        FormatDefinition byYear = catalog.forYear(year);
        for (Table table : tables) {
            if (table.layout().formatId().equals(byYear.id())) {
                continue;
            }
            boolean distinctive = byYear.layout(table.id())
                    .map(layout -> !layout.id().equals(table.layout().id()))
                    .orElse(true);
            if (distinctive) {
                return catalog.byId(table.format()).orElse(byYear);
            }
        }
        return byYear;
    }

    /** The source's lines split into cells when first asked for: most of a report is prose no table reader needs. */
    private static final class SplitLines extends java.util.AbstractList<TableLine> implements java.util.RandomAccess {
        private final List<String> lines;
        private final TableLine[] split;

        SplitLines(List<String> lines) {
            this.lines = lines;
            this.split = new TableLine[lines.size()];
        }

        @Override
        public TableLine get(int index) {
            if (split[index] == null) {
                split[index] = CellSplitter.split(index + 1, lines.get(index));
            }
            return split[index];
        }

        @Override
        public int size() {
            return lines.size();
        }
    }

    private Report unreadable(ReadProblem problem) {
        return new Report("", 0, "", null, catalog.newest(), "", 0, false, TextBlock.EMPTY, List.of(), List.of(),
                List.of(problem), null, null);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(text.length() / 40 + 1);
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        // the breaks are found with indexOf, which the JDK vectorises, rather than by testing every character
        Marks breaks = new Marks(text, LINE_BREAKS);
        int end = breaks.first(start, text.length());
        while (end < text.length()) {
            lines.add(text.substring(start, end));
            start = text.startsWith("\r\n", end) ? end + 2 : end + 1;
            end = breaks.first(start, text.length());
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static String sizeText(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
