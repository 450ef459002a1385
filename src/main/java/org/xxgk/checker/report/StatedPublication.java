package org.xxgk.checker.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The publication date a report's page states: on a line of its text, labelled as a portal's information bar labels
 * it ("发布日期：2025-01-20"), or in the web page's metadata ({@code <meta name="PubDate">}).
 *
 * @param date     the date stated
 * @param line     the 1-based line of the text that states it, or {@code null} when the metadata does
 * @param metadata the name of the metadata that states it ("PubDate"), or {@code null} when a line does
 */
public record StatedPublication(LocalDate date, Integer line, String metadata) {

    public StatedPublication {
        Objects.requireNonNull(date, "date");
        if ((line == null) == (metadata == null)) {
            throw new IllegalArgumentException("a stated publication date stands on a line or in the metadata");
        }
    }

    /** A date a line of the text states. */
    public static StatedPublication onLine(LocalDate date, int line) {
        return new StatedPublication(date, line, null);
    }

    /** A date a web page's metadata states. */
    public static StatedPublication inMetadata(LocalDate date, String name) {
        return new StatedPublication(date, null, name);
    }
}
