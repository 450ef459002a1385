package org.xxgk.checker.ingest;

import org.xxgk.checker.format.Labels;
import org.xxgk.checker.report.StatedPublication;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the publication date a report's page states where a portal prints it: in the information bar, a date after
 * one of the format's labels for it ("发布日期：2025-01-20", "来源：办公室 发布时间：2025-01-20 10:30:00", the label
 * and the date in cells of their own). Only a date after a label that opens a line, cell or field, on a line that is
 * no sentence, counts: the date under the signature, a date line under
 * the title, "成文日期：" or a date in prose say when the report was written, not when it was published.
 */
final class PublicationDates {
    /** A date as portals print it: "2025-01-20", "2025/1/20", "2025.01.20", "2025年01月20日". */
    private static final String DATE = "(?<year>(?:19|20)\\d{2})\\s*[-/.．年]\\s*(?<month>\\d{1,2})\\s*[-/.．月]"
            + "\\s*(?<day>\\d{1,2})(?!\\d)";
    private static final Pattern DATE_FIRST = Pattern.compile("\\s*" + DATE);

    /**
     * A label opening its line, cell or field (after white space or a pipe), then the date, set off by a colon or the
     * cells' tab or nothing; {@code null} when the format has no labels.
     */
    private final Pattern labelled;

    /** @param labels the words that label a publication date ({@code publication_date_labels} of the format) */
    PublicationDates(List<String> labels) {
        // the labels are matched as the lines are, in half width
        labelled = labels.isEmpty() ? null : Pattern.compile(labels.stream().map(Labels::halfWidth).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<![^\\s|｜])(?<label>", ")\\s*[：:]?\\s*")) + DATE);
    }

    /**
     * The first labelled date on the lines before {@code end} (from 0, exclusive): the lines above the report's first
     * part, where the information bar stands; {@code null} when they state none.
     */
    StatedPublication read(List<String> lines, int end) {
        for (int at = 0; at < Math.min(end, lines.size()); at++) {
            Matcher matcher = labelledDate(lines.get(at));
            if (matcher != null) {
                return StatedPublication.onLine(date(matcher), at + 1);
            }
        }
        return null;
    }

    /**
     * The first labelled date in the texts of a web page's information bar that the reader drops with the portal's
     * controls, in the page's order; {@code null} when they state none.
     */
    StatedPublication readInformationBar(List<String> texts) {
        for (String text : texts) {
            Matcher matcher = labelledDate(text);
            if (matcher != null) {
                return StatedPublication.inInformationBar(date(matcher), matcher.group("label"));
            }
        }
        return null;
    }

    /**
     * A match of the first labelled date in a text that names a day, or {@code null}. An information bar holds
     * fields, not sentences: "上一年度年报发布于2024年1月18日。" states no date of this page.
     */
    private Matcher labelledDate(String text) {
        if (labelled == null || isSentence(text)) {
            return null;
        }
        // dates typed in full width ("２０２５年４月１０日") and fields set off by an ideographic space read as the rest
        Matcher matcher = labelled.matcher(Labels.halfWidth(text));
        while (matcher.find()) {
            if (date(matcher) != null) {
                return matcher;
            }
        }
        return null;
    }

    private static boolean isSentence(String line) {
        return line.indexOf('。') >= 0 || line.indexOf('，') >= 0;
    }

    /**
     * The date a metadata value starts with ("2025-01-20 10:30", "2025-01-20T10:30:00+08:00"); {@code null} when
     * it starts with none.
     */
    static LocalDate dateAtStart(String value) {
        Matcher matcher = DATE_FIRST.matcher(value);
        return matcher.lookingAt() ? date(matcher) : null;
    }

    /** The date a match of {@link #DATE} names; {@code null} when there is no such day ("2025-02-30"). */
    private static LocalDate date(Matcher matcher) {
        try {
            return LocalDate.of(Integer.parseInt(matcher.group("year")), Integer.parseInt(matcher.group("month")),
                    Integer.parseInt(matcher.group("day")));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
