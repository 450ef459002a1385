package org.xxgk.checker.format;

/**
 * Normalises printed labels so that the spellings seen in real reports compare equal: full- and half-width
 * characters, "1、" and "1.", quotes, markdown marks and white space.
 */
public final class Labels {
    /** What {@link #keyChar} gives for a character a key leaves out. */
    private static final int DROPPED = -1;

    private Labels() {
    }

    /** The comparison key of a label: no white space, quotes or markdown marks, half-width forms, "、" read as ".". */
    public static String normalize(CharSequence text) {
        int first = 0;
        while (first < text.length() && keyChar(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            // many labels are printed as their key is: no copy
            return text.toString();
        }
        // a char array rather than a StringBuilder: labels are mostly Chinese, and a builder starts out Latin-1
        char[] out = new char[text.length()];
        int length = 0;
        for (int i = 0; i < first; i++) {
            out[length++] = text.charAt(i);
        }
        for (int i = first; i < text.length(); i++) {
            int c = keyChar(text.charAt(i));
            if (c != DROPPED) {
                out[length++] = (char) c;
            }
        }
        return new String(out, 0, length);
    }

    /** What a character of a label becomes in its key: itself, another character, or {@link #DROPPED}. */
    private static int keyChar(char printed) {
        char c = halfWidth(printed);
        return switch (c) {
            case ' ', '\t', '\u3000', '\u00A0', '\r', '\n', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019',
                 '\u300C', '\u300D', '#', '*' -> DROPPED;
            case '\u3001' -> '.';
            default -> c;
        };
    }

    /**
     * Whether a character is white space as reports print it: Java's white space (which includes the ideographic
     * space U+3000) and the no-break space. Chinese text is mostly characters above U+3000, none of which is white
     * space; they, and the rest of ASCII, are answered without the JDK's character tables.
     */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            // the controls Java counts as white space: tab, line feed, U+000B, form feed, carriage return, U+001C–U+001F
            return c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001C';
        }
        return c >= '\u00A0' && c <= '\u3000' && (c == '\u00A0' || Character.isWhitespace(c));
    }

    /** Where text[from, to) starts once the white space it starts with is passed over ({@code to} if all is). */
    public static int trimmedStart(CharSequence text, int from, int to) {
        int start = from;
        while (start < to && isSpace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where text[from, to) ends without the white space it ends with ({@code from} if all is). */
    public static int trimmedEnd(CharSequence text, int from, int to) {
        int end = to;
        while (end > from && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The text with each full-width ASCII form and ideographic space in half width, character for character. */
    public static String halfWidth(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = halfWidth(out[i]);
        }
        return new String(out);
    }

    /** Maps a full-width ASCII form (Ｕ+FF01–FF5E, e.g. "５" or "（") and the ideographic space to half width. */
    public static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }
}
