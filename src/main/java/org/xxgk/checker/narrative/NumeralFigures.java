package org.xxgk.checker.narrative;

import org.xxgk.checker.report.ChineseNumerals;

import java.util.List;

/**
 * Writes the counts a sentence gives in Chinese numerals in digits where claims read figures, right before a unit
 * they count in: "收到申请五百五十件" reads as "收到申请550件". Numerals before anything else ("一是", "十四五",
 * "三安全一稳定", "一网通办") stay as they are.
 */
final class NumeralFigures {
    /** Before a numeral, these make it an ordinal ("第二十一条") or no exact count ("几十件", "数十件"). */
    private static final String NO_COUNT_BEFORE = "第几数";
    /** A lone one or zero before a unit is mostly a word of its own: "一起", "一件事一次办", "一条龙", "零件". */
    private static final String WORD_NUMERALS = "一零〇○";

    private final List<String> units;

    /** @param units the units claims count figures in ({@link FigureWords#countingUnits()}) */
    NumeralFigures(List<String> units) {
        this.units = units;
    }

    /** The normalised sentence with its counts in digits; the sentence itself when it has none in numerals. */
    String inDigits(String sentence) {
        if (!numeralBeforeUnit(sentence)) {
            return sentence;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < sentence.length(); ) {
            if (!ChineseNumerals.isNumeral(sentence.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < sentence.length() && ChineseNumerals.isNumeral(sentence.charAt(end))) {
                end++;
            }
            long count = count(sentence, i, end);
            if (count >= 0) {
                out = out == null ? new StringBuilder(sentence.length()) : out;
                out.append(sentence, copied, i).append(count);
                copied = end;
            }
            i = end;
        }
        return out == null ? sentence : out.append(sentence, copied, sentence.length()).toString();
    }

    /** Whether a numeral stands right before a unit anywhere: most sentences have none, and are passed over. */
    private boolean numeralBeforeUnit(String sentence) {
        for (String unit : units) {
            for (int at = sentence.indexOf(unit, 1); at >= 0; at = sentence.indexOf(unit, at + 1)) {
                if (ChineseNumerals.isNumeral(sentence.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The count the numeral sentence[from, to) gives before a unit, or -1 when it gives none. */
    private long count(String sentence, int from, int to) {
        boolean wordNumeral = to - from == 1 && WORD_NUMERALS.indexOf(sentence.charAt(from)) >= 0;
        if (wordNumeral || from > 0 && NO_COUNT_BEFORE.indexOf(sentence.charAt(from - 1)) >= 0
                || units.stream().noneMatch(unit -> sentence.startsWith(unit, to))) {
            return -1;
        }
        return ChineseNumerals.value(sentence, from, to);
    }
}
