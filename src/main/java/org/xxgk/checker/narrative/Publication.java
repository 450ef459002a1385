package org.xxgk.checker.narrative;

import org.xxgk.checker.report.StatedPublication;

import java.time.LocalDate;

/**
 * When the report was published: the date the caller gives, else the one the report's page states (its information
 * bar, a web page's metadata).
 *
 * @param date   the publication date, or {@code null} when neither is known
 * @param stated where the page states the date used; {@code null} when the caller gave it, or none is known
 */
public record Publication(LocalDate date, StatedPublication stated) {

    /** The caller's date, which wins over the page's; else the date the page states; else none. */
    public static Publication of(LocalDate given, StatedPublication stated) {
        return given != null || stated == null ? new Publication(given, null) : new Publication(stated.date(), stated);
    }

    public boolean known() {
        return date != null;
    }

    /** The line of the text that states the date used, where its finding stands; {@code null} when no line does. */
    public Integer line() {
        return stated == null ? null : stated.line();
    }

    /** The name of the web page's metadata that states the date used ("PubDate"); {@code null} when none does. */
    public String metadata() {
        return stated == null ? null : stated.metadata();
    }

    /**
     * The label the web page's information bar states the date used after ("发布时间"), where the bar is no text of
     * the report; {@code null} when it does not.
     */
    public String informationBar() {
        return stated == null ? null : stated.informationBar();
    }

    public boolean after(LocalDate day) {
        return date != null && day != null && date.isAfter(day);
    }

    public boolean before(LocalDate day) {
        return date != null && day != null && date.isBefore(day);
    }
}
