package org.xxgk.checker.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.format.TableLayout;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.CellState;
import org.xxgk.checker.report.ExtraLine;
import org.xxgk.checker.report.LabelDeviation;
import org.xxgk.checker.report.Location;
import org.xxgk.checker.report.ReadProblem;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.SecondReport;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.StatedPublication;
import org.xxgk.checker.report.Table;
import org.xxgk.checker.report.TextBlock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the JSON of the report model, as {@link org.xxgk.checker.render.FactsRenderer} writes it (the output of the
 * {@code facts} command), back into a {@link Report}: layouts and cell ids are resolved against the format catalogue;
 * values, printed text, states and places are kept; the preamble and the sections come back with their lines and their
 * text, so the rules that judge the text (STR-15…, NAR-…) judge a model as they judge its source. A section without its
 * text is refused: read as empty, it would fail a correct report. Thread-safe.
 */
public final class ReportJsonReader {
    // Exact decimals: "79.6954" and "1.50" must come back with the scale they were written with; text after the
    // document is a mistake, not something to ignore.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The members of the model, as FactsRenderer writes them. */
    private static final List<String> MEMBERS = List.of("title", "titleLine", "organization", "year", "format", "encoding",
            "publication", "problems", "preamble", "sections", "tables", "secondReport");

    /** The members that say where a page states its publication date, as StatedPublication's fields. */
    private static final List<String> PUBLICATION_PLACES = List.of("line", "metadata", "informationBar");
    private static final List<String> PUBLICATION_MEMBERS =
            Stream.concat(Stream.of("date"), PUBLICATION_PLACES.stream()).toList();
    private static final String PUBLICATION_SHAPE = "publication 应为 {\"date\": 页面所示的发布日期（YYYY-MM-DD）, "
            + "\"line\": 它所在的行（从1起）} 或 {\"date\": …, \"metadata\": 标明它的网页元数据名称} 或 {\"date\": …, "
            + "\"informationBar\": 页面信息栏中它前面的标签}，而不是 ";

    private final FormatCatalog catalog;

    public ReportJsonReader(FormatCatalog catalog) {
        this.catalog = catalog;
    }

