package org.xxgk.checker.narrative;

/**
 * Which characters a text holds, folded into 256 bits. A text cannot contain a word whose print has a bit its own
 * print lacks: the vocabulary's words are looked for in a report's sentences hundreds of times, and the prints rule
 * most of those searches out before they start.
 */
record CharPrint(long bits0, long bits1, long bits2, long bits3) {

    static CharPrint of(String text) {
        long[] bits = new long[4];
        for (int i = 0; i < text.length(); i++) {
            // a multiplicative hash spreads the CJK block, whose characters differ in the low bits, over all 256
            int bit = (text.charAt(i) * 0x9E3779B1) >>> 24;
            bits[bit >>> 6] |= 1L << bit;
        }
        return new CharPrint(bits[0], bits[1], bits[2], bits[3]);
    }

    /** Whether a text of this print may contain a word of that print; {@code false} means it surely does not. */
    boolean mayContain(CharPrint word) {
        return (word.bits0 & ~bits0) == 0 && (word.bits1 & ~bits1) == 0 && (word.bits2 & ~bits2) == 0
                && (word.bits3 & ~bits3) == 0;
    }
}
