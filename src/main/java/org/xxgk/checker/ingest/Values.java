package org.xxgk.checker.ingest;

import org.xxgk.checker.report.ChineseNumerals;
import org.xxgk.checker.format.Labels;
import org.xxgk.checker.report.CellState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the numbers of table cells as real reports print them: full-width digits, thousands separators, a unit
 * after the number ("12000元", "25（件）"), 万 for ten thousand ("1.2126万"), a power of ten ("1.2126×10⁴"), a minus
 * sign or its word ("减少3"), and "/", "—", "-" or "无" for nothing.
 */
final class Values {
    /** The units a cell may print after its number; a longer unit before a shorter one it ends with ("人次", "次"). */
    private static final List<String> UNITS =
            List.of("万元", "元", "件", "个", "条", "项", "人次", "次", "人", "份", "起", "篇", "家", "%");
    /** The units as a number may be followed by them: "25件", or in brackets as a table's header prints them. */
    private static final List<PrintedUnit> PRINTED_UNITS = UNITS.stream()
            .flatMap(unit -> Stream.of(new PrintedUnit("(单位:" + unit + ")", unit), new PrintedUnit("(" + unit + ")", unit),
                    new PrintedUnit(unit, unit)))
            .toList();
    /**
     * The characters a cell printed for "nothing" is made of: slashes and dashes, and 一, which a dash is often typed
     * as. A lone 一 meant for 1 is read as nothing then, and the sums it is part of tell.
     */
    private static final String DASHES = "/\\-\u2014\u2013\u2015\u2212\u2500\u2501\u30FC\u4E00";
    /** The characters of the units, and of the word that may stand before one in brackets ("（单位：件）"). */
    private static final String UNIT_CHARACTERS = "万元件个条项人次份起篇家%单位";
    /** What a number is written with around its digits once half-width: separators, a sign, a unit's brackets. */
    private static final String NUMBER_MARKS = "0123456789,.+-():";
    /**
     * The minus signs typed otherwise than "-": the minus sign, dashes and hyphens that Word's AutoFormat, WPS, input
     * methods and PDF extraction put before a number ("−12", "–3"). Alone, the dashes mean nothing, as in DASHES.
     */
    private static final String MINUS_SIGNS = "\u2212\u2010\u2011\u2012\u2013\u2014\uFE63";
    /** A change written with its sign in words, as the trial format's 本年增/减 may be: "减少3" is -3, "增加2" is 2. */
    private static final List<SignWord> SIGN_WORDS = List.of(new SignWord("增加", "+"), new SignWord("减少", "-"),
            new SignWord("增", "+"), new SignWord("减", "-"));
    /** Every character a value may hold once half-width: digits, separators, signs, dashes, "无", the units and
     * the words of a sign. */
    private static final String VALUE_CHARACTERS = NUMBER_MARKS + DASHES + MINUS_SIGNS + "无" + UNIT_CHARACTERS + "增加减少";
    /** The signs a power of ten is written with after a number, once half-width: "1.2126×10⁴", "1.2126x10^4". */
    static final String TIMES_SIGNS = "×xX✕*";
    /** The raised digits a power is printed in, 0 to 9; Word's raised digits are read as these. */
    static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** The largest power of ten read: a report's counts and amounts are far below 10¹⁵. */
    private static final int MAX_POWER = 15;
    private static final CellValue BLANK = new CellValue(CellState.BLANK, null, "");
    private static final CellValue DASH = new CellValue(CellState.DASH, null, "");

    private Values() {
    }

