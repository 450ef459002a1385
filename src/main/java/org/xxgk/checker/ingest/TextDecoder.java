package org.xxgk.checker.ingest;

import org.xxgk.checker.report.ReadProblem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Turns a source's bytes into text without being told the encoding: a byte-order mark decides when there is one;
 * otherwise UTF-16 is recognised by where its zero and CJK bytes fall, then strict UTF-8 is tried, then GB18030
 * (which covers GBK and GB2312), then UTF-8 with a few damaged bytes, which are read as U+FFFD and named in the
 * encoding. Bytes that are none of these, or carry a known binary signature, are not text.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Reads eight bytes of an array as one long ({@link #hasZeroByte}). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** How a text read as UTF-8 with damaged bytes names them in its encoding, which rule INPUT-05 reports. */
    private static final String DAMAGED_BYTES = "处字节无法解码，按“\uFFFD”读取";

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        if (bytes.length == 0) {
            return problem(ReadProblem.Kind.EMPTY, "0 字节");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictOrBinary(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictOrBinary(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictOrBinary(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        String signature = binarySignature(bytes);
        if (signature != null) {
            return problem(ReadProblem.Kind.BINARY, signature);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return strictOrBinary(bytes, 0, utf16, utf16.name());
        }
        // the JDK's own decoding is much faster than a strict decoder; it marks bad bytes with U+FFFD, and only a
        // text with that mark is decoded again, strictly
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        String utf8 = lenient.indexOf('\uFFFD') < 0 ? lenient : strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return text(utf8, "UTF-8");
        }
        String gb18030 = strict(bytes, 0, GB18030);
        if (gb18030 != null) {
            return text(gb18030, "GB18030");
        }
        // UTF-8 but for a damaged byte or a character cut off at the end: read, and the bytes are named
        long damaged = lenient.chars().filter(c -> c == '\uFFFD').count();
        // one in a thousand characters: a GBK text read as UTF-8 has far more, however short
        if (damaged <= Math.max(1, lenient.length() / 1000)) {
            return text(lenient, "UTF-8（" + damaged + " " + DAMAGED_BYTES + "）");
        }
        return problem(ReadProblem.Kind.BINARY, "既不是 UTF-8 也不是 GB18030 编码的文字");
    }

    private static DecodedText strictOrBinary(byte[] bytes, int offset, Charset charset, String name) {
        String text = strict(bytes, offset, charset);
        if (text == null) {
            return problem(ReadProblem.Kind.BINARY, "无法按 " + name + " 解码");
        }
        return text(text, name);
    }

    private static DecodedText text(String text, String encoding) {
        if (looksBinary(text)) {
            return problem(ReadProblem.Kind.BINARY, "含有大量控制字符");
        }
        if (text.isBlank()) {
            return problem(ReadProblem.Kind.EMPTY, "只有空白字符");
        }
        return new DecodedText(text, encoding, null);
    }

    private static DecodedText problem(ReadProblem.Kind kind, String detail) {
        return new DecodedText("", "", new ReadProblem(kind, detail));
    }

    static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text has few control characters besides tab, line breaks and form feed; binary data has many. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        int sample = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            // the one comparison that rules out most characters first
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls > sample / 100 + 1;
    }

    /**
     * Recognises UTF-16 without a byte-order mark: in Chinese text every second byte is the high byte of a CJK
     * character (0x4E–0x9F), of CJK punctuation (0x30) or full-width forms (0xFF), or zero for ASCII.
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length, 8192) / 2;
        if (pairs < 2 || !hasZeroByte(bytes, pairs * 2)) {
            // a report in UTF-16 has line breaks and digits, whose high byte is zero; UTF-8 and GBK never have one
            return null;
        }
        int highEven = 0;
        int highOdd = 0;
        for (int i = 0; i < pairs; i++) {
            if (isUtf16HighByte(bytes[2 * i])) {
                highEven++;
            }
            if (isUtf16HighByte(bytes[2 * i + 1])) {
                highOdd++;
            }
        }
        if (highOdd >= pairs * 0.9 && highEven < pairs * 0.5) {
            return StandardCharsets.UTF_16LE;
        }
        if (highEven >= pairs * 0.9 && highOdd < pairs * 0.5) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean hasZeroByte(byte[] bytes, int length) {
        // eight bytes at a time, as most texts have no zero byte and are looked through to the end: a word has a
        // zero byte exactly when subtracting 1 from each byte sets a high bit that the byte itself did not have
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            if (((word - 0x0101010101010101L) & ~word & 0x8080808080808080L) != 0) {
                return true;
            }
        }
        for (; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf16HighByte(byte b) {
        int v = b & 0xFF;
        return v == 0 || v == 0x30 || v == 0xFF || (v >= 0x4E && v <= 0x9F);
    }

    /** Names a file type by its magic number, for the message that says why it is not read; null for none known. */
    static String binarySignature(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "PDF 文件";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "ZIP 压缩包，但不完整或已损坏";
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "Office 97–2003 二进制文件（如 .doc、.xls）";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "图片文件";
        }
        if (startsWith(bytes, 0x7F, 'E', 'L', 'F') || startsWith(bytes, 'M', 'Z')) {
            return "可执行文件";
        }
        return null;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The charset a document declares by name ("gb2312", "GBK"), or {@code null} when Java knows none by it. */
    static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
