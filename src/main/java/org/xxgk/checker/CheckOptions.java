package org.xxgk.checker;

import org.xxgk.checker.ingest.ReportReader;

/**
 * How to check one report, beyond the rule set.
 *
 * @param maxBytes the largest report accepted, in bytes; a larger one gets a finding instead of being read
 */
public record CheckOptions(long maxBytes) {
    public static final CheckOptions DEFAULT = new CheckOptions(ReportReader.DEFAULT_MAX_BYTES);

    public CheckOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    public CheckOptions withMaxBytes(long bytes) {
        return new CheckOptions(bytes);
    }
}
