package org.xxgk.checker.report;

import java.util.List;

/**
 * Where a pattern matched a text block, for rules that search prose ({@code TextMatch() from $s.body.find("…")}).
 *
 * @param text   the matched text
 * @param line   1-based line of the match
 * @param groups the pattern's groups, from group 1
 * @param context the whole line the match stands in, trimmed
 */
public record TextMatch(String text, int line, List<String> groups, String context) {
    /**
     * Group i read as a count, in Arabic numerals of up to nine digits or in Chinese numerals ("六", "十二");
     * -1 when it is none. A longer run of digits is no count of anything a report has, and would not fit an int.
     */
    public int number(int group) {
        String value = group >= 1 && group <= groups.size() ? groups.get(group - 1) : null;
        if (value == null || value.isEmpty()) {
            return -1;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() <= 9 ? Integer.parseInt(value) : -1;
        }
        return (int) ChineseNumerals.value(value);
    }
}
