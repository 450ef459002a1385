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

    /**
     * The print of what a text must hold to meet every requirement, each met by any one of its words
     * ([requirement][alternative]): for each requirement, the characters all its words share.
     */
    static CharPrint required(CharPrint[][] requirements) {
        long b0 = 0;
        long b1 = 0;
        long b2 = 0;
        long b3 = 0;
        for (CharPrint[] words : requirements) {
            long c0 = -1;
            long c1 = -1;
            long c2 = -1;
            long c3 = -1;
            for (CharPrint word : words) {
                c0 &= word.bits0;
                c1 &= word.bits1;
                c2 &= word.bits2;
                c3 &= word.bits3;
            }
            if (words.length > 0) {
                b0 |= c0;
                b1 |= c1;
                b2 |= c2;
                b3 |= c3;
            }
        }
        return new CharPrint(b0, b1, b2, b3);
    }

    /** Whether a text of this print may contain a word of that print; {@code false} means it surely does not. */
    boolean mayContain(CharPrint word) {
        return (word.bits0 & ~bits0) == 0 && (word.bits1 & ~bits1) == 0 && (word.bits2 & ~bits2) == 0
                && (word.bits3 & ~bits3) == 0;
    }
}
