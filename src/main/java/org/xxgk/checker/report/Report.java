package org.xxgk.checker.report;

import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.format.SectionSpec;
import org.xxgk.checker.format.TableLayout;

import java.util.Comparator;
import java.util.List;

/**
 * A report as read from its source.
 *
 * @param title        the title line, or "" when none was found
 * @param titleLine    1-based line of the title, 0 when none was found
 * @param organization the body that wrote the report, from the title, or ""
 * @param year         the report year from the title, or {@code null}
 * @param format       the format the report's content follows best
 * @param encoding     the character encoding the source was decoded with
 * @param lineCount    how many lines the text has
 * @param document     whether the text is that of a web page or Word file, written out by the reader; its line
 *                     numbers are those of that text, which {@code facts --text} prints
 * @param preamble     the text between the title and the first section
 * @param sections     the sections in the order they appear
 * @param tables       the statistics tables found
 * @param problems     why the source could not be read, if it could not; or which tables in it could not be read
 * @param secondReport another report the source holds after this one, which was not read; {@code null} when none
 * @param statedPublication the publication date the page states (its information bar, a web page's metadata);
 *                     {@code null} when it states none
 */
public record Report(String title, int titleLine, String organization, Integer year, FormatDefinition format,
                     String encoding, int lineCount, boolean document, TextBlock preamble, List<Section> sections, List<Table> tables,
                     List<ReadProblem> problems, SecondReport secondReport, StatedPublication statedPublication) {

    /** Whether the source was text that could be read as a report (possibly a defective one). */
    public boolean readable() {
        return problems.stream().noneMatch(problem -> problem.kind().unreadable());
    }

    /** Whether a table ({@code t2}, {@code t3}, {@code t4}) is printed as a picture, which could not be read. */
    public boolean printsAsPicture(String table) {
        return problems.stream().anyMatch(problem -> problem.kind() == ReadProblem.Kind.PICTURED_TABLE
                && problem.detail().equals(table));
    }

    /** The format's tables printed as pictures ({@link #printsAsPicture}), in the format's order. */
    public List<TableLayout> picturedTables() {
        return format.tables().stream().filter(layout -> printsAsPicture(layout.table())).toList();
    }

    /** One of the tables ({@code t2}, {@code t3}, {@code t4}), or {@code null} when the report lacks it. */
    public Table table(String id) {
        for (Table table : tables) {
            if (table.id().equals(id)) {
                return table;
            }
        }
        return null;
    }

    public boolean hasTable(String id) {
        return table(id) != null;
    }

    /** The first section with this format id (e.g. {@code s5}), or {@code null}. */
    public Section section(String id) {
        for (Section section : sections) {
            if (section.id().equals(id)) {
                return section;
            }
        }
        return null;
    }

    /**
     * The part a table belongs in when the report has that part but prints the table after its last part, as an
     * appendix ("附表1"); {@code null} when the table stands in its part, or the report lacks the part.
     */
    public SectionSpec partLeftBy(Table table) {
        Section part = section(table.layout().sectionId());
        Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
        return part == null || part == last || table.firstLine() <= Math.max(last.line(), last.body().lastLine())
                ? null : part.spec();
    }

    /** The tables printed after the last part as an appendix ({@link #partLeftBy}), in the order printed. */
    public List<Table> tablesAfterTheParts() {
        return tables.stream().filter(table -> partLeftBy(table) != null)
                .sorted(Comparator.comparingInt(Table::firstLine)).toList();
    }

    /** The format's sections the report lacks, in canonical order. */
    public List<SectionSpec> missingSections() {
        return format.sections().stream().filter(section -> !hasSection(section.id())).toList();
    }

    public boolean hasSection(String id) {
        return section(id) != null;
    }

    /** Hashes by title and size only: Drools hashes facts, and hashing every table would be slow. */
    @Override
    public int hashCode() {
        return 31 * title.hashCode() + lineCount;
    }
}
