package org.xxgk.checker.ingest;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A PDF file's font cache that looks at each font's ToUnicode map before PDFBox loads the font, and refuses a map
 * with a range of more codes than any map has ("&lt;00000000&gt; &lt;7FFFFFFF&gt; &lt;20&gt;", as a damaged stream
 * decodes): PDFBox would enter its codes one at a time, for a minute or more, and the file is damaged anyway.
 */
final class UnicodeMapGuard extends DefaultResourceCache {
    /**
     * The most codes a range may cover: a range's codes differ only in their last byte (256), and PDFBox reads the
     * common "&lt;0000&gt; &lt;FFFF&gt;" of an identity map as a whole plane.
     */
    private static final long MAX_RANGE = 0x10000;
    /** ToUnicode maps take a few kilobytes; what is not within this much is not looked at. */
    private static final int MAX_MAP_BYTES = 4 << 20;

    private final Set<COSBase> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Thrown through PDFBox's text extraction when a font's ToUnicode map is refused. */
    static final class RunawayUnicodeMap extends RuntimeException {
        RunawayUnicodeMap() {
            super("字体的字符映射表超出范围", null, false, false);
        }
    }

    @Override
    public PDFont getFont(COSObject indirect) {
        // the cache is asked each time a page sets a font: each font's map is read once
        COSBase font = indirect.getObject();
        if (checked.add(font) && font instanceof COSDictionary dictionary
                && dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map && hasRunawayRange(map)) {
            throw new RunawayUnicodeMap();
        }
        return super.getFont(indirect);
    }

    private static boolean hasRunawayRange(COSStream map) {
        byte[] bytes;
        try (InputStream in = map.createInputStream()) {
            bytes = in.readNBytes(MAX_MAP_BYTES);
        } catch (IOException e) {
            // a map that cannot be decoded is left to PDFBox, which passes over it
            return false;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (int at = text.indexOf("beginbfrange"); at >= 0; at = text.indexOf("beginbfrange", at + 1)) {
            int end = text.indexOf("endbfrange", at);
            if (hasRunawayRange(text, at, end < 0 ? text.length() : end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bfrange section, entries of a low code, a high code and a destination (a code or an array), holds
     * a range of more than {@link #MAX_RANGE} codes. Codes are read as PDFBox reads them: hex digits between angle
     * brackets, white space passed over, the bytes shifted into an int.
     */
    private static boolean hasRunawayRange(String text, int from, int to) {
        long[] entry = new long[2];
        int field = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '[') {
                // an array of destinations ends the entry
                int close = text.indexOf(']', i);
                i = close < 0 ? to : close;
                field = 0;
            } else if (c == '<') {
                int close = text.indexOf('>', i);
                close = close < 0 ? to : Math.min(close, to);
                if (field < 2) {
                    entry[field] = code(text, i + 1, close);
                }
                field = field == 2 ? 0 : field + 1;
                if (field == 2 && entry[1] - entry[0] + 1 > MAX_RANGE) {
                    return true;
                }
                i = close;
            }
        }
        return false;
    }

    private static long code(String text, int from, int to) {
        int code = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit >= 0) {
                code = digits % 2 == 0 ? code << 8 | digit << 4 : code | digit;
                digits++;
            }
        }
        return code;
    }
}