    /**
     * @param columnUnit the unit of the cell's column ({@link org.xxgk.checker.format.ColumnSpec#unit()}): in a
     *                   column counted in 万元, a 万 after the number is that unit, not ten thousand
     */
    static CellValue parse(String printed, String columnUnit) {
        CellValue small = plainNumber(printed);
        if (small != null) {
            return small;
        }
        String text = halfWidthTrimmed(printed);
        if (text.isEmpty()) {
            return BLANK;
        }
        if (isDash(text)) {
            return DASH;
        }
        String unit = "";
        for (PrintedUnit candidate : PRINTED_UNITS) {
            if (text.endsWith(candidate.printed()) && text.length() > candidate.printed().length()) {
                unit = candidate.unit();
                text = text.substring(0, text.length() - candidate.printed().length()).strip();
                break;
            }
        }
        // "1.2126万", "3万件": 万 is text beside the number, as a unit is, and is kept with it for NAR-10.
        // "1386.52万元" is ten thousand 元 as "1386.52万" is, unless the column counts in 万元
        if (text.endsWith("万") && text.length() > 1) {
            text = text.substring(0, text.length() - 1);
            unit = "万" + unit;
        }
        boolean tenThousands = unit.startsWith("万");
        for (SignWord sign : SIGN_WORDS) {
            if (text.startsWith(sign.word()) && text.length() > sign.word().length()) {
                text = sign.sign() + text.substring(sign.word().length());
                break;
            }
        }
        if (MINUS_SIGNS.indexOf(text.charAt(0)) >= 0 && text.length() > 1 && Character.isDigit(text.charAt(1))) {
            text = "-" + text.substring(1);
        }
        String digits = withoutGroupSeparators(text);
        BigDecimal value = digits != null ? new BigDecimal(digits) : powerOfTen(text);
        if (value == null) {
            return new CellValue(CellState.TEXT, null, "");
        }
        // moving the point is exact and adds no zeros: "1.2126万" is 12126, "1.23456万" 12345.6 (no count)
        return new CellValue(CellState.NUMBER,
                tenThousands && !columnUnit.startsWith("万") ? value.movePointRight(4) : value, unit);
    }

    /**
     * Whether a printed cell is a value (a number or a dash), as opposed to a label. Readers ask this of every cell
     * and token they consider, most of them labels or plain numbers: both are answered without parsing.
     */
    static boolean isValue(String printed) {
        if (printed.isEmpty()) {
            return false;
        }
        String stripped = printed.strip();
        // most one-character cells are digits: only a numeral's character is read as a numeral
        if (stripped.length() == 1 && ChineseNumerals.isNumeral(stripped.charAt(0))
                && ChineseNumerals.value(stripped) >= 0) {
            // a numeral written as a word ("零", "一") where a number belongs is not a label: the row's other values
            // stay values, and the cell is reported as no number
            return true;
        }
        char first = Labels.halfWidth(printed.charAt(0));
        // a label starts with a letter or ideograph; only these can start a value ("一" is checked below)
        if (!(first >= '0' && first <= '9') && "+无增减 ".indexOf(first) < 0 && DASHES.indexOf(first) < 0
                && MINUS_SIGNS.indexOf(first) < 0) {
            return false;
        }
        boolean digitsOnly = true;
        for (int i = 0; i < printed.length(); i++) {
            char c = Labels.halfWidth(printed.charAt(i));
            if (c >= '0' && c <= '9') {
                // a digit, the commonest character of a value, is one of the VALUE_CHARACTERS
                continue;
            }
            digitsOnly = false;
            if (!Labels.isSpace(c) && VALUE_CHARACTERS.indexOf(c) < 0) {
                // a power of ten is told by parsing: "1.2126×10⁴" is a count, "2×3" and "1.2126×10⁻⁵" are not
                return TIMES_SIGNS.indexOf(c) >= 0 && parse(printed, "").state() == CellState.NUMBER;
            }
        }
        if (digitsOnly) {
            return true;
        }
        // a number or not, whatever the column's unit
        CellState state = parse(printed, "").state();
        return state == CellState.NUMBER || state == CellState.DASH;
    }

    /** Whether a printed cell holds no number: it is empty, or a mark for nothing ("—", "/", "无"). */
    static boolean isBlank(String printed) {
        CellState state = parse(printed, "").state();
        return state == CellState.BLANK || state == CellState.DASH;
    }

    /**
     * Whether a printed cell is a number's unit, with or without the number, rather than a label: "（件）", "545（件",
     * "545（单位：件）". What is left once digits, separators, signs, brackets, spaces and the word 单位 are taken
     * away is a unit. A row label always has words of its own ("规章（件）" has 规章).
     */
    static boolean isUnit(String printed) {
        // most labels are told at their first character, before any text is built
        StringBuilder words = null;
        for (int i = 0; i < printed.length(); i++) {
            char c = Labels.halfWidth(printed.charAt(i));
            if (Labels.isSpace(c) || NUMBER_MARKS.indexOf(c) >= 0) {
                continue;
            }
            if (UNIT_CHARACTERS.indexOf(c) < 0) {
                // a word of a label
                return false;
            }
            if (words == null) {
                words = new StringBuilder(4);
            }
            words.append(c);
        }
        return words != null && UNITS.contains(words.toString().replace("单位", ""));
    }

