package org.xxgk.checker.report;

/**
 * Reads counts written in Chinese numerals: "十二", "二十三", "五百五十", "一百零五", "两", "一万二千". Only the
 * forms a count is written in are read; "二三", "一百五" (150 or 105?), "百" and "十十" are none.
 */
public final class ChineseNumerals {
    /** The digits, by value; 〇 and the circle ○ typed for it are zero as 零 is, and 两 is two. */
    private static final String[] DIGITS = {"零〇○", "一", "二两", "三", "四", "五", "六", "七", "八", "九"};
    private static final String MULTIPLIERS = "十百千";
    private static final int[] PLACES = {10, 100, 1000};
    private static final char TEN_THOUSAND = '万';
    /** Every character a numeral is written with. */
    private static final String NUMERALS = String.join("", DIGITS) + MULTIPLIERS + TEN_THOUSAND;

    private ChineseNumerals() {
    }

    /** Whether the character is a digit or a multiplier of a numeral. */
    public static boolean isNumeral(char c) {
        return NUMERALS.indexOf(c) >= 0;
    }

    /** The count text[from, to) writes, or -1 when it writes none. */
    public static long value(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == TEN_THOUSAND) {
                long high = belowTenThousand(text, from, i);
                // what follows 万 may open with 零: "一万零五十"
                int low = i + 1 < to && digit(text.charAt(i + 1)) == 0 ? i + 2 : i + 1;
                // without it, a lone digit or a 十 is spoken short for thousands ("一万五" is 15000): read as no count
                if (low == i + 1 && low < to && (to - low == 1 || multiplier(text.charAt(low)) == 10)) {
                    return -1;
                }
                long rest = low == i + 1 && low == to ? 0 : belowTenThousand(text, low, to);
                return high <= 0 || rest < 0 ? -1 : high * 10_000 + rest;
            }
        }
        return belowTenThousand(text, from, to);
    }

    /** The count the text writes, or -1 when it writes none. */
    public static long value(CharSequence text) {
        return value(text, 0, text.length());
    }

    /**
     * A count below ten thousand: digits each followed by a smaller multiplier than the one before, a 零 standing for
     * a skipped place ("一百零五"), 十 alone at the start for 一十 ("十二"), and a last digit of units only where
     * it cannot be read as a multiple (after 十 or 零, or alone).
     */
    private static long belowTenThousand(CharSequence text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long total = 0;
        int pending = -1;
        int lastMultiplier = Integer.MAX_VALUE;
        boolean skipped = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int digit = digit(c);
            int multiplier = multiplier(c);
            if (digit > 0) {
                if (pending >= 0) {
                    return -1;
                }
                pending = digit;
            } else if (digit == 0) {
                boolean alone = to - from == 1;
                // a 零 opens nothing but itself, stands for one place at a time, and ends nothing: "一百零"
                if (!alone && (i == from || i == to - 1) || pending >= 0 || skipped) {
                    return -1;
                }
                skipped = !alone;
                pending = alone ? 0 : -1;
            } else if (multiplier > 0) {
                if (multiplier >= lastMultiplier || pending == 0 || pending < 0 && !(multiplier == 10 && i == from)) {
                    return -1;
                }
                total += (pending < 0 ? 1 : pending) * (long) multiplier;
                lastMultiplier = multiplier;
                pending = -1;
                skipped = false;
            } else {
                return -1;
            }
        }
        if (pending >= 0) {
            if (lastMultiplier != Integer.MAX_VALUE && lastMultiplier != 10 && !skipped) {
                return -1;
            }
            total += pending;
        }
        return total;
    }

    private static int digit(char c) {
        for (int d = 0; d < DIGITS.length; d++) {
            if (DIGITS[d].indexOf(c) >= 0) {
                return d;
            }
        }
        return -1;
    }

    private static int multiplier(char c) {
        int at = MULTIPLIERS.indexOf(c);
        return at < 0 ? -1 : PLACES[at];
    }
}
