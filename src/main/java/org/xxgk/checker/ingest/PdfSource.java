package org.xxgk.checker.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.xxgk.checker.report.ReadProblem;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a report exported as a text PDF (by Word or WPS): from the place of every glyph and the ruling lines of the
 * tables, it writes the text a text export would print. A ruled table's rows and cells are the bands and columns
 * its lines draw (a merged cell's text in the first column it covers), a table continued on the next page stays one
 * table, a paragraph wrapped over lines is one line again, and running headers, footers and page numbers are left
 * out. Lines without rules are split into cells where glyphs stand clearly apart. A picture large enough to be a
 * table (a table pasted as a screenshot) is noted where it stands.
 */
final class PdfSource {
    /** What the report says it was read from. */
    static final String ENCODING = "PDF";
    /** Rules this close (in points) are one line; a rule this thin is a line, not a filled box. */
    private static final float RULE_TOLERANCE = 1.5f;
    /** Running headers and footers stand in this share of the page height at its top or bottom. */
    private static final float MARGIN_BAND = 0.15f;
    /** The marks a sentence (or a lead-in to a list) ends with: a line ending with one ends its paragraph there. */
    private static final String SENTENCE_ENDS = "。；：！？;:!?";
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．]\\D|第[一二三四五六七八九十\\d]+[章节条部分])");
    /** The most rows a table repeats as its header on every page. */
    private static final int MAX_HEADER_ROWS = 5;
    /**
     * A picture at least this share of the page's width can be a table pasted as a picture: a table of the format
     * spans the text column (70% of an A4 page's width between Word's margins), while a seal (4.2 cm, a fifth of
     * the width), an emblem or a logo is far narrower.
     */
    private static final float TABLE_PICTURE_WIDTH = 0.5f;
    /**
     * A picture at least this share of the page's height can be a table: even 表四 has three rows of headings and
     * one of numbers, while a rule or a band drawn as a picture (under a letterhead) is flatter.
     */
    private static final float TABLE_PICTURE_HEIGHT = 0.05f;
    /** Punctuation a line never starts with: it stays with the word before. */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』”’％";

    private PdfSource() {
    }

    /**
     * Reads a PDF file; a file whose pages hold no text gives a document without text.
     *
     * @param maxBytes the size limit of a source, which holds for the text too: a PDF whose text has more characters
     *                 than a text file of that size in UTF-8 (three bytes a Chinese character) is not read on
     */
    static DocumentText read(byte[] bytes, long maxBytes) throws UnopenableDocumentException {
        long maxGlyphs = Math.max(1, maxBytes / 3);
        List<PageItems> pages;
        try (PDDocument document = Loader.loadPDF(bytes, "")) {
            document.setResourceCache(new UnicodeMapGuard());
            Glyphs glyphs = new Glyphs(maxGlyphs);
            glyphs.writeText(document, Writer.nullWriter());
            pages = glyphs.pages;
        } catch (InvalidPasswordException e) {
            throw new UnopenableDocumentException("PDF 文件设有打开密码", e);
        } catch (TooManyGlyphs e) {
            throw new UnopenableDocumentException(ReadProblem.Kind.TOO_LARGE,
                    "PDF 文件中的文字超过 " + maxGlyphs + " 个字符", e);
        } catch (UnicodeMapGuard.RunawayUnicodeMap e) {
            throw new UnopenableDocumentException("PDF 文件已损坏：" + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file by IOException, or by unchecked exceptions from deep in the parser
            throw new UnopenableDocumentException("PDF 文件已损坏", e);
        }
        return new Layout(pages).write();
    }

    /** A glyph where it stands: x from the left, y of its baseline from the top of the page, in points. */
    private record Glyph(String text, float x, float y, float width, float size) {
        float right() {
            return x + width;
        }

        float middleY() {
            return y - size * 0.35f;
        }

        float middleX() {
            return x + width / 2;
        }
    }

    /** A horizontal rule (y, from x0 to x1) or a vertical one (x, from y0 to y1), in the glyphs' coordinates. */
    private record Rule(float at, float from, float to) {
    }

    /** A page as read: its glyphs, rules and pictures, laid out into items at once, so that only its text is kept. */
    private record Page(List<Glyph> glyphs, List<Rule> horizontal, List<Rule> vertical, List<Picture> pictures,
                        float height) {
    }

    /** A page's lines and tables, top to bottom, and its height. */
    private record PageItems(List<Item> items, float height) {
    }

    /** Collects the glyphs of each page, as the text stripper orders and cleans them (overlaid bold copies dropped). */
    private static final class Glyphs extends PDFTextStripper {
        private final long maxGlyphs;
        private final List<PageItems> pages = new ArrayList<>();
        private List<Glyph> current = new ArrayList<>();
        private long count;

        Glyphs(long maxGlyphs) {
            this.maxGlyphs = maxGlyphs;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
                String unicode = position.getUnicode();
                if (unicode == null || unicode.isBlank()) {
                    continue;
                }
                if (++count > maxGlyphs) {
                    throw new TooManyGlyphs();
                }
                float size = position.getFontSizeInPt() > 0 ? position.getFontSizeInPt() : position.getHeightDir();
                current.add(new Glyph(unicode, position.getXDirAdj(), position.getYDirAdj(),
                        position.getWidthDirAdj(), Math.max(size, 1f)));
            }
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            Drawing drawing = new Drawing(page);
            drawing.processPage(page);
            Page read = new Page(current, merge(drawing.horizontal), merge(drawing.vertical), drawing.pictures,
                    drawing.height);
            pages.add(new PageItems(Layout.items(read), read.height()));
            current = new ArrayList<>();
        }
    }

    /** Thrown when a file holds more text than a report could; ends reading at once. */
    private static final class TooManyGlyphs extends RuntimeException {
        TooManyGlyphs() {
            super(null, null, false, false);
        }
    }

    /**
     * Finds what a page draws besides its text: the ruling lines (stroked lines and rectangles, and filled boxes thin
     * enough to be lines) and the pictures large enough to be a table.
     */
    private static final class Drawing extends PDFGraphicsStreamEngine {
        private final float width;
        private final float height;
        private final float left;
        private final float bottom;
        private final List<Rule> horizontal = new ArrayList<>();
        private final List<Rule> vertical = new ArrayList<>();
        private final List<Picture> pictures = new ArrayList<>();
        private final List<Point2D[]> segments = new ArrayList<>();
        private final List<Point2D[]> boxes = new ArrayList<>();
        private Point2D start;
        private Point2D at;

        Drawing(PDPage page) {
            super(page);
            PDRectangle crop = page.getCropBox();
            this.width = crop.getWidth();
            this.height = crop.getHeight();
            this.left = crop.getLowerLeftX();
            this.bottom = crop.getLowerLeftY();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            boxes.add(new Point2D[] {p0, p1, p2, p3});
            start = p0;
            at = p0;
        }

        @Override
        public void moveTo(float x, float y) {
            start = new Point2D.Float(x, y);
            at = start;
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D to = new Point2D.Float(x, y);
            if (at != null) {
                segments.add(new Point2D[] {at, to});
            }
            at = to;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            at = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return at;
        }

        @Override
        public void closePath() {
            if (at != null && start != null) {
                segments.add(new Point2D[] {at, start});
            }
            at = start;
        }

        @Override
        public void endPath() {
            clear();
        }

        @Override
        public void strokePath() {
            for (Point2D[] segment : segments) {
                add(segment[0], segment[1]);
            }
            for (Point2D[] box : boxes) {
                for (int i = 0; i < 4; i++) {
                    add(box[i], box[(i + 1) % 4]);
                }
            }
            clear();
        }

        @Override
        public void fillPath(int windingRule) {
            // a table border exported as a thin filled box is a line along its long side
            for (Point2D[] box : boxes) {
                double x0 = Math.min(Math.min(box[0].getX(), box[1].getX()), Math.min(box[2].getX(), box[3].getX()));
                double x1 = Math.max(Math.max(box[0].getX(), box[1].getX()), Math.max(box[2].getX(), box[3].getX()));
                double y0 = Math.min(Math.min(box[0].getY(), box[1].getY()), Math.min(box[2].getY(), box[3].getY()));
                double y1 = Math.max(Math.max(box[0].getY(), box[1].getY()), Math.max(box[2].getY(), box[3].getY()));
                if (y1 - y0 <= RULE_TOLERANCE * 2 && x1 - x0 > y1 - y0) {
                    add(new Point2D.Double(x0, (y0 + y1) / 2), new Point2D.Double(x1, (y0 + y1) / 2));
                } else if (x1 - x0 <= RULE_TOLERANCE * 2 && y1 - y0 > x1 - x0) {
                    add(new Point2D.Double((x0 + x1) / 2, y0), new Point2D.Double((x0 + x1) / 2, y1));
                }
            }
            clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        /** Keeps a picture as wide and as high as a table; an image fills the unit square the matrix maps. */
        @Override
        public void drawImage(PDImage image) {
            Matrix matrix = getGraphicsState().getCurrentTransformationMatrix();
            List<Point2D.Float> corners = List.of(matrix.transformPoint(0, 0), matrix.transformPoint(1, 0),
                    matrix.transformPoint(0, 1), matrix.transformPoint(1, 1));
            double x0 = corners.stream().mapToDouble(Point2D::getX).min().orElseThrow();
            double x1 = corners.stream().mapToDouble(Point2D::getX).max().orElseThrow();
            double y0 = corners.stream().mapToDouble(Point2D::getY).min().orElseThrow();
            double y1 = corners.stream().mapToDouble(Point2D::getY).max().orElseThrow();
            if (x1 - x0 >= width * TABLE_PICTURE_WIDTH && y1 - y0 >= height * TABLE_PICTURE_HEIGHT) {
                pictures.add(new Picture(height - ((float) y1 - bottom), image.getCOSObject()));
            }
        }

        @Override
        public void clip(int windingRule) {
            // a clip draws nothing; its path is ended by the next operator
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // a shading draws no rules
        }

        private void clear() {
            segments.clear();
            boxes.clear();
        }

        /** Keeps a segment that is horizontal or vertical, turned into the glyphs' coordinates (y from the top). */
        private void add(Point2D from, Point2D to) {
            float x0 = (float) from.getX() - left;
            float x1 = (float) to.getX() - left;
            float y0 = height - ((float) from.getY() - bottom);
            float y1 = height - ((float) to.getY() - bottom);
            if (Math.abs(y0 - y1) <= RULE_TOLERANCE && Math.abs(x0 - x1) > RULE_TOLERANCE) {
                horizontal.add(new Rule((y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
            } else if (Math.abs(x0 - x1) <= RULE_TOLERANCE && Math.abs(y0 - y1) > RULE_TOLERANCE) {
                vertical.add(new Rule((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
            }
        }
    }

    /** Joins rules on one line that touch or overlap, as a table's border drawn cell by cell is. */
    private static List<Rule> merge(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingDouble(Rule::at));
        List<Rule> merged = new ArrayList<>();
        for (int start = 0; start < sorted.size(); ) {
            // the rules on one line: each within the tolerance of the one before
            int end = start + 1;
            while (end < sorted.size() && sorted.get(end).at() - sorted.get(end - 1).at() <= RULE_TOLERANCE) {
                end++;
            }
            List<Rule> line = new ArrayList<>(sorted.subList(start, end));
            line.sort(Comparator.comparingDouble(Rule::from));
            Rule current = line.get(0);
            for (Rule rule : line.subList(1, line.size())) {
                if (rule.from() <= current.to() + RULE_TOLERANCE) {
                    current = new Rule(current.at(), current.from(), Math.max(current.to(), rule.to()));
                } else {
                    merged.add(current);
                    current = rule;
                }
            }
            merged.add(current);
            start = end;
        }
        merged.sort(Comparator.comparingDouble(Rule::at).thenComparingDouble(Rule::from));
        return merged;
    }

    /** A ruled table on a page: the y of its row borders and the x of its column borders, top-down, left to right. */
    private record Grid(List<Float> rows, List<Float> columns, List<Rule> horizontal, List<Rule> vertical) {
        float top() {
            return rows.get(0);
        }

        float bottom() {
            return rows.get(rows.size() - 1);
        }

        boolean holds(Glyph glyph) {
            float y = glyph.middleY();
            float x = glyph.middleX();
            return y > top() && y < bottom() && x > columns.get(0) && x < columns.get(columns.size() - 1);
        }

        /**
         * The band of the cell that holds a point: the band it lies in, or for a cell merged over several bands
         * (no rule above the point's band at its x), the first of them.
         */
        int band(float x, float y) {
            int band = 0;
            while (band + 2 < rows.size() && y > rows.get(band + 1)) {
                band++;
            }
            while (band > 0 && !ruledAbove(band, x)) {
                band--;
            }
            return band;
        }

        private boolean ruledAbove(int band, float x) {
            float y = rows.get(band);
            return horizontal.stream().anyMatch(rule -> Math.abs(rule.at() - y) <= RULE_TOLERANCE
                    && rule.from() <= x && rule.to() >= x);
        }

        /** The column where the cell holding x in a band starts: the nearest rule on its left that crosses the band. */
        int cellColumn(int band, float x) {
            float middle = (rows.get(band) + rows.get(band + 1)) / 2;
            int column = 0;
            for (int i = 0; i < columns.size() - 1; i++) {
                if (columns.get(i) > x) {
                    break;
                }
                float at = columns.get(i);
                if (vertical.stream().anyMatch(rule -> Math.abs(rule.at() - at) <= RULE_TOLERANCE
                        && rule.from() <= middle && rule.to() >= middle)) {
                    column = i;
                }
            }
            return column;
        }
    }

    /** A part of a page in reading order: a line of text outside tables, a ruled table's rows, or a picture. */
    private sealed interface Item permits TextLine, RuledTable, Picture {
        float top();
    }

    /**
     * A line of glyphs outside any ruled table, already split into cells where glyphs stand clearly apart.
     *
     * @param firstWord the width of what the line starts with that a line cannot break inside: a number or Latin
     *                  word with the punctuation after it ("96.4%。"), else its first character
     */
    private record TextLine(List<String> cells, float left, float right, float size, float top, float firstWord)
            implements Item {
        String text() {
            return String.join(" ", cells);
        }
    }

    /** A ruled table's rows: each row's cells with the x where each starts, and the x of the table's columns. */
    private record RuledTable(float top, List<Float> columns, List<List<PlacedCell>> rows) implements Item {
        /**
         * Whether this table, at the top of a page, goes on with the other one, at the bottom of the page before:
         * they have the same left and right edges. (Its columns may be fewer: rows whose cells are merged across a
         * column have no rule there.)
         */
        boolean continues(List<Float> other) {
            return Math.abs(other.get(0) - columns.get(0)) <= RULE_TOLERANCE * 2
                    && Math.abs(other.get(other.size() - 1) - columns.get(columns.size() - 1)) <= RULE_TOLERANCE * 2;
        }
    }

    /**
     * A picture as large as a table, where its top stands.
     *
     * @param image the image drawn: the same object on every page that draws it again
     */
    private record Picture(float top, COSBase image) implements Item {
    }

    /** A cell's text and the x of the column where it starts. */
    private record PlacedCell(float x, String text) {
    }

    /** Lays the pages out as text. */
    private static final class Layout {
        private final List<PageItems> pages;

        Layout(List<PageItems> pages) {
            this.pages = pages;
        }

        DocumentText write() {
            List<List<Item>> items = new ArrayList<>();
            for (PageItems page : pages) {
                items.add(new ArrayList<>(page.items()));
            }
            dropFurniture(items);
            float leftMargin = Float.MAX_VALUE;
            float rightMargin = 0;
            for (List<Item> page : items) {
                for (Item item : page) {
                    if (item instanceof TextLine line && line.cells().size() == 1) {
                        leftMargin = Math.min(leftMargin, line.left());
                        rightMargin = Math.max(rightMargin, line.right());
                    }
                }
            }
            DocumentText out = new DocumentText(ENCODING);
            StringBuilder paragraph = new StringBuilder();
            TextLine previous = null;
            RuledRows ruledRows = null;
            int table = 0;
            int row = 0;
            boolean tableRows = false;
            for (List<Item> page : items) {
                for (int i = 0; i < page.size(); i++) {
                    Item item = page.get(i);
                    if (item instanceof Picture) {
                        flush(out, paragraph);
                        previous = null;
                        if (tableRows) {
                            out.endTable();
                            tableRows = false;
                        }
                        if (ruledRows != null) {
                            ruledRows.end();
                            ruledRows = null;
                        }
                        out.picture();
                        continue;
                    }
                    if (item instanceof RuledTable ruled) {
                        flush(out, paragraph);
                        previous = null;
                        if (tableRows) {
                            out.endTable();
                            tableRows = false;
                        }
                        if (i == 0 && ruledRows != null && ruled.continues(ruledRows.columns)) {
                            ruledRows.goOn(ruled);
                        } else {
                            if (ruledRows != null) {
                                ruledRows.end();
                            }
                            ruledRows = new RuledRows(out, ruled);
                        }
                        continue;
                    }
                    TextLine line = (TextLine) item;
                    if (ruledRows != null) {
                        ruledRows.end();
                        ruledRows = null;
                    }
                    if (line.cells().size() > 1) {
                        flush(out, paragraph);
                        previous = null;
                        if (!tableRows) {
                            table = out.table();
                            row = 0;
                            tableRows = true;
                        }
                        out.row(table, ++row, line.cells());
                        continue;
                    }
                    if (tableRows) {
                        out.endTable();
                        tableRows = false;
                    }
                    if (previous != null && continues(previous, line, leftMargin, rightMargin)) {
                        paragraph.append(joint(paragraph, line.text()));
                    } else {
                        flush(out, paragraph);
                    }
                    paragraph.append(line.text());
                    previous = line;
                }
            }
            flush(out, paragraph);
            if (ruledRows != null) {
                ruledRows.end();
            } else if (tableRows) {
                out.endTable();
            }
            return out;
        }

        /**
         * A ruled table as it is written out, part by part when it runs over pages. Its last row is held back until
         * the next part is seen: a row broken at the page's end (as Word breaks a tall row) goes on at the top of the
         * next page with the rest of its labels, and that is one row, not two. Header rows a part repeats at the top
         * of its page (Word's "repeat as header row") are the table's first rows again, and are left out.
         */
        private static final class RuledRows {
            private final DocumentText out;
            private final int table;
            private final List<List<String>> firstRows = new ArrayList<>();
            private List<Float> columns;
            private int row;
            private List<String> held;

            RuledRows(DocumentText out, RuledTable first) {
                this.out = out;
                this.table = out.table();
                this.columns = first.columns();
                for (List<PlacedCell> cells : first.rows().subList(0, Math.min(MAX_HEADER_ROWS, first.rows().size()))) {
                    firstRows.add(inColumns(cells, columns));
                }
                add(first, 0);
            }

            /** The part of the table on the next page. */
            void goOn(RuledTable part) {
                List<Float> before = columns;
                columns = union(columns, part.columns());
                int from = 0;
                while (from < part.rows().size() && from < firstRows.size() - 1
                        && sameText(inColumns(part.rows().get(from), columns), firstRows.get(from))) {
                    from++;
                }
                if (held != null && from < part.rows().size() && columns.size() == before.size()) {
                    List<String> top = inColumns(part.rows().get(from), columns);
                    if (isRestOf(held, top)) {
                        for (int i = 0; i < top.size(); i++) {
                            String cell = held.get(i);
                            held.set(i, cell.isEmpty() ? top.get(i) : cell + joint(cell, top.get(i)) + top.get(i));
                        }
                        from++;
                    }
                }
                add(part, from);
            }

            void end() {
                if (held != null) {
                    out.row(table, ++row, held);
                }
                out.endTable();
            }

            private void add(RuledTable part, int from) {
                for (List<PlacedCell> cells : part.rows().subList(from, part.rows().size())) {
                    if (held != null) {
                        out.row(table, ++row, held);
                    }
                    held = new ArrayList<>(inColumns(cells, columns));
                }
            }

            private static boolean sameText(List<String> row, List<String> other) {
                return String.join("", row).replaceAll("\\s+", "").equals(String.join("", other).replaceAll("\\s+", ""));
            }

            /**
             * Whether the first row of a page is the rest of the row before: it has labels only, each standing left
             * of that row's first number (a header row repeated on the page has words over the numbers' columns),
             * and none starting an item of its own (表二's "第二十条第（五）项" over the next block).
             */
            private static boolean isRestOf(List<String> row, List<String> top) {
                int firstNumber = 0;
                while (firstNumber < row.size() && !Values.isValue(row.get(firstNumber))) {
                    firstNumber++;
                }
                boolean hasText = false;
                for (int i = 0; i < top.size(); i++) {
                    if (!top.get(i).isEmpty()) {
                        if (i >= firstNumber || ITEM_START.matcher(top.get(i)).find()) {
                            return false;
                        }
                        hasText = true;
                    }
                }
                return hasText && firstNumber < row.size();
            }
        }

        private static void flush(DocumentText out, StringBuilder paragraph) {
            if (!paragraph.isEmpty()) {
                out.paragraph(paragraph.toString());
                paragraph.setLength(0);
            }
        }

        /**
         * Whether a line goes on with the paragraph of the line before: that line runs to the right margin, or stops
         * short of it only because this line's first word would not have fitted ("…采用率" then "96.4%。" in
         * ragged-right text), and ends no sentence; and this one is not indented and starts no heading or numbered
         * item.
         */
        private static boolean continues(TextLine previous, TextLine line, float leftMargin, float rightMargin) {
            float size = Math.max(previous.size(), line.size());
            boolean full = previous.right() >= rightMargin - 2 * size
                    || previous.right() + line.firstWord() > rightMargin - size * 0.25f;
            return full
                    && SENTENCE_ENDS.indexOf(previous.text().charAt(previous.text().length() - 1)) < 0
                    && line.left() <= leftMargin + size * 0.75f
                    && !ITEM_START.matcher(line.text()).find();
        }

        /** The page's lines and tables, top to bottom. */
        private static List<Item> items(Page page) {
            List<Grid> grids = grids(page);
            List<Item> items = new ArrayList<>();
            Map<Grid, List<Glyph>> inTables = new HashMap<>();
            List<Glyph> outside = new ArrayList<>();
            for (Glyph glyph : page.glyphs()) {
                Grid grid = grids.stream().filter(g -> g.holds(glyph)).findFirst().orElse(null);
                if (grid == null) {
                    outside.add(glyph);
                } else {
                    inTables.computeIfAbsent(grid, g -> new ArrayList<>()).add(glyph);
                }
            }
            for (Grid grid : grids) {
                if (inTables.containsKey(grid)) {
                    items.add(new RuledTable(grid.top(), grid.columns(), rows(grid, inTables.get(grid))));
                }
            }
            items.addAll(page.pictures());
            for (List<Glyph> line : lines(outside)) {
                items.add(textLine(line));
            }
            items.sort(Comparator.comparingDouble(Item::top));
            return items;
        }

        /** The ruled tables of a page: runs of horizontal rules that vertical rules join. */
        private static List<Grid> grids(Page page) {
            List<Float> ys = new ArrayList<>();
            for (Rule rule : page.horizontal()) {
                if (ys.isEmpty() || rule.at() - ys.get(ys.size() - 1) > RULE_TOLERANCE) {
                    ys.add(rule.at());
                }
            }
            List<Grid> grids = new ArrayList<>();
            List<Float> run = new ArrayList<>();
            for (float y : ys) {
                if (!run.isEmpty()) {
                    float above = run.get(run.size() - 1);
                    boolean joined = page.vertical().stream().anyMatch(rule -> rule.from() <= above + RULE_TOLERANCE
                            && rule.to() >= y - RULE_TOLERANCE);
                    if (!joined) {
                        addGrid(page, run, grids);
                        run = new ArrayList<>();
                    }
                }
                run.add(y);
            }
            addGrid(page, run, grids);
            return grids;
        }

        private static void addGrid(Page page, List<Float> rows, List<Grid> grids) {
            if (rows.size() < 2) {
                return;
            }
            float top = rows.get(0);
            float bottom = rows.get(rows.size() - 1);
            List<Rule> vertical = page.vertical().stream()
                    .filter(rule -> rule.to() > top + RULE_TOLERANCE && rule.from() < bottom - RULE_TOLERANCE).toList();
            List<Float> columns = new ArrayList<>();
            vertical.stream().map(Rule::at).sorted().forEach(x -> {
                if (columns.isEmpty() || x - columns.get(columns.size() - 1) > RULE_TOLERANCE) {
                    columns.add(x);
                }
            });
            if (columns.size() >= 2) {
                List<Rule> horizontal = page.horizontal().stream()
                        .filter(rule -> rule.at() >= top - RULE_TOLERANCE && rule.at() <= bottom + RULE_TOLERANCE).toList();
                grids.add(new Grid(List.copyOf(rows), List.copyOf(columns), horizontal, vertical));
            }
        }

        /** A ruled table's rows: each band's cells where they start, a cell's lines joined. */
        private static List<List<PlacedCell>> rows(Grid grid, List<Glyph> glyphs) {
            int bands = grid.rows().size() - 1;
            List<Map<Integer, List<Glyph>>> cells = new ArrayList<>();
            for (int band = 0; band < bands; band++) {
                cells.add(new TreeMap<>());
            }
            for (Glyph glyph : glyphs) {
                int band = grid.band(glyph.middleX(), glyph.middleY());
                cells.get(band).computeIfAbsent(grid.cellColumn(band, glyph.middleX()), c -> new ArrayList<>()).add(glyph);
            }
            List<List<PlacedCell>> rows = new ArrayList<>();
            for (Map<Integer, List<Glyph>> band : cells) {
                List<PlacedCell> row = new ArrayList<>();
                band.forEach((column, cell) -> row.add(new PlacedCell(grid.columns().get(column), cellText(cell))));
                rows.add(row);
            }
            return rows;
        }

        /** A row's cells laid out in the table's columns, a cell's text in the column where it starts. */
        private static List<String> inColumns(List<PlacedCell> cells, List<Float> columns) {
            List<String> row = new ArrayList<>(Collections.nCopies(columns.size() - 1, ""));
            for (PlacedCell cell : cells) {
                int nearest = 0;
                for (int i = 1; i < columns.size() - 1; i++) {
                    if (Math.abs(columns.get(i) - cell.x()) < Math.abs(columns.get(nearest) - cell.x())) {
                        nearest = i;
                    }
                }
                row.set(nearest, cell.text());
            }
            return row;
        }

        /** The columns of a table continued on a page: those of its part on the page before and of this part. */
        private static List<Float> union(List<Float> before, List<Float> now) {
            List<Float> all = new ArrayList<>(before);
            all.addAll(now);
            all.sort(Float::compare);
            List<Float> merged = new ArrayList<>();
            for (float x : all) {
                if (merged.isEmpty() || x - merged.get(merged.size() - 1) > RULE_TOLERANCE * 2) {
                    merged.add(x);
                }
            }
            return merged;
        }

        /** A cell's text: its lines, top to bottom, joined as one. */
        private static String cellText(List<Glyph> glyphs) {
            StringBuilder text = new StringBuilder();
            for (List<Glyph> line : lines(glyphs)) {
                String printed = String.join(" ", split(line));
                if (!text.isEmpty()) {
                    text.append(joint(text, printed));
                }
                text.append(printed);
            }
            return text.toString();
        }

        /** Glyphs grouped into lines by their baselines, top to bottom, each line left to right. */
        private static List<List<Glyph>> lines(List<Glyph> glyphs) {
            List<Glyph> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
            List<List<Glyph>> lines = new ArrayList<>();
            List<Glyph> line = new ArrayList<>();
            float baseline = 0;
            for (Glyph glyph : sorted) {
                if (!line.isEmpty() && glyph.y() - baseline > 0.4f * glyph.size()) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                if (line.isEmpty()) {
                    baseline = glyph.y();
                }
                line.add(glyph);
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            for (List<Glyph> each : lines) {
                each.sort(Comparator.comparingDouble(Glyph::x));
            }
            return lines;
        }

        private static TextLine textLine(List<Glyph> line) {
            float size = (float) line.stream().mapToDouble(Glyph::size).max().orElse(1);
            float top = (float) line.stream().mapToDouble(glyph -> glyph.y() - glyph.size()).min().orElse(0);
            return new TextLine(split(line), line.get(0).x(), line.get(line.size() - 1).right(), size, top,
                    firstWord(line));
        }

        /** The width of the glyphs a line starts with that it could not break between (no space between them). */
        private static float firstWord(List<Glyph> line) {
            boolean word = isWordChar(line.get(0).text().charAt(0));
            int end = 1;
            while (end < line.size() && line.get(end).x() - line.get(end - 1).right() <= line.get(end).size() * 0.2f) {
                char c = line.get(end).text().charAt(0);
                if (!(word ? isUnbreakable(c) : NO_BREAK_BEFORE.indexOf(c) >= 0)) {
                    break;
                }
                end++;
            }
            return line.get(end - 1).right() - line.get(0).x();
        }

        /** A character a line does not break before, after a number or word: its own letters, digits and marks. */
        private static boolean isUnbreakable(char c) {
            return (c < 0x80 && !Character.isWhitespace(c)) || NO_BREAK_BEFORE.indexOf(c) >= 0;
        }

        /**
         * A line's text, split into cells where the gap between two glyphs is wider than the line's average glyph;
         * a narrower gap wider than a fifth of the font size is a space.
         */
        private static List<String> split(List<Glyph> line) {
            double average = line.stream().mapToDouble(Glyph::width).average().orElse(0);
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            Glyph previous = null;
            for (Glyph glyph : line) {
                if (previous != null) {
                    float gap = glyph.x() - previous.right();
                    if (gap > Math.max(average, glyph.size() * 0.6f)) {
                        cells.add(cell.toString());
                        cell.setLength(0);
                    } else if (gap > glyph.size() * 0.2f) {
                        cell.append(' ');
                    }
                }
                cell.append(glyph.text());
                previous = glyph;
            }
            cells.add(cell.toString());
            return cells;
        }

        /**
         * Leaves out running headers and footers: the lines at a page's top or bottom, with nothing but other such
         * lines between them and the edge, that are a page number ("第 3 页", "— 5 —", "3/12", a lone number) or
         * come back in the same place on other pages with only their digits changed (the title on the first page is
         * no running header, though the header repeats it). They are looked for in a band of the page's
         * height wide enough for the footer of an official document (GB/T 9704) and of a landscape page. A picture
         * drawn on more than one page (a watermark, a letterhead's background) is page furniture too: a table pasted
         * as a picture is drawn once.
         */
        private void dropFurniture(List<List<Item>> items) {
            Map<String, Integer> pagesWith = new HashMap<>();
            Map<COSBase, Integer> pagesDrawing = new IdentityHashMap<>();
            for (int p = 0; p < items.size(); p++) {
                for (Item item : items.get(p)) {
                    if (item instanceof TextLine line && inMarginBand(line, pages.get(p).height())) {
                        pagesWith.merge(digitsAsOne(line), 1, Integer::sum);
                    }
                }
                items.get(p).stream().filter(item -> item instanceof Picture).map(item -> ((Picture) item).image())
                        .distinct().forEach(image -> pagesDrawing.merge(image, 1, Integer::sum));
            }
            for (int p = 0; p < items.size(); p++) {
                float height = pages.get(p).height();
                List<Item> page = items.get(p);
                page.removeIf(item -> item instanceof Picture picture && pagesDrawing.get(picture.image()) > 1);
                Predicate<Item> furniture = item -> item instanceof TextLine line && inMarginBand(line, height)
                        && (isPageNumber(line.text()) || pagesWith.get(digitsAsOne(line)) > 1);
                while (!page.isEmpty() && furniture.test(page.get(0))) {
                    page.remove(0);
                }
                while (!page.isEmpty() && furniture.test(page.get(page.size() - 1))) {
                    page.remove(page.size() - 1);
                }
            }
        }

        /** A running line as it comes back on every page: its text with any number in it, where it stands. */
        private static String digitsAsOne(TextLine line) {
            return line.text().replaceAll("\\d+", "#") + "@" + Math.round(line.top() / RULE_TOLERANCE / 2);
        }

        private static boolean inMarginBand(TextLine line, float height) {
            return line.top() < height * MARGIN_BAND || line.top() + line.size() > height * (1 - MARGIN_BAND);
        }

        private static boolean isPageNumber(String text) {
            return PageFurniture.isPageNumber(text.replaceAll("\\s+", ""));
        }

        /** What joins a line to the one before in a paragraph or cell: a space between two words, else nothing. */
        private static String joint(CharSequence before, String after) {
            char last = before.charAt(before.length() - 1);
            return !after.isEmpty() && isWordChar(last) && isWordChar(after.charAt(0)) ? " " : "";
        }

        private static boolean isWordChar(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }
    }
}
