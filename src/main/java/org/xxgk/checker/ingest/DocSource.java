package org.xxgk.checker.ingest;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.OfficeDrawing;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xxgk.checker.report.ReadProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads an OLE2 compound file: a report written as a Word 97–2003 .doc file, read as a .docx file is (its paragraphs
 * and tables in document order, a merged cell's text in the first column and row it covers, the others blank; the
 * text Word shows, with the numbers of numbered lists, and no hidden or deleted text, field codes or note marks);
 * any other compound file is named for what it is (a .docx file protected by a password, an Excel workbook, a Word
 * 95 file).
 */
final class DocSource {
    /** Why a .doc or .docx file protected by a password is not read; both come as compound files. */
    private static final String PASSWORD = "文件设有打开密码";
    /** The stream every Word 97–2003 (and Word 95) document has. */
    private static final String WORD_STREAM = "WordDocument";
    /**
     * How far apart two cell edges of a table may stand and still be one column's edge, in twips: Word stores each
     * row's edges apart, and rows drawn by hand are often a twip or two off the ones above (0.5 pt, which no
     * one sees).
     */
    private static final int SAME_EDGE = 10;
    /** Marks in the text of a .doc file (MS-DOC 2.8.25): a field's start, the start of its result, its end. */
    private static final char FIELD_START = 0x13;
    private static final char FIELD_RESULT = 0x14;
    private static final char FIELD_END = 0x15;
    /** A picture in the line of text, and a drawing floating over it (a picture, or a text box or shape). */
    private static final char INLINE_PICTURE = 0x01;
    private static final char DRAWING = 0x08;
    /**
     * The number formats of a list level by their code in a .doc file (MSONFC), in the order ECMA-376 lists the same
     * formats (ST_NumberFormat), up to the last Chinese one; any later code prints as decimal does.
     */
    private static final List<String> NUMBER_FORMATS = List.of("decimal", "upperRoman", "lowerRoman", "upperLetter",
            "lowerLetter", "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital",
            "japaneseCounting", "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal",
            "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth",
            "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop",
            "decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional",
            "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
            "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
            "chineseCountingThousand");
    /** A list level's format code for no number. */
    private static final int NO_NUMBER = 0xFF;
    private static final int LEVELS = 9;

    private final HWPFDocument document;
    /** Per list (lsid), the number last printed at each level. */
    private final Map<Integer, int[]> listNumbers = new HashMap<>();
    private final DocumentText out = new DocumentText("Word .doc");

    private DocSource(HWPFDocument document) {
        this.document = document;
    }

