package org.xxgk.checker;

import org.xxgk.checker.ingest.ReportReader;

import java.time.LocalDate;

/**
 * How to check one report, beyond the rule set.
 *
 * @param maxBytes  the largest report accepted, in bytes; a larger one gets a finding instead of being read
 * @param published the date the report was published, or {@code null} when not known (the deadline rules then
 *                  say they could not assess it)
 */
public record CheckOptions(long maxBytes, LocalDate published) {
    public static final CheckOptions DEFAULT = new CheckOptions(ReportReader.DEFAULT_MAX_BYTES, null);

    public CheckOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    public CheckOptions withMaxBytes(long bytes) {
        return new CheckOptions(bytes, published);
    }

    public CheckOptions withPublished(LocalDate date) {
        return new CheckOptions(maxBytes, date);
    }
}
