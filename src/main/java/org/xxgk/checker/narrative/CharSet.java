package org.xxgk.checker.narrative;

import java.util.BitSet;

/**
 * A set of characters that a text is walked for: each character is tested in one step, where looking it up in a
 * string of them costs a search for every character of the text.
 */
final class CharSet {
    private final BitSet chars = new BitSet();

    CharSet(String chars) {
        chars.chars().forEach(this.chars::set);
    }

    boolean contains(char c) {
        return chars.get(c);
    }

    boolean anyIn(String text) {
        return firstIn(text, 0, text.length()) < text.length();
    }

    /** Where the first of these characters stands in text[from, to), or {@code to} when none does. */
    int firstIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars.get(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    /** Where the last of these characters stands in text[0, to), or -1 when none does. */
    int lastIn(String text, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (chars.get(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
