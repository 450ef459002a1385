package org.xxgk.checker.ingest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a source is, recognised from its content whatever the file is called. Needs no parser of the documents, so
 * that reading a text report never loads one.
 */
enum SourceKind {
    /** A ZIP archive holding a Word document: a .docx file. */
    DOCX,
    /** A ZIP archive that is no Word document. */
    OTHER_ZIP,
    /** An OLE2 compound file: a Word 97–2003 file, or an Office document encrypted with a password. */
    COMPOUND_FILE,
    /** A PDF file: its header {@code %PDF-1.x} within its first kilobyte, as readers accept it after stray bytes. */
    PDF,
    /** Anything else: a text report or a web page, told apart once decoded ({@link #isHtml}). */
    TEXT;

    /** The part every .docx file has. */
    static final String DOCX_PART = "word/document.xml";

    /** How far into a file a PDF reader looks for the header. */
    private static final int PDF_HEADER_WITHIN = 1024;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final Pattern HTML_START = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|meta|table)[\\s>/]", Pattern.CASE_INSENSITIVE);

    static SourceKind of(byte[] bytes) {
        if (TextDecoder.startsWith(bytes, 'P', 'K', 3, 4)) {
            List<ZipEntry> entries = zipEntries(bytes);
            if (entries != null) {
                return entries.stream().anyMatch(entry -> entry.name().equals(DOCX_PART)) ? DOCX : OTHER_ZIP;
            }
        }
        if (TextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return COMPOUND_FILE;
        }
        if (hasPdfHeader(bytes)) {
            return PDF;
        }
        return TEXT;
    }

    /** Whether "%PDF-" and a digit stand within the first kilobyte. */
    private static boolean hasPdfHeader(byte[] bytes) {
        int end = Math.min(bytes.length, PDF_HEADER_WITHIN) - 5;
        for (int at = 0; at < end; at++) {
            if (bytes[at] == '%' && bytes[at + 1] == 'P' && bytes[at + 2] == 'D' && bytes[at + 3] == 'F'
                    && bytes[at + 4] == '-' && Character.isDigit(bytes[at + 5])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether decoded text is a web page (or a fragment of one): it starts with a tag, and an html, head, body,
     * meta or table tag or a doctype comes near the start.
     */
    static boolean isHtml(String text) {
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        if (start == text.length() || text.charAt(start) != '<') {
            return false;
        }
        String head = text.substring(start, Math.min(text.length(), start + 2048)).toLowerCase(Locale.ROOT);
        return HTML_START.matcher(head).find();
    }

    /**
     * How large a ZIP archive's entries are together once unpacked, by its central directory (nothing is
     * decompressed); 0 when the bytes are no readable archive.
     */
    static long unpackedSize(byte[] bytes) {
        List<ZipEntry> entries = zipEntries(bytes);
        return entries == null ? 0 : entries.stream().mapToLong(ZipEntry::unpackedSize).sum();
    }

    /** An entry of a ZIP archive's central directory; a size of 0xFFFFFFFF stands for 4 GB or more (ZIP64). */
    private record ZipEntry(String name, long unpackedSize) {
    }

    /** The entries of a ZIP archive, by its central directory; {@code null} when the bytes are no readable archive. */
    private static List<ZipEntry> zipEntries(byte[] bytes) {
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xFFFF); at--) {
            if (zip.getInt(at) == END_OF_CENTRAL_DIRECTORY) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int count = Short.toUnsignedInt(zip.getShort(end + 10));
        long at = Integer.toUnsignedLong(zip.getInt(end + 16));
        List<ZipEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (at + 46 > bytes.length || zip.getInt((int) at) != CENTRAL_HEADER) {
                return null;
            }
            int p = (int) at;
            int nameLength = Short.toUnsignedInt(zip.getShort(p + 28));
            if (p + 46 + nameLength > bytes.length) {
                return null;
            }
            entries.add(new ZipEntry(new String(bytes, p + 46, nameLength, StandardCharsets.UTF_8),
                    Integer.toUnsignedLong(zip.getInt(p + 24))));
            at += 46L + nameLength + Short.toUnsignedInt(zip.getShort(p + 30)) + Short.toUnsignedInt(zip.getShort(p + 32));
        }
        return entries;
    }
}
