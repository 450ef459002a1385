package org.xxgk.checker.ingest;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a report written as a Word .docx file: its paragraphs and tables in the order of the document, a table's
 * merged cells laid out in its columns (a horizontally merged cell's text in its first column, the columns it spans
 * blank; a vertically merged cell's text in its first row, the rows below blank), a paragraph of a numbered list
 * with the number Word prints before it.
 */
final class DocxSource {

    /** Parses a row element's content into a row, rather than the element into a row that holds it. */
    private static final XmlOptions ROW_CONTENT = new XmlOptions().setLoadReplaceDocumentElement(null);

    private DocxSource() {
    }

    /** Reads a .docx file. */
    static DocumentText read(byte[] bytes) throws UnopenableDocumentException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocumentText out = new DocumentText("Word .docx");
            ListNumbers listNumbers = new ListNumbers(document.getNumbering(), document.getStyles());
            // the body's content controls in order, one for each XWPFSDT among its elements
            Iterator<CTSdtBlock> controls = document.getDocument().getBody().getSdtList().iterator();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    out.paragraph(listNumbers.next(paragraph) + paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    table(table, listNumbers, out);
                } else if (element instanceof XWPFSDT && controls.hasNext()) {
                    control(controls.next(), document, listNumbers, out);
                }
            }
            return out;
        } catch (IOException | XmlException | RuntimeException e) {
            // POI reports a damaged package, bad XML or a zip bomb by a variety of unchecked exceptions
            throw new UnopenableDocumentException("Word .docx 文件已损坏", e);
        }
    }

    /**
     * The paragraphs and tables inside a content control, read as the body's are: Word numbers its paragraphs in
     * the same lists, so a part heading inside one takes its number and the headings after it theirs.
     */
    private static void control(CTSdtBlock control, XWPFDocument document, ListNumbers listNumbers, DocumentText out)
            throws XmlException {
        if (control.getSdtContent() == null) {
            return;
        }
        try (XmlCursor cursor = control.getSdtContent().newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                XmlObject child = cursor.getObject();
                if (child instanceof CTP p) {
                    XWPFParagraph paragraph = new XWPFParagraph(p, document);
                    out.paragraph(listNumbers.next(paragraph) + paragraph.getText());
                } else if (child instanceof CTTbl t) {
                    table(new XWPFTable(t, document), listNumbers, out);
                } else if (child instanceof CTSdtBlock nested) {
                    control(nested, document, listNumbers, out);
                }
            }
        }
    }

    /** Whether an OLE2 compound file is an Office document encrypted with a password (its package is encrypted). */
    static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return file.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void table(XWPFTable table, ListNumbers listNumbers, DocumentText out) throws XmlException {
        int number = out.table();
        List<XWPFTableRow> rows = rows(table);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            List<String> cells = new ArrayList<>(blanks(gridBefore(row)));
            for (ICell cell : row.getTableICells()) {
                if (cell instanceof XWPFTableCell tableCell) {
                    CTTcPr properties = tableCell.getCTTc().getTcPr();
                    cells.add(continuesMerge(properties) ? "" : numbered(tableCell, listNumbers) + tableCell.getText());
                    cells.addAll(blanks(gridSpan(properties) - 1));
                } else if (cell instanceof XWPFSDTCell control) {
                    cells.add(control.getContent().getText());
                }
            }
            out.row(number, r + 1, cells);
        }
        out.endTable();
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
                CTRow row = contained ? CTRow.Factory.parse(cursor.getDomNode(), ROW_CONTENT) : (CTRow) cursor.getObject();
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
    private static String numbered(XWPFTableCell cell, ListNumbers listNumbers) {
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

    private static List<String> blanks(int count) {
        return Collections.nCopies(Math.max(0, count), "");
    }
}
