package org.xxgk.checker.ingest;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.xxgk.checker.ingest.TwinGenerator.Block;
import org.xxgk.checker.ingest.TwinGenerator.Heading;
import org.xxgk.checker.ingest.TwinGenerator.Paragraph;
import org.xxgk.checker.ingest.TwinGenerator.Span;
import org.xxgk.checker.ingest.TwinGenerator.TableRows;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the PDF twins of the text reports in {@code fixtures/reports} (to {@code fixtures/reports-pdf}) and the PDF
 * fixtures of the rules, laid out as Word or WPS exports a report: A4 pages with Word's default margins, the
 * title centred, paragraphs with a first-line indent wrapped and justified to the margins, tables with ruled cell
 * borders and merged cells (as {@link TwinGenerator#spans} draws them), label text wrapping inside narrow cells, a
 * table broken over pages where it does not fit, a running header and the page number in the footer. The Chinese
 * text needs a TrueType CJK font, embedded as a subset: WenQuanYi Zen Hei ({@code apt-get install fonts-wqy-zenhei}),
 * or the one named by the system property {@code xxgk.cjkFont}. Only this generator needs it, not the tests. Run:
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.xxgk.checker.ingest.PdfTwinGenerator
 * </pre>
 * The files are the same from run to run: the document id is fixed and no dates are written.
 */
public final class PdfTwinGenerator {
    static final Path PDF = Path.of("fixtures/reports-pdf");
    private static final Path INPUT_RULES = Path.of("fixtures/rules");
    static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    /** Word's default page margins for A4: 2.54 cm at top and bottom, 3.17 cm left and right. */
    private static final float TOP = 72;
    private static final float BOTTOM = 72;
    private static final float LEFT = 90;
    private static final float TEXT_WIDTH = WIDTH - 2 * LEFT;
    private static final float BODY_SIZE = 12;
    private static final float TABLE_SIZE = 9;
    private static final float PADDING = 2.5f;

    private PdfTwinGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(PDF);
        for (Path report : TwinGenerator.textReports()) {
            String name = report.getFileName().toString().replaceFirst("\\.txt$", "");
            Files.write(PDF.resolve(name + ".pdf"), pdf(TwinGenerator.blocks(Files.readString(report, StandardCharsets.UTF_8))));
        }
        List<Block> shortReport = TwinGenerator.blocks(Files.readString(
                INPUT_RULES.resolve("INPUT-01/pass-short-report.txt"), StandardCharsets.UTF_8));
        Files.write(INPUT_RULES.resolve("INPUT-04/pass-short-report-pdf.pdf"), pdf(shortReport));
        Files.write(INPUT_RULES.resolve("INPUT-04/pass-owner-password-only.pdf"),
                encrypted(pdf(shortReport), "", "owner"));
        Files.write(INPUT_RULES.resolve("INPUT-04/fail-password-protected-pdf.pdf"),
                encrypted(pdf(shortReport), "xxgk", "owner"));
        Files.write(INPUT_RULES.resolve("INPUT-02/fail-scanned-pdf.pdf"), scanned());

        List<Block> seed = TwinGenerator.blocks(Files.readString(
                TwinGenerator.REPORTS.resolve("2024-laocheng.txt"), StandardCharsets.UTF_8));
        // 表三 pasted as a screenshot in its place, as exported from Word
        Block table3 = seed.stream().filter(block -> block instanceof TableRows).skip(1).findFirst().orElseThrow();
        List<Block> withoutTable3 = new ArrayList<>(seed);
        withoutTable3.remove(table3);
        byte[] table3AsPicture = pdf(withoutTable3, Map.of(seed.indexOf(table3), tablePicture()));
        Files.write(INPUT_RULES.resolve("INPUT-07/fail-table-three-as-an-image-in-a-pdf.pdf"), table3AsPicture);
        Files.write(INPUT_RULES.resolve("STR-04/pass-table-three-as-an-image-in-a-pdf.pdf"), table3AsPicture);
        // the emblem above the title and the seal at the end, beside tables of text
        Files.write(INPUT_RULES.resolve("INPUT-07/pass-seal-and-emblem-beside-tables-of-text.pdf"),
                pdf(seed, Map.of(0, emblem(), seed.size(), seal())));
    }

    /** A picture in the text's flow, centred: the image and the size it is drawn at, in points. */
    record Picture(BufferedImage image, float width, float height) {
    }

    /** The report as a PDF file exported from Word. */
    static byte[] pdf(List<Block> blocks) {
        return pdf(blocks, Map.of());
    }

    /**
     * The report as a PDF file exported from Word, with pictures in its flow.
     *
     * @param picturesBefore the pictures by the index of the block each stands before ({@code blocks.size()}: after
     *                       the last)
     */
    static byte[] pdf(List<Block> blocks, Map<Integer, Picture> picturesBefore) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = font(document);
            Writer writer = new Writer(document, font, title(blocks));
            for (int i = 0; i <= blocks.size(); i++) {
                if (picturesBefore.containsKey(i)) {
                    writer.picture(picturesBefore.get(i));
                }
                if (i == blocks.size()) {
                    break;
                }
                Block block = blocks.get(i);
                if (block instanceof Heading heading) {
                    writer.heading(heading);
                } else if (block instanceof Paragraph paragraph) {
                    writer.paragraph(paragraph.text(), BODY_SIZE, 2 * BODY_SIZE);
                } else if (block instanceof TableRows table) {
                    writer.table(table);
                } else {
                    throw new IllegalArgumentException("HTML has no place in a PDF file: " + block);
                }
            }
            writer.finish();
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF protected by a user password (empty: it opens without one) and an owner password. */
    static byte[] encrypted(byte[] pdf, String userPassword, String ownerPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(false);
            permission.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permission);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A scanned report: pages that hold only an image and no text. */
    static byte[] scanned() throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                byte[] pixels = new byte[64 * 64];
                Arrays.fill(pixels, (byte) 0xF0);
                PDImageXObject image = LosslessFactory.createFromImage(document, gray(pixels, 64));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, LEFT, BOTTOM, TEXT_WIDTH, HEIGHT - TOP - BOTTOM);
                }
            }
            return save(document);
        }
    }

    /** A screenshot of a table as wide as the text: 28 rows of ruled cells, 表三's, at twice the points' resolution. */
    static Picture tablePicture() {
        int rows = 28;
        int[] columns = {0, 250, 340, 420, 500, 580, 660, 740, 829};
        BufferedImage image = new BufferedImage(830, rows * 36 + 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        for (int r = 0; r <= rows; r++) {
            g.drawLine(0, r * 36, image.getWidth() - 1, r * 36);
        }
        for (int x : columns) {
            g.drawLine(x, 0, x, image.getHeight() - 1);
        }
        g.dispose();
        return new Picture(image, TEXT_WIDTH, image.getHeight() / 2f);
    }

    /** An emblem above the title, 2 cm across. */
    static Picture emblem() {
        BufferedImage image = new BufferedImage(113, 113, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC8, 0x10, 0x2E));
        g.fillOval(0, 0, 112, 112);
        g.setColor(new Color(0xFF, 0xD7, 0x00));
        g.fillOval(28, 28, 56, 56);
        g.dispose();
        return new Picture(image, 57, 57);
    }

    /** An organisation's seal, 4.2 cm across (GB/T 9704): a red ring. */
    static Picture seal() {
        BufferedImage image = new BufferedImage(238, 238, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE0, 0x20, 0x20));
        g.setStroke(new BasicStroke(8));
        g.drawOval(4, 4, 229, 229);
        g.fillOval(99, 99, 40, 40);
        g.dispose();
        return new Picture(image, 119, 119);
    }

    private static BufferedImage gray(byte[] pixels, int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, side, side, pixels);
        return image;
    }

    private static byte[] save(PDDocument document) throws IOException {
        // a fixed id, so that the file is the same from run to run
        COSArray id = new COSArray();
        id.add(new COSString("xxgk-checker-twin".getBytes(StandardCharsets.US_ASCII)));
        id.add(new COSString("xxgk-checker-twin".getBytes(StandardCharsets.US_ASCII)));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static String title(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Heading h && h.level() == 1)
                .map(b -> ((Heading) b).text()).findFirst().orElse("");
    }

    /** The CJK font, embedded as a subset of the glyphs used. */
    static PDFont font(PDDocument document) throws IOException {
        String named = System.getProperty("xxgk.cjkFont");
        List<Path> candidates = named != null ? List.of(Path.of(named)) : FONTS;
        for (Path file : candidates) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            if (file.toString().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> first[0] = first[0] == null ? font : first[0]);
                return PDType0Font.load(document, first[0], true);
            }
            return PDType0Font.load(document, file.toFile());
        }
        throw new IOException("no CJK TrueType font: apt-get install fonts-wqy-zenhei, or -Dxxgk.cjkFont=FILE");
    }

    /** Lays blocks out on pages, top to bottom, starting a page where the next line or table row does not fit. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont font;
        private final String header;
        private PDPageContentStream content;
        private float y;
        private int pageNumber;

        Writer(PDDocument document, PDFont font, String header) throws IOException {
            this.document = document;
            this.font = font;
            this.header = header;
            newPage();
        }

        void heading(Heading heading) throws IOException {
            if (heading.level() == 1) {
                float size = 16;
                List<String> lines = wrap(heading.text(), size, TEXT_WIDTH, 0);
                for (String line : lines) {
                    room(size * 1.6f);
                    y -= size * 1.6f;
                    text(line, (WIDTH - width(line, size)) / 2, y, size, 0);
                }
                y -= size * 0.6f;
                return;
            }
            paragraph(heading.text(), 14 - heading.level(), 0);
        }

        /** A paragraph: lines justified to both margins, the last one left as it ends. */
        void paragraph(String text, float size, float indent) throws IOException {
            float leading = size * 1.5f;
            List<String> lines = wrap(text, size, TEXT_WIDTH, indent);
            for (int i = 0; i < lines.size(); i++) {
                room(leading);
                y -= leading;
                String line = lines.get(i);
                float x = LEFT + (i == 0 ? indent : 0);
                float spacing = 0;
                if (i < lines.size() - 1 && line.length() > 1) {
                    spacing = (LEFT + TEXT_WIDTH - x - width(line, size)) / (line.length() - 1);
                }
                if (spacing > size * 0.12f) {
                    // a line cut short by a long Latin run stays ragged rather than spaced out
                    spacing = 0;
                }
                text(line, x, y, size, spacing);
            }
        }

        /** A table: cells ruled on all sides, merged as {@link TwinGenerator#spans} merges them. */
        void table(TableRows table) throws IOException {
            List<List<Span>> starting = TwinGenerator.spans(table);
            int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
            float[] widths = columnWidths(table, starting, columns);
            float[] xs = new float[columns + 1];
            xs[0] = LEFT;
            for (int c = 0; c < columns; c++) {
                xs[c + 1] = xs[c] + widths[c];
            }
            float leading = TABLE_SIZE * 1.3f;
            int rowCount = starting.size();
            float[] heights = new float[rowCount];
            List<Span> all = starting.stream().flatMap(List::stream).toList();
            for (Span span : all) {
                float needed = lines(span, xs).size() * leading + 2 * PADDING;
                if (span.rows() == 1) {
                    heights[span.row()] = Math.max(heights[span.row()], needed);
                }
            }
            for (int r = 0; r < rowCount; r++) {
                heights[r] = Math.max(heights[r], leading + 2 * PADDING);
            }
            for (Span span : all) {
                float needed = lines(span, xs).size() * leading + 2 * PADDING;
                float has = 0;
                for (int r = span.row(); r < span.row() + span.rows(); r++) {
                    has += heights[r];
                }
                if (needed > has) {
                    heights[span.row() + span.rows() - 1] += needed - has;
                }
            }
            y -= 6;
            boolean firstOnPage = true;
            for (int r = 0; r < rowCount; r++) {
                if (y - heights[r] < BOTTOM) {
                    newPage();
                    firstOnPage = true;
                }
                float top = y;
                float bottom = y - heights[r];
                boolean lastOnPage = r == rowCount - 1 || bottom - heights[r + 1] < BOTTOM;
                for (Span span : all) {
                    if (r < span.row() || r >= span.row() + span.rows()) {
                        continue;
                    }
                    float x0 = xs[span.column()];
                    float x1 = xs[span.column() + span.columns()];
                    line(x0, top, x0, bottom);
                    line(x1, top, x1, bottom);
                    if (r == span.row() || firstOnPage) {
                        line(x0, top, x1, top);
                    }
                    if (r == span.row() + span.rows() - 1 || lastOnPage) {
                        line(x0, bottom, x1, bottom);
                    }
                    if (r == span.row()) {
                        float baseline = top - PADDING - TABLE_SIZE;
                        boolean value = Values.isValue(span.text());
                        for (String text : lines(span, xs)) {
                            float x = value ? (x0 + x1 - width(text, TABLE_SIZE)) / 2 : x0 + PADDING;
                            text(text, x, baseline, TABLE_SIZE, 0);
                            baseline -= leading;
                        }
                    }
                }
                y = bottom;
                firstOnPage = false;
            }
            y -= 6;
        }

        private List<String> lines(Span span, float[] xs) throws IOException {
            float width = xs[span.column() + span.columns()] - xs[span.column()] - 2 * PADDING;
            return span.text().isEmpty() ? List.of() : wrap(span.text(), TABLE_SIZE, width, 0);
        }

        /**
         * Column widths as Word's autofit sets them: each column as wide as its widest one-column text, but where
         * they do not all fit, the widest are narrowed to one width, so that their labels wrap.
         */
        private float[] columnWidths(TableRows table, List<List<Span>> starting, int columns) throws IOException {
            float[] natural = new float[columns];
            Arrays.fill(natural, 14 + 2 * PADDING);
            for (List<Span> row : starting) {
                for (Span span : row) {
                    if (span.columns() == 1) {
                        natural[span.column()] = Math.max(natural[span.column()],
                                width(span.text(), TABLE_SIZE) + 2 * PADDING + 1);
                    }
                }
            }
            float low = 0;
            float high = TEXT_WIDTH;
            for (int i = 0; i < 40; i++) {
                float cap = (low + high) / 2;
                float sum = 0;
                for (float w : natural) {
                    sum += Math.min(w, cap);
                }
                if (sum > TEXT_WIDTH) {
                    high = cap;
                } else {
                    low = cap;
                }
            }
            float[] widths = new float[columns];
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.min(natural[c], low);
            }
            return widths;
        }

        /** A picture centred in the text column, on the next page where it does not fit on this one. */
        void picture(Picture picture) throws IOException {
            room(picture.height() + 12);
            y -= picture.height() + 6;
            PDImageXObject image = LosslessFactory.createFromImage(document, picture.image());
            content.drawImage(image, (WIDTH - picture.width()) / 2, y, picture.width(), picture.height());
            y -= 6;
        }

        void finish() throws IOException {
            content.close();
        }

        /** Moves to a new page when the next thing, this high, does not fit. */
        private void room(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pageNumber++;
            // the running header with a rule below it, and the page number in the footer
            float headerSize = 9;
            text(header, (WIDTH - width(header, headerSize)) / 2, HEIGHT - 42, headerSize, 0);
            line(LEFT, HEIGHT - 46, WIDTH - LEFT, HEIGHT - 46);
            String number = "- " + pageNumber + " -";
            text(number, (WIDTH - width(number, 10.5f)) / 2, 40, 10.5f, 0);
            y = HEIGHT - TOP;
        }

        private void text(String text, float x, float baseline, float size, float spacing) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setCharacterSpacing(spacing);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        private void line(float x0, float y0, float x1, float y1) throws IOException {
            content.setLineWidth(0.5f);
            content.moveTo(x0, y0);
            content.lineTo(x1, y1);
            content.stroke();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * Text broken into lines that fit: between any two characters of Chinese, but not inside a run of Latin
         * letters or digits, nor next to a space (a line never starts or ends with one).
         */
        private List<String> wrap(String text, float size, float width, float indent) throws IOException {
            List<String> tokens = tokens(text);
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float room = width - indent;
            for (String token : tokens) {
                if (!line.isEmpty() && width(line + token, size) > room) {
                    lines.add(line.toString());
                    line.setLength(0);
                    room = width;
                }
                line.append(token);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        /** The units a line may break between: a Chinese character, or a Latin run, glued to its neighbours by spaces. */
        private static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            Function<Character, Boolean> latin = c -> c < 0x80 && c != ' ';
            int i = 0;
            while (i < text.length()) {
                int end = i + 1;
                if (latin.apply(text.charAt(i))) {
                    while (end < text.length() && latin.apply(text.charAt(end))) {
                        end++;
                    }
                }
                // a space and what follows it stay with the token before
                while (end < text.length() && text.charAt(end) == ' ') {
                    while (end < text.length() && text.charAt(end) == ' ') {
                        end++;
                    }
                    if (end < text.length()) {
                        int next = end + 1;
                        if (latin.apply(text.charAt(end))) {
                            while (next < text.length() && latin.apply(text.charAt(next))) {
                                next++;
                            }
                        }
                        end = next;
                    }
                }
                tokens.add(text.substring(i, end));
                i = end;
            }
            return tokens;
        }
    }
}
