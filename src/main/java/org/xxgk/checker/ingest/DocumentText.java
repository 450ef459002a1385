package org.xxgk.checker.ingest;

import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.StatedPublication;
import org.xxgk.checker.report.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A web page or Word file written out as the text the report reader reads, the way a text export prints it: a line
 * per paragraph, a line per table row with the cells between tabs (a merged cell's text in the first position it
 * covers, the other positions blank), a blank line around each table. It remembers which table row each line came
 * from, so that the cells read from the text can be given their place in the document.
 */
final class DocumentText {
    /** The most columns a merged cell is taken to span, as browsers cap colspan. */
    static final int MAX_SPAN = 1000;
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u3000]+");
    /**
     * Raised text that can mark a note (545¹, a raised "1,2", 申请数量*, ①, 注1): digits and the commas between them,
     * stars, daggers, brackets, circled numbers, 注; not a comma alone, which the text runs on after.
     */
    private static final Pattern NOTE_MARK = Pattern.compile("(?=.*[^\\s,，、])[\\s\\d０-９,，、*＊†‡※#＃()（）\\[\\]［］\u2460-\u2473注]+");
    /** What a power of ten is raised after: "×10", "x10", with the signs the values' reader takes. */
    private static final Pattern POWER_BASE = Pattern.compile("[" + Pattern.quote(Values.TIMES_SIGNS) + "]\\s*10\\s*$");
    /** A power: an integer. */
    private static final Pattern POWER = Pattern.compile("\\s*-?[0-9]+\\s*");

    private final StringBuilder text = new StringBuilder();
    private final Map<Integer, TableRow> rows = new HashMap<>();
    /** The lines the pictures stand after: a table printed as a picture leaves no text but its place. */
    private final List<Integer> pictures = new ArrayList<>();
    private final String encoding;
    /** The publication date a web page states outside the report's text (metadata, information bar), or {@code null}. */
    private StatedPublication publishedOutsideText;
    private int lineCount;
    private int tableCount;

    /**
     * What raised text (a superscript) reads as after the text before it, in the same cell or paragraph: nothing
     * where it marks a note below, after a number or a word ("545¹", "事项¹", "事项注"), printed as a raised digit,
     * star, circled number or 注; a power of ten in raised digits ("1.2126×10⁴", which would otherwise read as a note
     * on 10); else as printed: a letter's power ("m²") and raised text with nothing before it (a whole number raised
     * by a slip) are content. Web pages and Word files decide alike.
     */
    static String raised(CharSequence before, String raised) {
        // only the end of the text before can be "×10": a long paragraph is not searched
        CharSequence end = before.subSequence(Math.max(0, before.length() - "× 10 ".length()), before.length());
        if (POWER_BASE.matcher(end).find() && POWER.matcher(raised).matches()) {
            StringBuilder power = new StringBuilder(raised.length());
            raised.strip().chars().forEach(c -> power.append(c == '-' ? '⁻' : Values.SUPERSCRIPT_DIGITS.charAt(c - '0')));
            return power.toString();
        }
        char last = before.isEmpty() ? 0 : before.charAt(before.length() - 1);
        boolean content = last == 0 || last < 0x80 && Character.isLetter(last);
        return !content && NOTE_MARK.matcher(raised).matches() ? "" : raised;
    }

    /**
     * Whether text prints nothing: only white space, a no-break or ideographic space too (a web page's &amp;nbsp;
     * turned into Word), and invisible characters (a zero-width space).
     */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /**
     * Blank cells: those a merged cell covers after its first position, or a row leaves out before its first cell
     * (none for a count below one).
     */
    static List<String> blanks(int count) {
        return Collections.nCopies(Math.max(0, count), "");
    }

    /** @param encoding what the document is, for the report (e.g. "HTML (GB18030)") */
    DocumentText(String encoding) {
        this.encoding = encoding;
    }

    /** A row of a document's table: where it stands, and where each of its cells starts in its line. */
    private record TableRow(int table, int row, int[] cellStarts) {
    }

    /** Adds a paragraph: a line for each of its lines that holds text. Tabs become spaces: prose is no table row. */
    void paragraph(String paragraph) {
        printedLines(paragraph).forEach(this::add);
    }

    /**
     * Adds a paragraph that shows pictures, each noted after the lines of the text before it: a part's heading and
     * its table's picture in one paragraph ("三、收到和处理政府信息公开申请情况" and the picture, a line break between
     * them or none) put the picture in that part, as the page shows it.
     *
     * @param picturesAt where the pictures stand in the paragraph: for each, the length of the text before it
     */
    void paragraph(String paragraph, List<Integer> picturesAt) {
        int linesBefore = lineCount;
        paragraph(paragraph);
        for (int at : picturesAt) {
            pictures.add(linesBefore + printedLines(paragraph.substring(0, at)).size());
        }
    }

    /** The lines of a paragraph that hold text, their white space as single spaces. */
    private static List<String> printedLines(String paragraph) {
        List<String> lines = new ArrayList<>();
        for (String line : paragraph.split("[\r\n\u2028\u2029\u000B\f]")) {
            String cleaned = SPACES.matcher(line).replaceAll(" ").strip();
            if (!cleaned.isEmpty()) {
                lines.add(cleaned);
            }
        }
        return lines;
    }

    /** Adds a text's lines as they are, as a text report's are read: a line of cells between tabs is a table's row. */
    void lines(String text) {
        text.lines().forEach(this::add);
    }

    /** Starts a table; answers its number in the document, from 1. */
    int table() {
        add("");
        return ++tableCount;
    }

    /**
     * Adds a table row, its cells already laid out in the table's columns.
     *
     * @param table the number {@link #table()} gave
     * @param row   1-based row in that table
     */
    void row(int table, int row, List<String> cells) {
        StringBuilder line = new StringBuilder();
        int[] starts = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            starts[i] = line.length();
            line.append(cell(cells.get(i)));
        }
        rows.put(add(line.toString()), new TableRow(table, row, starts));
    }

    /** Ends a table. */
    void endTable() {
        add("");
    }

    /** Notes a picture where the text has come to, after the lines written so far. */
    void picture() {
        pictures.add(lineCount);
    }

    /** The 1-based lines the document's pictures stand after, in order (0 for one before the first line). */
    List<Integer> pictures() {
        return pictures;
    }

    /**
     * Notes the publication date a web page states outside the report's text: the first page's, when a Word file
     * embeds several.
     */
    void publishedOutsideText(StatedPublication publication) {
        if (publishedOutsideText == null) {
            publishedOutsideText = publication;
        }
    }

    /** Whether nothing has been written yet. */
    boolean isEmpty() {
        return lineCount == 0;
    }

    String text() {
        return text.toString();
    }

    String encoding() {
        return encoding;
    }

    /**
     * The report, marked as read from this document, with each cell read from a table row also located in its table;
     * when its text states no publication date, with the one the page states outside it.
     */
    Report locate(Report report) {
        List<Table> tables = new ArrayList<>(report.tables().size());
        for (Table table : report.tables()) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (Cell cell : table.cellList()) {
                cells.put(cell.id(), locate(cell));
            }
            tables.add(new Table(table.layout(), table.firstLine(), table.lastLine(), cells, table.rowsFound(),
                    table.columnsFound(), table.valueCount(), table.extras(), table.deviations()));
        }
        return new Report(report.title(), report.titleLine(), report.organization(), report.year(), report.format(),
                report.encoding(), report.lineCount(), true, report.preamble(), report.sections(), List.copyOf(tables),
                report.problems(), report.secondReport(),
                report.statedPublication() != null ? report.statedPublication() : publishedOutsideText);
    }

    private Cell locate(Cell cell) {
        TableRow row = rows.get(cell.line());
        if (row == null) {
            return cell;
        }
        int column = 0;
        int at = cell.location().column() - 1;
        for (int i = 0; at >= 0 && i < row.cellStarts().length && row.cellStarts()[i] <= at; i++) {
            column = i + 1;
        }
        return new Cell(cell.spec(), cell.raw(), cell.state(), cell.value(), cell.unit(),
                cell.location().inTable(row.table(), row.row(), column));
    }

    /** Adds a line; answers its 1-based number. */
    private int add(String line) {
        text.append(line).append('\n');
        return ++lineCount;
    }

    /**
     * A cell's text on one line: white space (line breaks of paragraphs in the cell too) as single spaces, no tab
     * or pipe that would split it, and a number broken by stray spaces ("12 126") joined again.
     */
    private static String cell(String printed) {
        String cell = SPACES.matcher(printed).replaceAll(" ").strip().replace('|', '¦').replace('\uFF5C', '¦');
        if (cell.indexOf(' ') > 0) {
            String joined = cell.replace(" ", "");
            if (Values.isValue(joined)) {
                return joined;
            }
        }
        return cell;
    }
}
