package org.xxgk.checker.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.xxgk.checker.format.BlockSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.SectionSpec;
import org.xxgk.checker.format.TableKind;
import org.xxgk.checker.format.TableLayout;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report formats with their table layouts as JSON ({@code GET /api/v1/formats}), from which the page draws
 * each table as the format prints it; a result page embeds the same.
 */
public final class FormatsRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    private FormatsRenderer() {
    }

    /** {@code {"formats": [...]}}. */
    public static String render(FormatCatalog catalog) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName("formats");
            formats(catalog, json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The array of formats, written into a document being generated. */
    static void formats(FormatCatalog catalog, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (FormatDefinition format : catalog.formats()) {
            json.writeStartObject();
            json.writeStringField("id", format.id());
            json.writeStringField("name", format.name());
            json.writeStringField("clause", format.clause());
            json.writeNumberField("yearFrom", format.yearFrom());
            NullableNumber.write(json, "yearTo", format.yearTo());
            json.writeArrayFieldStart("sections");
            for (SectionSpec section : format.sections()) {
                json.writeStartObject();
                json.writeStringField("id", section.id());
                json.writeStringField("heading", section.heading());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tables");
            for (TableLayout layout : format.tables()) {
                layout(layout, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void layout(TableLayout layout, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", layout.id());
        json.writeStringField("table", layout.table());
        json.writeStringField("name", layout.name());
        json.writeStringField("title", layout.title());
        json.writeStringField("section", layout.sectionId());
        json.writeStringField("kind", layout.kind().name());
        if (layout.kind() == TableKind.BLOCKS) {
            json.writeArrayFieldStart("blocks");
            for (BlockSpec block : layout.blocks()) {
                json.writeStartObject();
                json.writeStringField("label", block.label());
                columns(block.columns(), json);
                rows(block.rows(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
        } else {
            columns(layout.columns(), json);
            rows(layout.rows(), json);
        }
        json.writeEndObject();
    }

    private static void columns(List<ColumnSpec> columns, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("columns");
        for (ColumnSpec column : columns) {
            json.writeStartObject();
            json.writeStringField("id", column.id());
            json.writeStringField("label", column.label());
            json.writeStringField("short", column.shortLabel());
            json.writeStringField("group", column.group());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void rows(List<RowSpec> rows, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("rows");
        for (RowSpec row : rows) {
            json.writeStartObject();
            json.writeStringField("id", row.id());
            json.writeStringField("label", row.label());
            json.writeStringField("short", row.shortLabel());
            json.writeArrayFieldStart("groups");
            for (String group : row.groups()) {
                json.writeString(group);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
