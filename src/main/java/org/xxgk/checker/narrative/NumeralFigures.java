package org.xxgk.checker.narrative;

import org.xxgk.checker.report.ChineseNumerals;

import java.util.List;

/**
 * Writes the counts a sentence gives in Chinese numerals in digits where claims read figures, right before a unit
 * they count in: "收到申请五百五十件" reads as "收到申请550件". Numerals before anything else ("一是", "十四五",
 * "三安全一稳定", "一网通办") stay as they are.
 */
final class NumeralFigures {
    /** The punctuation that ends a clause, as a normalised sentence prints it. */
    private static final String CLAUSE_ENDS = ",.;:!?)，。；：！？、）";

    private final List<String> units;
    /** Before a numeral, these make it an ordinal ("第二十一条") or no exact count ("几十件", "数十件"). */
    private final List<String> notCountedAfter;
    /** Alone before a unit, these are mostly a word of their own: "一起", "一件事一次办", "一条龙", "零件". */
    private final List<String> wordNumerals;

    /**
     * @param units           the units claims count figures in ({@link FigureWords#countingUnits()})
     * @param notCountedAfter the words after which a numeral is no count ({@link FigureWords#numeralNotCountedAfter()})
     * @param wordNumerals    the numerals that alone are words ({@link FigureWords#numeralWords()})
     */
    NumeralFigures(List<String> units, List<String> notCountedAfter, List<String> wordNumerals) {
        this.units = units;
        this.notCountedAfter = notCountedAfter;
        this.wordNumerals = wordNumerals;
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
        boolean wordNumeral = to - from == 1 && wordNumerals.contains(sentence.substring(from, to));
        boolean notCounted = notCountedAfter.stream()
                .anyMatch(word -> from >= word.length() && sentence.startsWith(word, from - word.length()));
        if (wordNumeral || notCounted || units.stream().noneMatch(unit -> endsClause(sentence, to + unit.length())
                && sentence.startsWith(unit, to))) {
            return -1;
        }
        return ChineseNumerals.value(sentence, from, to);
    }

    /**
     * Whether the clause ends at a position: a count in numerals closes its clause ("收到申请五百五十件。"), while a
     * numeral before a unit and more words is part of a phrase ("三件套", "十件民生实事", "两件事", "中有三件涉及").
     */
    private static boolean endsClause(String sentence, int at) {
        return at >= sentence.length() || CLAUSE_ENDS.indexOf(sentence.charAt(at)) >= 0;
    }
}
