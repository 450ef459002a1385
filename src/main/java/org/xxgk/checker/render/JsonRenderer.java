package org.xxgk.checker.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Finding;
import org.xxgk.checker.FindingCell;
import org.xxgk.checker.Severity;
import org.xxgk.checker.Version;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.report.Report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes results as the JSON of the public contract (CONTRACT.md): a document with the checker and rule set and
 * one entry per report. Written with Jackson's streaming generator, so the field order is the contract's.
 */
public final class JsonRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final RuleSet ruleSet;

    public JsonRenderer(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * The whole document of a run over one or more reports, written as the results are added: the entries in
     * {@code reports}, then, when some files could not be checked at all, {@code errors} with each file and why.
     *
     * @param profile the id of the deployment profile the run used, or {@code null}
     */
    public ResultWriter document(Writer out, String profile) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        // the caller's writer (standard output) stays open for whatever follows the document
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeObjectFieldStart("checker");
        json.writeStringField("version", Version.get());
        json.writeFieldName("ruleSet");
        ruleSet(json, profile);
        json.writeEndObject();
        json.writeArrayFieldStart("reports");
        return new ResultWriter() {
            private final Map<String, String> errors = new LinkedHashMap<>();

            @Override
            public void add(CheckResult result) throws IOException {
                entry(result, json, false);
            }

            @Override
            public void notChecked(String source, String reason) {
                errors.put(source, reason);
            }

            @Override
            public void finish() throws IOException {
                json.writeEndArray();
                if (!errors.isEmpty()) {
                    json.writeArrayFieldStart("errors");
                    for (Map.Entry<String, String> error : errors.entrySet()) {
                        json.writeStartObject();
                        json.writeStringField("source", error.getKey());
                        json.writeStringField("error", error.getValue());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
                json.close();
                out.write(System.lineSeparator());
                out.flush();
            }
        };
    }

    /** The rule set of the results, as the document's {@code checker.ruleSet} and a result page's {@code ruleSet}. */
    void ruleSet(JsonGenerator json, String profile) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", ruleSet.directory().toString().replace('\\', '/'));
        json.writeStringField("name", ruleSet.name());
        json.writeStringField("version", ruleSet.version());
        json.writeStringField("sha256", ruleSet.sha256());
        json.writeNumberField("rules", ruleSet.rules().size());
        if (profile != null) {
            json.writeStringField("profile", profile);
        }
        json.writeEndObject();
    }

    /** One entry of {@code reports}, as the HTTP service answers a single check. */
    public String entry(CheckResult result) {
        return entry(result, false);
    }

    /** The entry with {@code facts}, the report's sections and cells as read, from which a page draws its tables. */
    public String entryWithFacts(CheckResult result) {
        return entry(result, true);
    }

    private static String entry(CheckResult result, boolean facts) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            entry(result, json, facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the entry into a document being generated (the whole run's, or a result page's data). */
    static void entry(CheckResult result, JsonGenerator json, boolean facts) throws IOException {
        Report report = result.report();
        json.writeStartObject();
        json.writeStringField("source", result.source());
        json.writeObjectFieldStart("report");
        json.writeStringField("title", report.title());
        json.writeStringField("organization", report.organization());
        NullableNumber.write(json, "year", report.year());
        json.writeStringField("format", report.readable() ? report.format().id() : null);
        json.writeEndObject();
        json.writeStringField("verdict", result.verdict().name());
        json.writeObjectFieldStart("summary");
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.name().toLowerCase(Locale.ROOT), result.count(severity));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            finding(finding, json);
        }
        json.writeEndArray();
        if (facts) {
            json.writeFieldName("facts");
            FactsRenderer.write(report, json);
        }
        json.writeEndObject();
    }

    private static void finding(Finding finding, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("severity", finding.severity().name());
        json.writeStringField("title", finding.title());
        json.writeStringField("message", finding.message());
        json.writeStringField("clause", finding.clause());
        json.writeArrayFieldStart("cells");
        for (FindingCell cell : finding.cells()) {
            json.writeStartObject();
            json.writeStringField("id", cell.id());
            json.writeStringField("label", cell.label());
            NullableNumber.write(json, "value", cell.value());
            if (cell.value() == null || !cell.value().toPlainString().equals(cell.raw())) {
                json.writeStringField("raw", cell.raw());
            }
            json.writeNumberField("line", cell.line());
            if (cell.tableCell() != null) {
                // a web page's or Word file's cell: its place in the document's table, not in the text it is read as
                json.writeNumberField("table", cell.tableCell().table());
                json.writeNumberField("row", cell.tableCell().row());
                if (cell.tableCell().column() > 0) {
                    json.writeNumberField("column", cell.tableCell().column());
                }
            } else if (cell.column() > 0) {
                json.writeNumberField("column", cell.column());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (finding.expected() != null) {
            json.writeNumberField("expected", finding.expected());
        }
        if (finding.actual() != null) {
            json.writeNumberField("actual", finding.actual());
        }
        if (finding.line() > 0) {
            json.writeNumberField("line", finding.line());
        }
        json.writeEndObject();
    }
}