    /** The common case made cheap: up to nine ASCII digits, nothing else. */
    private static CellValue plainNumber(String printed) {
        int length = printed.length();
        if (length == 0 || length > 9) {
            return null;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = printed.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return new CellValue(CellState.NUMBER, BigDecimal.valueOf(value), "");
    }

    /**
     * A number written with a power of ten ("1.2126×10⁴", "1.2126x10^4", half-width and without spaces) whose product
     * is whole, as a count is; else null.
     */
    private static BigDecimal powerOfTen(String text) {
        int times = -1;
        for (int i = 0; i < text.length() && times < 0; i++) {
            times = TIMES_SIGNS.indexOf(text.charAt(i)) >= 0 ? i : -1;
        }
        if (times <= 0 || !text.startsWith("10", times + 1)) {
            return null;
        }
        String mantissa = withoutGroupSeparators(text.substring(0, times));
        Integer power = power(text.substring(times + 3));
        if (mantissa == null || power == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(mantissa).movePointRight(power);
        return value.stripTrailingZeros().scale() > 0 ? null : value.setScale(0, RoundingMode.UNNECESSARY);
    }

    /** A power printed after 10: raised ("⁴", "⁻²") or after "^" ("^4", "^-2"); null if it is none or too large. */
    private static Integer power(String printed) {
        boolean caret = printed.startsWith("^");
        String power = caret ? printed.substring(1) : printed;
        boolean negative = !power.isEmpty() && (caret ? power.charAt(0) == '-' : power.charAt(0) == '⁻');
        power = negative ? power.substring(1) : power;
        if (power.isEmpty() || power.length() > 2) {
            return null;
        }
        int value = 0;
        for (int i = 0; i < power.length(); i++) {
            int digit = caret ? Character.digit(power.charAt(i), 10) : SUPERSCRIPT_DIGITS.indexOf(power.charAt(i));
            if (digit < 0) {
                return null;
            }
            value = value * 10 + digit;
        }
        return value > MAX_POWER ? null : negative ? -value : value;
    }

    private static boolean isDash(String text) {
        if (text.equals("无")) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (DASHES.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number without thousands separators, or {@code null} if the text is not a plain decimal number. Accepts
     * "12,126", "12，126", "-3.2", "+5"; rejects "1.", "1.2.3", "12,34".
     */
    private static String withoutGroupSeparators(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        if (text.charAt(0) == '-' || text.charAt(0) == '+') {
            if (text.charAt(0) == '-') {
                out.append('-');
            }
            i = 1;
        }
        int digitsSinceSeparator = 0;
        boolean grouped = false;
        boolean point = false;
        int fraction = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                if (point) {
                    fraction++;
                } else {
                    digitsSinceSeparator++;
                }
            } else if (c == ',' && !point && digitsSinceSeparator > 0 && (!grouped || digitsSinceSeparator == 3)) {
                if (!grouped && digitsSinceSeparator > 3) {
                    return null;
                }
                grouped = true;
                digitsSinceSeparator = 0;
            } else if (c == '.' && !point && out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1))) {
                if (grouped && digitsSinceSeparator != 3) {
                    return null;
                }
                point = true;
                out.append('.');
            } else {
                return null;
            }
        }
        if (out.isEmpty() || out.charAt(out.length() - 1) == '-' || (point && fraction == 0)
                || (grouped && !point && digitsSinceSeparator != 3)) {
            return null;
        }
        return out.toString();
    }

    private static String halfWidthTrimmed(String printed) {
        StringBuilder out = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = Labels.halfWidth(printed.charAt(i));
            if (!Labels.isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A word written for a sign ("减少"), and the sign. */
    private record SignWord(String word, String sign) {
    }

    /** A unit as printed after a number ("(单位:件)" once half-width), and the unit it is. */
    private record PrintedUnit(String printed, String unit) {
    }
}
