package org.xxgk.checker.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The publication date a report's page states: on a line of its text, labelled as a portal's information bar labels
 * it ("发布日期：2025-01-20"), in the web page's metadata ({@code <meta name="PubDate">}), or in the page's information
 * bar where it shares a block with the portal's controls ("发布时间：2025-01-20 字号：大 中 小"), which is no text of the
 * report.
 *
 * @param date           the date stated
 * @param line           the 1-based line of the text that states it, or {@code null} when it stands elsewhere
 * @param metadata       the name of the metadata that states it ("PubDate"), or {@code null} when it stands elsewhere
 * @param informationBar the label the page's information bar states it after ("发布时间"), or {@code null} when it
 *                       stands elsewhere
 */
public record StatedPublication(LocalDate date, Integer line, String metadata, String informationBar) {

    public StatedPublication {
        Objects.requireNonNull(date, "date");
        if (Stream.of(line, metadata, informationBar).filter(Objects::nonNull).count() != 1) {
            throw new IllegalArgumentException(
                    "a stated publication date stands on a line, in the metadata or in the information bar");
        }
    }

    /** A date a line of the text states. */
    public static StatedPublication onLine(LocalDate date, int line) {
        return new StatedPublication(date, line, null, null);
    }

    /** A date a web page's metadata states. */
    public static StatedPublication inMetadata(LocalDate date, String name) {
        return new StatedPublication(date, null, name, null);
    }

    /** A date a web page's information bar states after a label, outside the report's text. */
    public static StatedPublication inInformationBar(LocalDate date, String label) {
        return new StatedPublication(date, null, null, label);
    }
}