    /** Reads a report model; throws when the JSON is malformed or names a format, layout or cell the catalogue lacks. */
    public Report read(String json) throws ReportJsonException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）";
            throw new ReportJsonException("JSON 无法解析" + where + "：" + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ReportJsonException("报告模型应为一个 JSON 对象（即 facts 命令的输出）");
        }
        members(root);
        Integer year = year(root.get("year"));
        FormatDefinition format = format(root.get("format"), year);
        int titleLine = titleLine(root.get("titleLine"));
        TextBlock preamble = preamble(root.get("preamble"));
        List<Section> sections = sections(root.path("sections"), format);
        List<Table> tables = new ArrayList<>();
        int index = 0;
        for (JsonNode table : array(root.path("tables"), "tables")) {
            tables.add(table(table, "tables[" + index++ + "]", format));
        }
        int lineCount = sections.stream().mapToInt(section -> Math.max(section.line(), section.body().lastLine()))
                .max().orElse(0);
        lineCount = Math.max(lineCount, tables.stream().mapToInt(Table::lastLine).max().orElse(0));
        lineCount = Math.max(lineCount, Math.max(titleLine, preamble.lastLine()));
        return new Report(text(root, "title"), titleLine, text(root, "organization"), year, format, text(root, "encoding"),
                lineCount, false, preamble, sections, List.copyOf(tables), problems(root.path("problems")),
                secondReport(root.get("secondReport")), publication(root.get("publication")));
    }

    /**
     * Refuses JSON that is some other document ({@code {"text": …}}, a check's result, {@code {}}): read as a model,
     * it would be a report without title, sections or tables, and fail for reasons it does not have. A model may leave
     * out what it does not know, but not its tables, which are what a model is checked for.
     */
    private static void members(JsonNode root) throws ReportJsonException {
        Optional<String> unknown = unknownMember(root, MEMBERS);
        if (unknown.isPresent()) {
            throw new ReportJsonException("没有“" + unknown.get() + "”这一项（报告模型即 facts 命令的输出，可有的项："
                    + String.join("、", MEMBERS) + "；年报原文请以 text/plain 提交或作为文件上传）");
        }
        if (!root.has("tables")) {
            throw new ReportJsonException("缺少 tables（报告模型即 facts 命令的输出，其中总有 tables，可只含部分表格和单元格）");
        }
    }

    /** The title's line (META-01 and META-02 point at it); 0 when the model does not say. */
    private static int titleLine(JsonNode node) throws ReportJsonException {
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!isLine(node, 0)) {
            throw new ReportJsonException("titleLine 应为标题所在的行（从1起，没有标题时为 0），而不是 " + shown(node));
        }
        return node.intValue();
    }

    private static Integer year(JsonNode node) throws ReportJsonException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new ReportJsonException("year 应为整数年份，而不是 " + node);
        }
        return node.intValue();
    }

    /** The format named in the model, else the one for the report's year. */
    private FormatDefinition format(JsonNode node, Integer year) throws ReportJsonException {
        if (node == null || node.isNull()) {
            return catalog.forYear(year);
        }
        return catalog.byId(node.asText()).orElseThrow(() -> new ReportJsonException(
                "未知的报告格式“" + node.asText() + "”（规则集中有：" + formatIds() + "）"));
    }

    private String formatIds() {
        return catalog.formats().stream().map(FormatDefinition::id).collect(Collectors.joining("、"));
    }

    private static List<ReadProblem> problems(JsonNode node) throws ReportJsonException {
        List<ReadProblem> problems = new ArrayList<>();
        for (JsonNode problem : array(node, "problems")) {
            String text = problem.asText();
            int colon = text.indexOf(": ");
            try {
                problems.add(new ReadProblem(ReadProblem.Kind.valueOf(colon < 0 ? text : text.substring(0, colon)),
                        colon < 0 ? "" : text.substring(colon + 2)));
            } catch (IllegalArgumentException e) {
                throw new ReportJsonException("problems 中的“" + text + "”不是已知的问题类型（" + Arrays.stream(ReadProblem.Kind.values())
                        .map(Enum::name).collect(Collectors.joining("、")) + "）");
            }
        }
        return List.copyOf(problems);
    }

    private static SecondReport secondReport(JsonNode node) throws ReportJsonException {
        if (node == null || node.isNull()) {
            return null;
        }
        // INPUT-06 names it: a second report without a title or line would be named as "“”"
        if (!node.isObject() || !node.path("title").isTextual() || node.path("title").asText().isBlank()
                || !isLine(node.path("line"), 1) || unknownMember(node, List.of("title", "line")).isPresent()) {
            throw new ReportJsonException("secondReport 应为 {\"title\": 第二份年报的标题, \"line\": 它所在的行（从1起）}，而不是 " + node);
        }
        return new SecondReport(node.get("title").asText(), node.get("line").asInt());
    }

    /** The publication date the page states (META-07, META-08 judge it): absent (or null) when it states none. */
    private static StatedPublication publication(JsonNode node) throws ReportJsonException {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> places = PUBLICATION_PLACES.stream().filter(node::has).toList();
        String place = places.size() == 1 ? places.get(0) : null;
        if (!node.isObject() || !node.path("date").isTextual() || place == null
                || (place.equals("line") ? !isLine(node.get(place), 1)
                        : !node.get(place).isTextual() || node.get(place).asText().isBlank())
                || unknownMember(node, PUBLICATION_MEMBERS).isPresent()) {
            throw new ReportJsonException(PUBLICATION_SHAPE + node);
        }
        try {
            LocalDate date = LocalDate.parse(node.get("date").asText());
            return switch (place) {
                case "line" -> StatedPublication.onLine(date, node.get(place).asInt());
                case "metadata" -> StatedPublication.inMetadata(date, node.get(place).asText());
                default -> StatedPublication.inInformationBar(date, node.get(place).asText());
            };
        } catch (DateTimeParseException e) {
            throw new ReportJsonException(PUBLICATION_SHAPE + node);
        }
    }

    /** The text between the title and part 一: absent (or null) when the report has none. */
    private static TextBlock preamble(JsonNode node) throws ReportJsonException {
        if (node == null || node.isNull()) {
            return TextBlock.EMPTY;
        }
        if (!node.isObject() || unknownMember(node, List.of("body", "text")).isPresent()) {
            throw new ReportJsonException("preamble 应为 {\"body\": \"起始行-结束行\", \"text\": 标题与第一部分之间的文字}，而不是 "
                    + shown(node));
        }
        if (!node.has("text")) {
            throw new ReportJsonException("preamble 缺少 text：报告模型须带标题与第一部分之间的文字（facts 命令的输出带有）；"
                    + "没有这段文字时不写 preamble");
        }
        int[] body = range(node.get("body"), "preamble.body");
        return new TextBlock(blockText(node.get("text"), "preamble.text"), body[0], body[1]);
    }

    private static List<Section> sections(JsonNode node, FormatDefinition format) throws ReportJsonException {
        List<Section> sections = new ArrayList<>();
        for (JsonNode section : array(node, "sections")) {
            String where = "sections[" + sections.size() + "]";
            if (!section.isObject()) {
                throw new ReportJsonException(where + " 应为对象（id、heading、line、body、text），而不是 " + shown(section));
            }
            // without its text a part is judged empty: STR-17 and the text rules would fail a correct report
            if (!section.has("text")) {
                throw new ReportJsonException(where + " 缺少 text：报告模型须带各部分的文字（facts 命令的输出带有）；"
                        + "没有文字的部分写 \"\"");
            }
            String id = text(section, "id");
            int[] body = range(section.get("body"), where + ".body");
            String heading = text(section, "heading");
            sections.add(new Section(format.section(id).orElse(null), heading, OutlineReader.printedNumber(heading),
                    section.path("line").asInt(), new TextBlock(blockText(section.get("text"), where + ".text"),
                    body[0], body[1]), sections.size(), section.path("retitled").asBoolean(false)));
        }
        return List.copyOf(sections);
    }

    /** A part's text, its lines joined with '\n' as facts writes it. */
    private static String blockText(JsonNode node, String where) throws ReportJsonException {
        if (!node.isTextual()) {
            throw new ReportJsonException(where + " 应为字符串（没有文字时写 \"\"），而不是 " + shown(node));
        }
        return node.textValue();
    }

    /** The first member of an object that is none of those it may have, if any. */
    private static Optional<String> unknownMember(JsonNode object, List<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Whether a value is a line number: a whole number from {@code first} on (0 stands for none where allowed). */
    private static boolean isLine(JsonNode node, int first) {
        return node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= first;
    }

    /** A value as an error names it: its JSON, cut short (a part's text may run to pages). */
    private static String shown(JsonNode node) {
        String json = node.toString();
        return json.length() <= 60 ? json : json.substring(0, 60) + "…";
    }

    private Table table(JsonNode node, String where, FormatDefinition format) throws ReportJsonException {
        TableLayout layout = layout(node, where, format);
        Map<String, Cell> found = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("cells").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            CellSpec spec = layout.cell(field.getKey());
            if (spec == null) {
                throw new ReportJsonException(where + ".cells：“" + field.getKey() + "”不是表格 " + layout
                        + " 的单元格编号");
            }
            found.put(spec.id(), cell(spec, field.getValue(), where + ".cells." + spec.id()));
        }
        // Layout order, whatever order the JSON has: rules and outputs walk the cells in print order.
        Map<String, Cell> cells = new LinkedHashMap<>();
        Set<String> rows = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        for (CellSpec spec : layout.cells()) {
            Cell cell = found.get(spec.id());
            if (cell != null) {
                cells.put(spec.id(), cell);
                rows.add(spec.row().id());
                columns.add(spec.column().id());
            }
        }
        int[] lines = range(node.get("lines"), where + ".lines");
        int valueCount = node.has("valueCount") ? node.get("valueCount").asInt() : cells.size();
        List<LabelDeviation> deviations = new ArrayList<>(deviations(node.path("deviations"), where));
        if (node.hasNonNull("columnOrder")) {
            deviations.add(deviation(node.get("columnOrder").asText(), true, where + ".columnOrder"));
        }
        return new Table(layout, lines[0], lines[1], cells, Set.copyOf(rows), Set.copyOf(columns), valueCount,
                extras(node.path("extras"), where), List.copyOf(deviations));
    }

    /** The layout from "2021/t3" (format/layout), or from the table id ("t3") in the report's format. */
    private TableLayout layout(JsonNode node, String where, FormatDefinition format) throws ReportJsonException {
        String name = text(node, "layout");
        if (name.isEmpty()) {
            String table = text(node, "id");
            return format.layout(table).orElseThrow(() -> new ReportJsonException(
                    where + "：报告格式 " + format.id() + " 中没有表格“" + table + "”"));
        }
        int slash = name.indexOf('/');
        FormatDefinition owner = slash < 0 ? format : catalog.byId(name.substring(0, slash)).orElse(null);
        TableLayout layout = owner == null ? null
                : catalog.layoutWithId(owner, name.substring(slash + 1)).orElse(null);
        if (layout == null) {
            throw new ReportJsonException(where + ".layout：规则集中没有表格布局“" + name + "”");
        }
        return layout;
    }

    /** A cell given in full ({@code {"value": 8, "at": "70:1"}}) or as a bare number. */
    private static Cell cell(CellSpec spec, JsonNode node, String where) throws ReportJsonException {
        JsonNode valueNode = node.isObject() ? node.get("value") : node;
        BigDecimal value;
        if (valueNode == null || valueNode.isNull()) {
            value = null;
        } else if (valueNode.isNumber()) {
            value = valueNode.decimalValue();
        } else {
            throw new ReportJsonException(where + ".value 应为数字或 null，而不是 " + valueNode);
        }
        String raw = node.has("raw") ? node.get("raw").asText() : value == null ? "" : value.toPlainString();
        CellState state;
        try {
            state = node.has("state") ? CellState.valueOf(node.get("state").asText())
                    : value == null ? CellState.BLANK : CellState.NUMBER;
        } catch (IllegalArgumentException e) {
            throw new ReportJsonException(where + ".state 应为 NUMBER、BLANK、DASH 或 TEXT");
        }
        if ((state == CellState.NUMBER) != (value != null)) {
            throw new ReportJsonException(where + "：state 为 NUMBER 时必须有数值，其他状态不能有数值");
        }
        int[] at = position(node.get("at"), where + ".at");
        return new Cell(spec, raw, state, value, node.path("unit").asText(""),
                new Location(at[0], at[1], inTable(node.get("inTable"), where + ".inTable")));
    }

    /** "3:4:5" → the 3rd table's 4th row, 5th column in a web page, Word or PDF file; absent → {@code null} (text). */
    private static Location.TableCell inTable(JsonNode node, String where) throws ReportJsonException {
        if (node == null || node.isNull()) {
            return null;
        }
        String[] parts = node.asText().split(":", -1);
        if (parts.length != 3) {
            throw new ReportJsonException(where + " 应为“表格:行:列”，而不是“" + node.asText() + "”");
        }
        return new Location.TableCell(number(parts[0], where), number(parts[1], where), number(parts[2], where));
    }

    /** "行 小计 @52": kind, label, line. */
    private static List<ExtraLine> extras(JsonNode node, String where) throws ReportJsonException {
        List<ExtraLine> extras = new ArrayList<>();
        for (JsonNode extra : array(node, where + ".extras")) {
            String text = extra.asText();
            int space = text.indexOf(' ');
            int at = text.lastIndexOf(" @");
            if (space < 0 || at < space) {
                throw new ReportJsonException(where + ".extras：“" + text + "”应为“行|列 标签 @行号”");
            }
            extras.add(new ExtraLine(text.substring(space + 1, at), text.substring(0, space),
                    Location.line(number(text.substring(at + 2), where + ".extras"))));
        }
        return List.copyOf(extras);
    }

    private static List<LabelDeviation> deviations(JsonNode node, String where) throws ReportJsonException {
        List<LabelDeviation> deviations = new ArrayList<>();
        for (JsonNode deviation : array(node, where + ".deviations")) {
            deviations.add(deviation(deviation.asText(), false, where + ".deviations"));
        }
        return deviations;
    }

    /** "印制的标签 → 标准标签 @52", or for the columns' order "印制的顺序 → 标准顺序 @52". */
    private static LabelDeviation deviation(String text, boolean columnOrder, String where) throws ReportJsonException {
        int arrow = text.indexOf(" → ");
        int at = text.lastIndexOf(" @");
        if (arrow < 0 || at < arrow) {
            throw new ReportJsonException(where + "：“" + text + "”应为“"
                    + (columnOrder ? "印制的顺序 → 标准顺序" : "印制的标签 → 标准标签") + " @行号”");
        }
        return new LabelDeviation(text.substring(0, arrow), text.substring(arrow + 3, at),
                Location.line(number(text.substring(at + 2), where)), columnOrder);
    }

    /** "7-15" → {7, 15}; absent → {0, 0}. */
    private static int[] range(JsonNode node, String where) throws ReportJsonException {
        return pair(node, '-', where, "“起始行-结束行”");
    }

    /** "70:1" → {70, 1}; absent → {0, 0}. */
    private static int[] position(JsonNode node, String where) throws ReportJsonException {
        return pair(node, ':', where, "“行:列”");
    }

    private static int[] pair(JsonNode node, char separator, String where, String shape) throws ReportJsonException {
        if (node == null || node.isNull()) {
            return new int[] {0, 0};
        }
        String text = node.asText();
        int split = text.indexOf(separator);
        if (split < 0) {
            throw new ReportJsonException(where + " 应为" + shape + "，而不是“" + text + "”");
        }
        return new int[] {number(text.substring(0, split), where), number(text.substring(split + 1), where)};
    }

    private static int number(String text, String where) throws ReportJsonException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ReportJsonException(where + "：“" + text + "”不是行号或列号");
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String where) throws ReportJsonException {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ReportJsonException(where + " 应为数组");
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
