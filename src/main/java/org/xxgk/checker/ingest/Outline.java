package org.xxgk.checker.ingest;

import org.xxgk.checker.report.SecondReport;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of a report's text: its title, the preamble and the sections.
 *
 * @param title        the title, or ""
 * @param titleLine    1-based line of the title, or 0
 * @param organization the body named in the title, or ""
 * @param year         the year named in the title, or {@code null}
 * @param preamble     text between the title and the first section
 * @param sections     the sections in order of appearance
 * @param appendedTables the lines of the tables printed after the last part as an appendix ("附表1"), under their
 *                     titles, by the id of the part each belongs in; none of them is in a section
 * @param rowsBeforeHeadings the last rows of tables that a part's heading was run into, by line (from 0): each such
 *                     line as far as the row goes, which is how its part and its table read it
 * @param secondReport another report after this one, whose lines are no part of this one's; {@code null} when none
 * @param length       how many of the text's lines are the report's: those after them are another document's (a second
 *                     report, an interpretation of this one, a table of contents)
 */
record Outline(String title, int titleLine, String organization, Integer year, TextBlock preamble,
               List<Section> sections, Map<String, TextBlock> appendedTables, Map<Integer, String> rowsBeforeHeadings,
               SecondReport secondReport, int length) {

    /** The report's lines as its parts and tables read them: each line a heading was run into as far as its row goes. */
    List<String> rows(List<String> lines) {
        return withRowsBeforeHeadings(lines.subList(0, length), rowsBeforeHeadings);
    }

    /** {@code lines} with the rows that headings were run into in place of their lines; copied only when there are. */
    static List<String> withRowsBeforeHeadings(List<String> lines, Map<Integer, String> rowsBeforeHeadings) {
        if (rowsBeforeHeadings.isEmpty()) {
            return lines;
        }
        List<String> rows = new ArrayList<>(lines);
        rowsBeforeHeadings.forEach(rows::set);
        return rows;
    }
}
