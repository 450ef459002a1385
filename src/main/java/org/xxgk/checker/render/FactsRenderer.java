package org.xxgk.checker.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.ExtraLine;
import org.xxgk.checker.report.LabelDeviation;
import org.xxgk.checker.report.Location;
import org.xxgk.checker.report.ReadProblem;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.StatedPublication;
import org.xxgk.checker.report.Table;
import org.xxgk.checker.report.TextBlock;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes what the reader made of a report, before any rule: title and its line, the preamble and the sections with
 * their lines and text, every table cell with its id, value and place, and a second report the file holds after it.
 * It shows a rule author what the rules see, is the parser's golden-file form, and is the report model
 * {@code POST /api/v1/check} takes as JSON: {@link org.xxgk.checker.ingest.ReportJsonReader} reads it back into the
 * same report, text and all, so the text rules judge a model as they judge its source.
 */
public final class FactsRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    public String render(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            write(report, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + System.lineSeparator();
    }

    /** The facts as one JSON object, written into a document being generated (a check's entry, a result page). */
    static void write(Report report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", report.title());
        json.writeNumberField("titleLine", report.titleLine());
        json.writeStringField("organization", report.organization());
        NullableNumber.write(json, "year", report.year());
        json.writeStringField("format", report.format().id());
        json.writeStringField("encoding", report.encoding());
        StatedPublication publication = report.statedPublication();
        if (publication != null) {
            // only a page that states its publication date has one: the other golden facts stay as they were
            json.writeObjectFieldStart("publication");
            json.writeStringField("date", publication.date().toString());
            if (publication.line() != null) {
                json.writeNumberField("line", publication.line());
            } else if (publication.metadata() != null) {
                json.writeStringField("metadata", publication.metadata());
            } else {
                json.writeStringField("informationBar", publication.informationBar());
            }
            json.writeEndObject();
        }
        json.writeArrayFieldStart("problems");
        for (ReadProblem problem : report.problems()) {
            json.writeString(problem.kind() + ": " + problem.detail());
        }
        json.writeEndArray();
        if (!report.preamble().equals(TextBlock.EMPTY)) {
            // the text between the title and part 一; a report without any has no "preamble"
            json.writeObjectFieldStart("preamble");
            block(report.preamble(), json);
            json.writeEndObject();
        }
        json.writeArrayFieldStart("sections");
        for (Section section : report.sections()) {
            json.writeStartObject();
            json.writeStringField("id", section.id());
            json.writeStringField("heading", section.heading());
            json.writeNumberField("line", section.line());
            block(section.body(), json);
            if (section.retitled()) {
                // only then: the golden facts of reports whose parts are all titled as the format has them stay as they were
                json.writeBooleanField("retitled", true);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tables");
        for (Table table : report.tables()) {
            table(table, json);
        }
        json.writeEndArray();
        if (report.secondReport() != null) {
            // its parts and tables are not among the report's: this says where they went
            json.writeObjectFieldStart("secondReport");
            json.writeStringField("title", report.secondReport().title());
            json.writeNumberField("line", report.secondReport().line());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** A block's line range ("7-15", "0-0" when it is empty) and its text, as the rules read it. */
    private static void block(TextBlock block, JsonGenerator json) throws IOException {
        json.writeStringField("body", block.firstLine() + "-" + block.lastLine());
        json.writeStringField("text", block.text());
    }

    private static void table(Table table, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", table.id());
        json.writeStringField("layout", table.format() + "/" + table.layout().id());
        json.writeStringField("lines", table.firstLine() + "-" + table.lastLine());
        json.writeNumberField("valueCount", table.valueCount());
        json.writeObjectFieldStart("cells");
        for (Cell cell : table.cellList()) {
            json.writeObjectFieldStart(cell.id());
            NullableNumber.write(json, "value", cell.value());
            if (cell.value() == null || !cell.raw().equals(cell.value().toPlainString())) {
                json.writeStringField("raw", cell.raw());
                json.writeStringField("state", cell.state().name());
            }
            if (!cell.unit().isEmpty()) {
                json.writeStringField("unit", cell.unit());
            }
            json.writeStringField("at", cell.line() + ":" + cell.location().column());
            Location.TableCell place = cell.location().tableCell();
            if (place != null) {
                // a web page's, Word or PDF file's cell: its place in the document's table, as findings name it
                json.writeStringField("inTable", place.table() + ":" + place.row() + ":" + place.column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("extras");
        for (ExtraLine extra : table.extras()) {
            json.writeString(extra.kind() + " " + extra.label() + " @" + extra.line());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("deviations");
        for (LabelDeviation deviation : table.deviations()) {
            if (!deviation.columnOrder()) {
                json.writeString(deviation.printed() + " → " + deviation.canonical() + " @" + deviation.line());
            }
        }
        json.writeEndArray();
        // written only for a table that has it: the columns in another order than the format's are rare
        for (LabelDeviation deviation : table.deviations()) {
            if (deviation.columnOrder()) {
                json.writeStringField("columnOrder",
                        deviation.printed() + " → " + deviation.canonical() + " @" + deviation.line());
            }
        }
        json.writeEndObject();
    }
}
