package org.xxgk.checker;

import org.xxgk.checker.ingest.ReportReader;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * How to check one report, beyond the rule set.
 *
 * @param maxBytes  the largest report accepted, in bytes; a larger one gets a finding instead of being read
 * @param published the date the report was published, or {@code null} when not known (the deadline rules then
 *                  say they could not assess it)
 * @param profile   the id of a deployment profile of the rule set ({@code profiles/<id>.yaml}), or {@code null}
 * @param skip      ids of rules switched off for this check
 * @param previous  finds last year's report of the checked report's body, for the cross-year rules (without one
 *                  they say they could not assess)
 */
public record CheckOptions(long maxBytes, LocalDate published, String profile, Set<String> skip,
                           PreviousReports previous) {
    public static final CheckOptions DEFAULT = new CheckOptions(ReportReader.DEFAULT_MAX_BYTES, null, null, Set.of(),
            PreviousReports.NONE);

    public CheckOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        skip = Set.copyOf(skip);
        previous = previous == null ? PreviousReports.NONE : previous;
    }

    public CheckOptions withMaxBytes(long bytes) {
        return new CheckOptions(bytes, published, profile, skip, previous);
    }

    /**
     * A publication date as a user writes one, on the command line or in a request: YYYY-MM-DD and nothing else. The
     * ISO form also takes a sign ("+2025-01-20"), which is refused.
     *
     * @throws DateTimeParseException when the text is no such date
     */
    public static LocalDate date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        return LocalDate.parse(text);
    }

    public CheckOptions withPublished(LocalDate date) {
        return new CheckOptions(maxBytes, date, profile, skip, previous);
    }

    public CheckOptions withProfile(String id) {
        return new CheckOptions(maxBytes, published, id, skip, previous);
    }

    public CheckOptions withSkip(Set<String> ruleIds) {
        return new CheckOptions(maxBytes, published, profile, ruleIds, previous);
    }

    public CheckOptions withPrevious(PreviousReports reports) {
        return new CheckOptions(maxBytes, published, profile, skip, reports);
    }
}
