package org.xxgk.checker.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Finding;
import org.xxgk.checker.FindingCell;
import org.xxgk.checker.Severity;
import org.xxgk.checker.Version;
import org.xxgk.checker.engine.RuleMetadata;
import org.xxgk.checker.engine.RuleSet;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes results as SARIF 2.1.0 (OASIS), the format code-scanning views of CI systems read: one run whose tool
 * lists every rule of the rule set, a result per finding located at its first cell (the others as related
 * locations), and files that could not be checked as the invocation's error notifications. Lines are those of the
 * JSON's {@code line}: for a web page or Word file, of the text it is read as.
 */
public final class SarifRenderer {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final RuleSet ruleSet;

    public SarifRenderer(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** Starts the log; results are written as they are added. */
    public ResultWriter writer(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        Map<String, Integer> ruleIndex = tool(json);
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeArrayFieldStart("results");
        return new ResultWriter() {
            private final Map<String, String> notChecked = new LinkedHashMap<>();

            @Override
            public void add(CheckResult result) throws IOException {
                for (Finding finding : result.findings()) {
                    result(result.source(), finding, ruleIndex.get(finding.ruleId()), json);
                }
            }

            @Override
            public void notChecked(String source, String reason) {
                notChecked.put(source, reason);
            }

            @Override
            public void finish() throws IOException {
                json.writeEndArray();
                json.writeArrayFieldStart("invocations");
                json.writeStartObject();
                json.writeBooleanField("executionSuccessful", notChecked.isEmpty());
                json.writeArrayFieldStart("toolExecutionNotifications");
                for (Map.Entry<String, String> file : notChecked.entrySet()) {
                    json.writeStartObject();
                    json.writeStringField("level", "error");
                    message("无法检查：" + file.getValue(), json);
                    json.writeArrayFieldStart("locations");
                    json.writeStartObject();
                    json.writeObjectFieldStart("physicalLocation");
                    artifact(file.getKey(), json);
                    json.writeEndObject();
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.close();
                out.write(System.lineSeparator());
                out.flush();
            }
        };
    }

    /** The tool with every rule; answers each rule's index in that list, which results refer to. */
    private Map<String, Integer> tool(JsonGenerator json) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "xxgk-checker");
        json.writeStringField("version", Version.get());
        json.writeArrayFieldStart("rules");
        List<RuleMetadata> rules = ruleSet.rules().stream().sorted(Comparator.comparing(RuleMetadata::id)).toList();
        for (RuleMetadata rule : rules) {
            index.put(rule.id(), index.size());
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.title());
            json.writeEndObject();
            json.writeObjectFieldStart("help");
            json.writeStringField("text", "依据：" + rule.clause(ruleSet.formats()));
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.severity()));
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("clause", rule.clause(ruleSet.formats()));
            json.writeStringField("group", rule.group());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("properties");
        json.writeStringField("ruleSet", ruleSet.name() + " " + ruleSet.version());
        json.writeStringField("ruleSetSha256", ruleSet.sha256());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        return index;
    }

    private static void result(String source, Finding finding, Integer ruleIndex, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(finding.severity()));
        message(finding.message(), json);
        List<FindingCell> cells = finding.cells();
        json.writeArrayFieldStart("locations");
        if (cells.isEmpty()) {
            location(source, finding.line(), 0, null, json);
        } else {
            cell(source, cells.get(0), json);
        }
        json.writeEndArray();
        if (cells.size() > 1) {
            json.writeArrayFieldStart("relatedLocations");
            for (FindingCell cell : cells.subList(1, cells.size())) {
                cell(source, cell, json);
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("title", finding.title());
        json.writeStringField("clause", finding.clause());
        if (finding.expected() != null) {
            json.writeNumberField("expected", finding.expected());
        }
        if (finding.actual() != null) {
            json.writeNumberField("actual", finding.actual());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A cell's location, named by its id and described by its label, value and place in a document's table. */
    private static void cell(String source, FindingCell cell, JsonGenerator json) throws IOException {
        String value = cell.value() == null ? "“" + cell.raw() + "”" : cell.value().toPlainString();
        String place = cell.tableCell() == null ? "" : TextRenderer.place(cell);
        location(source, cell.line(), cell.tableCell() == null ? cell.column() : 0,
                new CellName(cell.id(), cell.label() + " = " + value + place), json);
    }

    /** A cell as a location names it: its id, and its label and value for people. */
    private record CellName(String id, String text) {
    }

    /** @param cell the cell at the location, or {@code null} */
    private static void location(String source, int line, int column, CellName cell, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        artifact(source, json);
        if (line > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", line);
            if (column > 0) {
                json.writeNumberField("startColumn", column);
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        if (cell != null) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("name", cell.id());
            json.writeStringField("kind", "element");
            json.writeEndObject();
            json.writeEndArray();
            message(cell.text(), json);
        }
        json.writeEndObject();
    }

    private static void artifact(String source, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(source));
        json.writeEndObject();
    }

    private static void message(String text, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("message");
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /**
     * A source as a URI reference: an absolute path as a file URI, a relative one as a relative reference (which a
     * CI system resolves against its checkout), non-ASCII characters and blanks percent-encoded.
     */
    static String uri(String source) {
        try {
            Path path = Path.of(source);
            if (path.isAbsolute()) {
                return path.toUri().toASCIIString();
            }
        } catch (InvalidPathException e) {
            // not a path of this system: written as a relative reference below
        }
        String relative = source.replace('\\', '/');
        int slash = relative.indexOf('/');
        if (relative.substring(0, slash < 0 ? relative.length() : slash).contains(":")) {
            relative = "./" + relative; // else "a:b.txt" would read as a URI of scheme "a"
        }
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no URI for " + source, e);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
