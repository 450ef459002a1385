package org.xxgk.checker.narrative;

import java.util.Map;

/**
 * The years the overview speaks of ("2024年，我区…"), with how often.
 *
 * @param counts   how many times each year is mentioned
 * @param majority the year mentioned most often, or {@code null} when none is or two tie
 * @param line     1-based line of the first mention of the majority year, or 0
 */
public record YearMentions(Map<Integer, Integer> counts, Integer majority, int line) {

    /** How many times the majority year is mentioned, or 0. */
    public int majorityCount() {
        return majority == null ? 0 : counts.get(majority);
    }
}
