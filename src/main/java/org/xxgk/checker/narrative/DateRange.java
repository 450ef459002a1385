package org.xxgk.checker.narrative;

import java.time.LocalDate;

/**
 * A span of dates the prose states ("2024年1月1日至12月31日"), such as the statistical period.
 *
 * @param sentence the sentence that states it
 * @param start    the first day
 * @param end      the last day
 */
public record DateRange(Sentence sentence, LocalDate start, LocalDate end) {

    /** Whether the span is exactly the calendar year. */
    public boolean coversYear(int year) {
        return LocalDate.of(year, 1, 1).equals(start) && LocalDate.of(year, 12, 31).equals(end);
    }

    public int line() {
        return sentence.line();
    }
}
