package org.xxgk.checker.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the web page of a web archive: a page saved as a single file (.mht, a MIME message of type
 * multipart/related, as Word and browsers save one), whose first part of type text/html is the page, written
 * quoted-printable, in base64 or as it is. The pictures and other files of the page are not read.
 */
final class WebArchive {
    /** How deep multiparts may stand in one another: an archive has one, a page with alternatives two. */
    private static final int MAX_DEPTH = 4;
    private static final Pattern BOUNDARY = parameter("boundary");
    private static final Pattern CHARSET = parameter("charset");

    private WebArchive() {
    }

    /** The page's text, decoded as its part declares or else as a page is; null when the archive holds no page. */
    static String page(byte[] archive) {
        // one byte a character: headers and delimiters are ASCII, and each part's bytes are taken back unchanged
        String message = new String(archive, StandardCharsets.ISO_8859_1);
        return page(message, 0, message.length(), 0);
    }

    /** The page in the MIME entity of message[from, to): its headers, a blank line, its body. */
    private static String page(String message, int from, int to, int depth) {
        Map<String, String> headers = new HashMap<>();
        int body = headers(message, from, to, headers);
        String contentType = headers.getOrDefault("content-type", "text/plain");
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            Matcher boundary = BOUNDARY.matcher(contentType);
            return depth < MAX_DEPTH && boundary.find() ? firstPage(message, body, to, value(boundary), depth) : null;
        }
        if (!type.equals("text/html")) {
            return null;
        }
        byte[] html = switch (headers.getOrDefault("content-transfer-encoding", "").strip().toLowerCase(Locale.ROOT)) {
            case "quoted-printable" -> quotedPrintable(message, body, to);
            case "base64" -> base64(message.substring(body, to));
            case "", "7bit", "8bit", "binary" -> message.substring(body, to).getBytes(StandardCharsets.ISO_8859_1);
            // an encoding not known is not guessed at
            default -> null;
        };
        if (html == null) {
            return null;
        }
        Matcher charset = CHARSET.matcher(contentType);
        Charset declared = charset.find() ? TextDecoder.charsetNamed(value(charset)) : null;
        String text = declared == null ? null : TextDecoder.strict(html, 0, declared);
        return text != null ? text : HtmlSource.decode(html);
    }

    /** The first page among the parts of a multipart body, message[from, to), which the boundary delimits. */
    private static String firstPage(String message, int from, int to, String boundary, int depth) {
        String delimiter = "--" + boundary;
        int line = message.startsWith(delimiter, from) ? from : lineStarting(message, delimiter, from, to);
        while (line >= 0 && !message.startsWith(delimiter + "--", line)) {
            int start = message.indexOf('\n', line);
            if (start < 0 || start >= to) {
                return null;
            }
            int next = lineStarting(message, delimiter, start, to);
            int end = next < 0 ? to : next - 1;
            if (end > start + 1 && message.charAt(end - 1) == '\r') {
                end--;
            }
            String page = page(message, start + 1, Math.max(start + 1, end), depth + 1);
            if (page != null) {
                return page;
            }
            line = next;
        }
        return null;
    }

    /** Where the next line of message[from, to) that starts with the text starts, or -1. */
    private static int lineStarting(String message, String text, int from, int to) {
        int at = message.indexOf("\n" + text, from);
        return at < 0 || at + 1 + text.length() > to ? -1 : at + 1;
    }

    /**
     * Reads the headers of the entity that starts at {@code from} into the map (names in lower case, folded lines
     * joined); answers where its body starts, after the blank line.
     */
    private static int headers(String message, int from, int to, Map<String, String> headers) {
        int at = from;
        String name = null;
        while (at < to) {
            int end = message.indexOf('\n', at);
            int next = end < 0 || end >= to ? to : end + 1;
            String line = message.substring(at, end < 0 || end >= to ? to : end).stripTrailing();
            at = next;
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                headers.merge(name, " " + line.strip(), String::concat);
            } else if (line.indexOf(':') > 0) {
                name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                headers.put(name, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return at;
    }

    /**
     * Decodes quoted-printable text: "=" and two hexadecimal digits is a byte, "=" at the end of a line joins it to
     * the next (a soft line break), in CRLF or LF alone; other text, a line break and a stray "=" too, is as it is.
     */
    private static byte[] quotedPrintable(String text, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '=') {
                int after = i + 1;
                while (after < to && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                    after++;
                }
                if (after == to || text.charAt(after) == '\n' || text.charAt(after) == '\r') {
                    i = after < to && text.charAt(after) == '\r' && after + 1 < to && text.charAt(after + 1) == '\n'
                            ? after + 1 : after;
                    continue;
                }
                int high = i + 2 < to ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (low >= 0) {
                    out.write(high * 16 + low);
                    i += 2;
                    continue;
                }
            }
            out.write(c);
        }
        return out.toByteArray();
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A parameter of a header ("boundary=…", "charset=\"gb2312\""), quoted or not. */
    private static Pattern parameter(String name) {
        return Pattern.compile(";\\s*" + name + "\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    }

    /** The value of a parameter found by {@link #parameter}. */
    private static String value(Matcher parameter) {
        return parameter.group(1) != null ? parameter.group(1) : parameter.group(2);
    }
}
