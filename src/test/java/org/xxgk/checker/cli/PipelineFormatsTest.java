package org.xxgk.checker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --format sarif} and {@code --format junit} over text reports, their Word twins and Word files that are no
 * reports: the SARIF log is valid by the official SARIF 2.1.0 schema and holds a result per finding; the JUnit XML
 * has a suite per file and exactly one failure per ERROR finding.
 */
class PipelineFormatsTest {
    private static final String[] INPUTS = {"fixtures/reports", "fixtures/reports-docx", "fixtures/rules/INPUT-04"};
    /** The schema of the OASIS standard, vendored with its source noted beside it. */
    private static final String SCHEMA = "/sarif/sarif-schema-2.1.0.json";

    /** The same run as the contract's JSON, to count from. */
    private static JsonNode json;
    private static int files;
    private static int findings;
    private static Map<String, Integer> bySeverity;

    @BeforeAll
    static void checkAsJson() throws IOException {
        CheckCommandTest.Run run = CheckCommandTest.run(args("json"));
        json = new ObjectMapper().readTree(run.out());
        files = json.at("/reports").size();
        bySeverity = new HashMap<>();
        findings = 0;
        for (JsonNode report : json.at("/reports")) {
            for (JsonNode finding : report.at("/findings")) {
                bySeverity.merge(finding.at("/severity").asText(), 1, Integer::sum);
                findings++;
            }
        }
        assertThat(files).as("fixtures checked").isGreaterThan(15);
        assertThat(bySeverity.get("ERROR")).as("fixtures with errors").isGreaterThan(3);
    }

    private static String[] args(String format, String... more) {
        String[] args = new String[3 + more.length + INPUTS.length];
        args[0] = "check";
        args[1] = "--format";
        args[2] = format;
        System.arraycopy(more, 0, args, 3, more.length);
        System.arraycopy(INPUTS, 0, args, 3 + more.length, INPUTS.length);
        return args;
    }

    @Test
    void sarifIsValidByTheOfficialSchema() throws IOException {
        CheckCommandTest.Run run = CheckCommandTest.run(args("sarif"));

        assertThat(run.exitCode()).isEqualTo(1);
        JsonObject log = new JsonObject(run.out());
        OutputUnit outcome = sarifSchema().validate(log);
        assertThat(outcome.getValid()).as("%s", outcome.getErrors()).isTrue();
        // the schema does reject: a level SARIF does not know, and a run without its tool
        JsonObject wrongLevel = log.copy();
        wrongLevel.getJsonArray("runs").getJsonObject(0).getJsonArray("results").getJsonObject(0).put("level", "fatal");
        JsonObject noTool = log.copy();
        noTool.getJsonArray("runs").getJsonObject(0).remove("tool");
        assertThat(sarifSchema().validate(wrongLevel).getValid()).isFalse();
        assertThat(sarifSchema().validate(noTool).getValid()).isFalse();
    }

    @Test
    void sarifHasAResultPerFindingLocatedAtItsCell() throws IOException {
        JsonNode run = new ObjectMapper().readTree(CheckCommandTest.run(args("sarif")).out()).at("/runs/0");

        JsonNode results = run.at("/results");
        assertThat(results.size()).isEqualTo(findings);
        for (JsonNode result : results) {
            assertThat(run.at("/tool/driver/rules/" + result.at("/ruleIndex").asInt() + "/id").asText())
                    .isEqualTo(result.at("/ruleId").asText());
        }
        JsonNode wrongTotal = null;
        for (JsonNode result : results) {
            if (result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
                    .equals("fixtures/reports/2024-laocheng-wrong-total.txt") && result.at("/ruleId").asText().equals("ARI-04")) {
                wrongTotal = result;
            }
        }
        assertThat(wrongTotal).isNotNull();
        assertThat(wrongTotal.at("/level").asText()).isEqualTo("error");
        assertThat(wrongTotal.at("/message/text").asText()).isEqualTo("表四行政复议：8+4+12+0=24 ≠ 总计 25");
        assertThat(wrongTotal.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(72);
        assertThat(wrongTotal.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo("t4.review.total");
        assertThat(wrongTotal.at("/relatedLocations").size()).isEqualTo(4);
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void junitHasASuitePerFileAndOneFailurePerErrorFinding() throws Exception {
        CheckCommandTest.Run run = CheckCommandTest.run(args("junit"));
        CheckCommandTest.Run warnings = CheckCommandTest.run(args("junit", "--fail-on", "WARNING"));

        Document xml = parse(run.out());
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(files);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(bySeverity.get("ERROR"));
        int declared = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            assertThat(Integer.parseInt(suite.getAttribute("failures")))
                    .isEqualTo(suite.getElementsByTagName("failure").getLength());
            declared += Integer.parseInt(suite.getAttribute("failures"));
        }
        assertThat(declared).isEqualTo(bySeverity.get("ERROR"));
        assertThat(parse(warnings.out()).getElementsByTagName("failure").getLength())
                .isEqualTo(bySeverity.get("ERROR") + bySeverity.get("WARNING"));
    }

    /** A validator of the official schema. */
    static Validator sarifSchema() throws IOException {
        try (InputStream in = PipelineFormatsTest.class.getResourceAsStream(SCHEMA)) {
            JsonSchema schema = JsonSchema.of(new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return Validator.create(schema, new JsonSchemaOptions().setDraft(Draft.DRAFT7)
                    .setBaseUri("https://docs.oasis-open.org/sarif/").setOutputFormat(OutputFormat.Basic));
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