    /**
     * Reads a compound file as a Word 97–2003 document.
     *
     * @throws UnopenableDocumentException when it is no such document (a .docx file protected by a password, another
     *                                     kind of Office file, a Word 95 file), is protected by a password, or is
     *                                     damaged
     */
    static DocumentText read(byte[] bytes) throws UnopenableDocumentException {
        POIFSFileSystem file;
        try {
            file = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // what it was meant to be cannot be told: its directory is what is damaged
            throw new UnopenableDocumentException(ReadProblem.Kind.BINARY,
                    "Office 97–2003 二进制文件（OLE2 复合文档），但不完整或已损坏", e);
        }
        try (file) {
            DirectoryNode root = file.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw new UnopenableDocumentException(PASSWORD, null);
            }
            if (!root.hasEntryCaseInsensitive(WORD_STREAM)) {
                throw new UnopenableDocumentException(ReadProblem.Kind.BINARY, otherOfficeFile(root), null);
            }
            DocSource source = new DocSource(new HWPFDocument(root));
            source.blocks(source.document.getRange(), 0);
            return source.out;
        } catch (OldWordFileFormatException e) {
            throw new UnopenableDocumentException(ReadProblem.Kind.BINARY,
                    "Word 95 或更早版本的 .doc 文件，无法读取：请在 Word 中另存为 .docx", e);
        } catch (EncryptedDocumentException e) {
            throw new UnopenableDocumentException(PASSWORD, e);
        } catch (IOException | RuntimeException e) {
            // HWPF reports a damaged document by a variety of unchecked exceptions
            throw new UnopenableDocumentException("Word .doc 文件已损坏", e);
        }
    }

    /** What a compound file that holds no Word document is, by the streams it has. */
    private static String otherOfficeFile(DirectoryNode root) {
        if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
            return "Excel 97–2003 工作簿（.xls），不是 Word 文档";
        }
        if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
            return "PowerPoint 97–2003 演示文稿（.ppt），不是 Word 文档";
        }
        return "Office 97–2003 二进制文件（OLE2 复合文档），其中没有 Word 文档";
    }

    /**
     * Reads the paragraphs and tables of a range (the body, or a cell of a layout table) in order.
     *
     * @param level the table level of the range's own paragraphs: 0 in the body, a table's level in its cells
     */
    private void blocks(Range range, int level) {
        for (int p = 0; p < range.numParagraphs(); p++) {
            Paragraph paragraph = range.getParagraph(p);
            if (paragraph.isInTable() && paragraph.getTableLevel() > level) {
                Table table = range.getTable(paragraph);
                table(table);
                p += table.numParagraphs() - 1;
            } else {
                paragraph(paragraph);
            }
        }
    }

    private void paragraph(Paragraph paragraph) {
        String number = listNumber(paragraph);
        List<Integer> picturesAt = new ArrayList<>();
        String text = text(paragraph, picturesAt);
        out.paragraph(number + text, picturesAt.stream().map(at -> number.length() + at).toList());
    }

    /**
     * Reads a table, its cells laid out in the columns all its rows' cell edges make (a .doc file has no grid: a
     * horizontally merged cell is one wide cell). A table of one column only lays out the page: its cells' content
     * is read as the page's, as in a .docx file.
     */
    private void table(Table table) {
        List<TableRow> rows = new ArrayList<>(table.numRows());
        for (int r = 0; r < table.numRows(); r++) {
            rows.add(table.getRow(r));
        }
        if (rows.stream().allMatch(row -> row.numCells() <= 1)) {
            for (TableRow row : rows) {
                for (int c = 0; c < row.numCells(); c++) {
                    blocks(row.getCell(c), table.getTableLevel());
                }
            }
            return;
        }
        List<Integer> edges = edges(rows);
        int number = out.table();
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int first = column(edges, cell.getLeftEdge());
                int end = Math.max(first + 1, column(edges, cell.getLeftEdge() + cell.getWidth()));
                cells.addAll(DocumentText.blanks(Math.min(first, DocumentText.MAX_SPAN) - cells.size()));
                // a cell below the first of a vertical merge, or after the first of an old horizontal one, is blank
                boolean continuesMerge = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        || cell.isMerged() && !cell.isFirstMerged();
                cells.add(continuesMerge ? "" : cellText(cell));
                cells.addAll(DocumentText.blanks(Math.min(end - first, DocumentText.MAX_SPAN) - 1));
            }
            out.row(number, r + 1, cells);
        }
        out.endTable();
    }

    /** The column edges of a table: every row's cell edges, those within {@value #SAME_EDGE} twips taken as one. */
    private static List<Integer> edges(List<TableRow> rows) {
        TreeSet<Integer> all = new TreeSet<>();
        for (TableRow row : rows) {
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int edge : all) {
            if (edges.isEmpty() || edge - edges.get(edges.size() - 1) > SAME_EDGE) {
                edges.add(edge);
            }
        }
        return edges;
    }

    /** The index of the column edge nearest a position: of the column a cell starts in, or the one after it ends. */
    private static int column(List<Integer> edges, int position) {
        int nearest = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - position) < Math.abs(edges.get(nearest) - position)) {
                nearest = i;
            }
        }
        return nearest;
    }

    /** A cell's paragraphs, each with its list number, on lines of their own (a table in the cell among them). */
    private String cellText(TableCell cell) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            Paragraph paragraph = cell.getParagraph(p);
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(listNumber(paragraph)).append(text(paragraph, new ArrayList<>()));
        }
        return text.toString();
    }

    /**
     * The text Word shows of a paragraph, as {@link DocxSource} reads it of a .docx file: not deleted text (a tracked
     * change), hidden text, field codes (a field's result is read), footnote and endnote marks or a raised note mark
     * ({@link DocumentText#raised}); a line break as one, a non-breaking hyphen as "-".
     *
     * @param picturesAt where the pictures the paragraph shows stand: the length of the text before each is added
     */
    private String text(Paragraph paragraph, List<Integer> picturesAt) {
        StringBuilder text = new StringBuilder();
        // per field the paragraph is in, whether its code is being read rather than its result
        List<Boolean> inCode = new ArrayList<>();
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            String runText = run.text();
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < runText.length(); i++) {
                char c = runText.charAt(i);
                if (c == FIELD_START) {
                    inCode.add(true);
                } else if (c == FIELD_RESULT && !inCode.isEmpty()) {
                    inCode.set(inCode.size() - 1, false);
                } else if (c == FIELD_END && !inCode.isEmpty()) {
                    inCode.remove(inCode.size() - 1);
                } else if (!inCode.contains(true) && !run.isMarkedDeleted() && !run.isVanished()) {
                    if (run.isSpecialCharacter() && (c == INLINE_PICTURE && document.getPicturesTable().hasPicture(run)
                            || c == DRAWING && isPicture(run))) {
                        picturesAt.add(text.length() + shown.length());
                    } else {
                        appendShown(c, run.isSpecialCharacter(), shown);
                    }
                }
            }
            text.append(run.getSubSuperScriptIndex() == 1 ? DocumentText.raised(text, shown.toString()) : shown);
        }
        return text.toString();
    }

    /** Appends a character as Word shows it: control characters and special characters (marks of notes) show none. */
    private static void appendShown(char c, boolean special, StringBuilder shown) {
        if (c == '\u000B' || c == '\f') {
            // a line break, a page or column break
            shown.append('\n');
        } else if (c == '\u001E') {
            // a non-breaking hyphen: "2024-1-1", and "-" for none in a cell
            shown.append('-');
        } else if (c == '\t' || c >= ' ' && !special) {
            shown.append(c);
        }
    }

    /** Whether a drawing floating over the text is a picture (not a text box or a shape). */
    private boolean isPicture(CharacterRun run) {
        OfficeDrawing drawing = document.getOfficeDrawingsMain().getOfficeDrawingAt(run.getStartOffset());
        return drawing != null && drawing.getPictureData() != null;
    }

    /**
     * The number Word prints before a paragraph of a numbered list ("二、"), counted per list and level as Word
     * counts: from the level's start, a level's count starting again after a paragraph of a higher level.
     */
    private String listNumber(Paragraph paragraph) {
        if (!paragraph.isInList()) {
            return "";
        }
        HWPFList list;
        int levels;
        try {
            list = paragraph.getList();
            // a simple list has one level, the others nine
            levels = Math.min(list.getListData().numLevels(), LEVELS);
        } catch (RuntimeException e) {
            // a paragraph that names a list the file lacks is printed without a number
            return "";
        }
        if (levels == 0) {
            return "";
        }
        char level = (char) Math.max(0, Math.min(paragraph.getIlvl(), levels - 1));
        int[] numbers = listNumbers.computeIfAbsent(list.getLsid(), lsid -> {
            int[] started = new int[levels];
            for (char l = 0; l < levels; l++) {
                started[l] = list.getStartAt(l) - 1;
            }
            return started;
        });
        numbers[level]++;
        for (char deeper = (char) (level + 1); deeper < levels; deeper++) {
            numbers[deeper] = list.getStartAt(deeper) - 1;
        }
        int format = list.getNumberFormat(level);
        if (format == NO_NUMBER || "bullet".equals(formatName(format))) {
            return "";
        }
        // the number text holds the levels' numbers as the characters 0 to 8, the rest as printed
        StringBuilder label = new StringBuilder();
        for (char c : list.getNumberText(level).toCharArray()) {
            if (c < levels) {
                label.append(c == level ? ListNumbers.format(numbers[c], formatName(format))
                        : Integer.toString(numbers[c]));
            } else if (c >= ' ') {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static String formatName(int code) {
        return code >= 0 && code < NUMBER_FORMATS.size() ? NUMBER_FORMATS.get(code) : "decimal";
    }
}
