package org.xxgk.checker.narrative;

import java.time.LocalDate;

/**
 * When the report was published, as the caller says (it is not in the text).
 *
 * @param date the publication date, or {@code null} when not given
 */
public record Publication(LocalDate date) {

    public boolean known() {
        return date != null;
    }

    public boolean after(LocalDate day) {
        return date != null && day != null && date.isAfter(day);
    }

    public boolean before(LocalDate day) {
        return date != null && day != null && date.isBefore(day);
    }
}
