package org.xxgk.checker.format;

import java.util.List;
import java.util.Optional;

/**
 * One official version of the report format (e.g. 国办公开办函〔2021〕30号): its sections and table layouts, and the
 * report years it applies to.
 *
 * @param id       short id, e.g. {@code 2021}
 * @param name     the issuing document, for messages
 * @param clause   how findings cite this format
 * @param yearFrom first report year the format applies to
 * @param yearTo   last report year, or {@code null} while it is current
 * @param titleEndings the words that follow the body's name in a title, longest first
 * @param interpretationWords words that mark the title of an interpretation appended to a report ("解读"): it ends the
 *                 report
 * @param preambleWords words with which a report speaks of itself ("本报告"): text that says only such things is a
 *                 preamble's, no part's
 * @param publicationDateLabels the words a portal's information bar labels the page's publication date with
 *                 ("发布日期"): a date after one, above the report's first part, is the date the page states
 * @param portal   the words of a portal's page around a report, which reading a web page drops and which open no
 *                 title
 * @param sections the sections in canonical order
 * @param tables   the table layouts
 */
public record FormatDefinition(String id, String name, String clause, int yearFrom, Integer yearTo,
                               List<String> titleEndings, List<String> interpretationWords, List<String> preambleWords,
                               List<String> publicationDateLabels, PortalWords portal,
                               List<SectionSpec> sections, List<TableLayout> tables) {

    public boolean appliesTo(int year) {
        return year >= yearFrom && (yearTo == null || year <= yearTo);
    }

    /** The layout of one of the report's tables ({@code t2}, {@code t3}, {@code t4}) in this format. */
    public Optional<TableLayout> layout(String table) {
        return tables.stream().filter(layout -> layout.table().equals(table)).findFirst();
    }

    public Optional<SectionSpec> section(String sectionId) {
        return sections.stream().filter(section -> section.id().equals(sectionId)).findFirst();
    }
}
