package org.xxgk.checker.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.TableLayout;
import org.xxgk.checker.ingest.DecodedText;
import org.xxgk.checker.ingest.TextDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the relation tables ({@code relations/*.csv}). Each row is one relation:
 * <pre>
 * rule,for_each,relation,scope,note
 * ARI-01,{col} in t3.columns,t3.[result].{col} = t3.results.total.{col},{col}列,…
 * </pre>
 * A cell is written {@code table.row.column}; {@code {row}} and {@code {col}} take each value of {@code for_each}
 * ({@code {col} in t3.columns}, {@code {row} in t3.rows[tag]}, {@code {row} = rules | normative}); {@code [tag]} in a
 * row or column place adds up every row or column with that tag. A relation applies to each format that has its
 * tables; a cell that such a format lacks is an error, so a typo never silently disables a check. A cell written
 * {@code prev.t3.applications.carried_out.total} is last year's: such a relation compares two reports. Files may be
 * UTF-8 (with or without BOM) or GBK, as spreadsheet programs save them; lines starting with # are comments.
 */
final class RelationLoader {
    private static final Pattern FOR_EACH = Pattern.compile(
            "^\\{(row|col)}\\s*(?:in\\s+([a-z0-9_]+)\\.(rows|columns)(?:\\[([a-z0-9_]+)])?|=\\s*(.+))$");
    private static final Pattern OPERATOR = Pattern.compile(">=|<=|≥|≤|=");
    private static final List<String> COLUMNS = List.of("rule", "for_each", "relation", "scope", "note");

    private final FormatCatalog catalog;
    private final Path base;
    private final List<FileProblem> problems;
    private final Map<String, List<RelationInstance>> byFormat = new LinkedHashMap<>();
    private final List<CrossYearRelation> acrossYears = new ArrayList<>();
    private final Map<String, RelationTable.Mention> rules = new LinkedHashMap<>();

    private RelationLoader(FormatCatalog catalog, Path base, List<FileProblem> problems) {
        this.catalog = catalog;
        this.base = base;
        this.problems = problems;
        catalog.formats().forEach(format -> byFormat.put(format.id(), new ArrayList<>()));
    }

    /** Loads every relation table of the folder; problems are added to {@code problems}. */
    static RelationTable load(Path dir, FormatCatalog catalog, Path base, List<FileProblem> problems) {
        RelationLoader loader = new RelationLoader(catalog, base, problems);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                        .sorted().toList()) {
                    loader.read(file);
                }
            } catch (IOException e) {
                loader.problem(dir, 0, 0, "无法读取目录", String.valueOf(e.getMessage()));
            }
        }
        return new RelationTable(loader.byFormat, loader.acrossYears, loader.rules);
    }

    private void read(Path file) {
        String text;
        try {
            DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file));
            if (decoded.problem() != null) {
                problem(file, 0, 0, "关系表不是文本文件", decoded.problem().detail());
                return;
            }
            text = decoded.text();
        } catch (IOException e) {
            problem(file, 0, 0, "无法读取关系表", String.valueOf(e.getMessage()));
            return;
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(text)) {
            boolean headerChecked = false;
            Long failedAt = null;
            while (true) {
                Map<String, String> row;
                int line;
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    JsonLocation location = rows.getCurrentLocation();
                    line = location == null ? 0 : location.getLineNr();
                    row = rows.nextValue();
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    long at = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
                    if (failedAt != null && at == failedAt) {
                        // the reader cannot get past this place (a quote left open to the end of the file)
                        break;
                    }
                    failedAt = at;
                    // only the row is left out, and the reader goes on with the next: the rows below it, and the
                    // rules they serve, are not reported a second time as missing
                    unreadableRow(file, text, e);
                    continue;
                }
                if (!headerChecked) {
                    headerChecked = true;
                    if (!row.keySet().containsAll(COLUMNS.subList(0, 3))) {
                        problem(file, 1, 0, "关系表的表头应为 " + String.join(",", COLUMNS), "表头为 " + row.keySet());
                        return;
                    }
                }
                relation(file, line, text, row);
            }
        } catch (IOException e) {
            problem(file, 0, 0, "关系表无法解析", String.valueOf(e.getMessage()));
        }
    }

    /** Names a row the CSV reader could not read; its rule is still named as having a relation, which is wrong. */
    private void unreadableRow(Path file, String text, com.fasterxml.jackson.core.JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        String message = String.valueOf(e.getOriginalMessage());
        // the CSV reader's complaints are English; the common one is a row with more cells than the header
        String summary = message.startsWith("Too many entries") ? "这一行的列数多于表头的 " + COLUMNS.size()
                + " 列（表达式中含逗号时，整个单元格须加英文双引号）" : "关系表的这一行无法读取";
        problem(file, line, 0, summary, message);
        List<String> lines = text.lines().toList();
        if (line >= 1 && line <= lines.size()) {
            String rule = lines.get(line - 1).split(",", 2)[0].strip();
            if (!rule.isEmpty() && !rule.startsWith("#")) {
                rules.putIfAbsent(rule, new RelationTable.Mention(file, line));
            }
        }
    }

    private void relation(Path file, int reportedLine, String text, Map<String, String> row) {
        String rule = value(row, "rule");
        String forEach = value(row, "for_each");
        String relation = value(row, "relation");
        String scope = value(row, "scope");
        if (rule.isEmpty() && relation.isEmpty()) {
            return;
        }
        int line = lineOf(text, relation, reportedLine);
        int column = columnOf(text, line, relation);
        if (!rule.isEmpty()) {
            // named even when the row below has a mistake: that mistake is reported, not "no relation for the rule"
            rules.putIfAbsent(rule, new RelationTable.Mention(file, line));
        }
        if (rule.isEmpty() || relation.isEmpty()) {
            problem(file, line, column, "关系缺少 rule 或 relation", "");
            return;
        }
        Matcher operator = OPERATOR.matcher(relation);
        if (!operator.find()) {
            problem(file, line, column, "关系“" + relation + "”中没有 =、>= 或 <=", "");
            return;
        }
        String op = switch (operator.group()) {
            case ">=", "≥" -> "≥";
            case "<=", "≤" -> "≤";
            default -> "=";
        };
        String rightText = relation.substring(operator.end());
        List<CellExpression.Written> left = CellExpression.parse(relation.substring(0, operator.start()));
        List<CellExpression.Written> right = CellExpression.parse(rightText);
        if (left == null || right == null || OPERATOR.matcher(rightText).find()) {
            problem(file, line, column, "关系“" + relation + "”的写法有误（应为：单元格 + 单元格 = 单元格）", "");
            return;
        }
        Matcher each = forEach.isEmpty() ? null : FOR_EACH.matcher(forEach);
        if (each != null && !each.matches()) {
            problem(file, line, 0, "for_each“" + forEach + "”的写法有误（应为 {col} in t3.columns、{row} in t3.rows[标记] 或 {row} = a | b）", "");
            return;
        }
        if (Stream.concat(left.stream(), right.stream()).anyMatch(CellExpression.Written::previous)) {
            acrossYears(file, line, column, rule, each, forEach, scope, op, left, right);
            return;
        }
        String table = CellExpression.tableOf(left.get(0));
        int applied = 0;
        // what a format lacks, with every format lacking it: a mistyped cell is named once, not once per format
        Map<String, List<String>> lacking = new LinkedHashMap<>();
        for (FormatDefinition format : catalog.formats()) {
            Optional<TableLayout> layout = catalog.layoutWithId(format, table);
            if (layout.isEmpty()) {
                continue;
            }
            applied++;
            List<Binding> bindings = bindings(each, layout.get(), format);
            if (bindings == null) {
                problem(file, line, 0, "for_each“" + forEach + "”引用的表格在格式 " + format.id() + " 中不存在", "");
                return;
            }
            for (Binding binding : bindings) {
                Consumer<String> problem = message -> lacking.computeIfAbsent(message, m -> new ArrayList<>()).add(format.id());
                List<Term> leftTerms = CellExpression.resolve(binding.apply(left), catalog, format, problem);
                List<Term> rightTerms = leftTerms == null ? null : CellExpression.resolve(binding.apply(right), catalog, format, problem);
                if (rightTerms == null) {
                    break;
                }
                String key = format.id() + ":" + rule + "/" + (binding.value == null ? table : binding.value);
                String resolvedScope = binding.variable == null ? scope : scope.replace("{" + binding.variable + "}", binding.label);
                byFormat.get(format.id()).add(new RelationInstance(rule, key, resolvedScope, format.id(), op,
                        leftTerms, rightTerms));
            }
        }
        lacking.forEach((message, formats) -> problem(file, line, column, message + inFormats(formats), ""));
        if (applied == 0) {
            problem(file, line, column, "表格编号“" + table + "”在任何报告格式中都不存在", "");
        }
    }

    /** "（格式 2019、2021）": the formats a message about a missing cell holds for. */
    private static String inFormats(List<String> formatIds) {
        return "（格式 " + String.join("、", formatIds) + "）";
    }

    /**
     * A relation between last year's report and this year's (last year's cells are written {@code prev.}), resolved
     * for every pair of formats the two reports may follow. A pair whose format lacks a cell keeps the reason, so that
     * the rule says what it could not compare (a 2020 report in the trial format has no 现行有效件数); a cell that no
     * format has is a typo, and an error.
     */
    private void acrossYears(Path file, int line, int column, String rule, Matcher each, String forEach, String scope,
                             String op, List<CellExpression.Written> left, List<CellExpression.Written> right) {
        List<CellExpression.Written> cells = Stream.concat(left.stream(), right.stream())
                .filter(term -> !term.text().matches("\\d+")).toList();
        Set<String> tables = new LinkedHashSet<>();
        Set<String> previousTables = new LinkedHashSet<>();
        cells.forEach(term -> (term.previous() ? previousTables : tables).add(CellExpression.tableOf(term)));
        if (tables.size() != 1 || previousTables.size() != 1) {
            problem(file, line, column, "本年与上年比较的关系中，本年的单元格和上年的单元格（prev.）应各在一张表中", "");
            return;
        }
        Optional<TableLayout> layout = newestLayout(tables.iterator().next());
        Optional<TableLayout> previousLayout = newestLayout(previousTables.iterator().next());
        if (layout.isEmpty() || previousLayout.isEmpty()) {
            problem(file, line, column, "表格编号“" + (layout.isEmpty() ? tables : previousTables).iterator().next()
                    + "”在任何报告格式中都不存在", "");
            return;
        }
        // the for_each takes its rows or columns from the newest format that has this year's table
        List<Binding> bindings = bindings(each, layout.get(), catalog.byId(layout.get().formatId()).orElseThrow());
        if (bindings == null) {
            problem(file, line, 0, "for_each“" + forEach + "”引用的表格不存在", "");
            return;
        }
        List<CrossYearRelation> relations = new ArrayList<>();
        for (Binding binding : bindings) {
            List<CellExpression.Written> boundLeft = binding.apply(left);
            List<CellExpression.Written> boundRight = binding.apply(right);
            List<CellExpression.Written> bound = binding.apply(cells);
            for (CellExpression.Written term : bound) {
                if (describe(term) == null) {
                    CellExpression.resolveTerm(term, catalog, catalog.newest(), message -> problem(file, line, column,
                            (term.previous() ? "上年的" : "") + message
                                    + inFormats(catalog.formats().stream().map(FormatDefinition::id).toList()), ""));
                    return;
                }
            }
            String key = binding.value == null ? tables.iterator().next() : binding.value;
            String resolvedScope = binding.variable == null ? scope : scope.replace("{" + binding.variable + "}", binding.label);
            Map<String, RelationInstance> instances = new LinkedHashMap<>();
            Map<String, String> gaps = new LinkedHashMap<>();
            for (FormatDefinition format : catalog.formats()) {
                for (FormatDefinition previousFormat : catalog.formats()) {
                    String pair = CrossYearRelation.pair(format.id(), previousFormat.id());
                    List<Term> leftTerms = CellExpression.resolve(boundLeft, catalog, format, previousFormat, message -> { });
                    List<Term> rightTerms = leftTerms == null ? null
                            : CellExpression.resolve(boundRight, catalog, format, previousFormat, message -> { });
                    if (rightTerms == null) {
                        gaps.put(pair, lacking(bound, format, previousFormat));
                    } else {
                        instances.put(pair, new RelationInstance(rule, pair + ":" + rule + "/" + key, resolvedScope,
                                format.id(), op, leftTerms, rightTerms));
                    }
                }
            }
            if (instances.isEmpty()) {
                problem(file, line, column, "关系“" + key + "”在任何两种报告格式之间都无法比较（单元格不在同一格式中）", "");
                return;
            }
            relations.add(new CrossYearRelation(rule, resolvedScope, layout.get().table(), layout.get().name(),
                    previousLayout.get().table(), previousLayout.get().name(), instances, gaps));
        }
        acrossYears.addAll(relations);
    }

    /** The layout with this id in the newest format that has one. */
    private Optional<TableLayout> newestLayout(String layoutId) {
        List<FormatDefinition> formats = catalog.formats();
        for (int i = formats.size() - 1; i >= 0; i--) {
            Optional<TableLayout> layout = catalog.layoutWithId(formats.get(i), layoutId);
            if (layout.isPresent()) {
                return layout;
            }
        }
        return Optional.empty();
    }

    /** A cell as messages name it, from the newest format that has it (表二“现行有效件数”); {@code null} when none has. */
    private String describe(CellExpression.Written term) {
        List<FormatDefinition> formats = catalog.formats();
        for (int i = formats.size() - 1; i >= 0; i--) {
            List<Term> terms = CellExpression.resolveTerm(term, catalog, formats.get(i), message -> { });
            if (terms != null) {
                TableLayout layout = catalog.layoutWithId(formats.get(i), terms.get(0).layoutId()).orElseThrow();
                return layout.name() + "“" + terms.get(0).cell().column().label() + "”";
            }
        }
        return null;
    }

    /** Why a relation cannot be evaluated between reports of these formats: the first cell one of them lacks. */
    private String lacking(List<CellExpression.Written> cells, FormatDefinition format, FormatDefinition previousFormat) {
        for (CellExpression.Written term : cells) {
            FormatDefinition own = term.previous() ? previousFormat : format;
            if (CellExpression.resolveTerm(term, catalog, own, message -> { }) == null) {
                return (term.previous() ? "上年" : "本年") + "报告按" + own.name() + "填报，没有" + describe(term);
            }
        }
        throw new IllegalStateException("every cell resolves, yet the relation does not");
    }

    /** A value of the relation's for_each: the variable, the row or column id, and its label for messages. */
    private record Binding(String variable, String value, String label) {
        /** The terms with the variable put in. */
        List<CellExpression.Written> apply(List<CellExpression.Written> terms) {
            if (variable == null) {
                return terms;
            }
            return terms.stream()
                    .map(term -> new CellExpression.Written(term.negative(), term.text().replace("{" + variable + "}", value),
                            term.previous()))
                    .toList();
        }
    }

    private List<Binding> bindings(Matcher each, TableLayout layout, FormatDefinition format) {
        if (each == null) {
            return List.of(new Binding(null, null, null));
        }
        String variable = each.group(1);
        List<Binding> bindings = new ArrayList<>();
        if (each.group(5) != null) {
            for (String value : each.group(5).split("\\|")) {
                String id = value.strip();
                String label = variable.equals("row")
                        ? Optional.ofNullable(layout.row(id)).map(RowSpec::shortLabel).orElse(id)
                        : Optional.ofNullable(layout.column(id)).map(ColumnSpec::shortLabel).orElse(id);
                bindings.add(new Binding(variable, id, label));
            }
            return bindings;
        }
        Optional<TableLayout> source = catalog.layoutWithId(format, each.group(2));
        if (source.isEmpty()) {
            return null;
        }
        String tag = each.group(4);
        if (each.group(3).equals("rows")) {
            for (RowSpec row : tag == null ? source.get().rows() : source.get().rowsTagged(tag)) {
                bindings.add(new Binding(variable, row.id(), row.shortLabel()));
            }
        } else {
            for (ColumnSpec column : tag == null ? source.get().columns() : source.get().columnsTagged(tag)) {
                bindings.add(new Binding(variable, column.id(), column.shortLabel()));
            }
        }
        return bindings;
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.strip();
    }

    private static int lineOf(String text, String relation, int fallback) {
        int at = text.indexOf(relation);
        return at < 0 ? fallback : FileProblem.lineAt(text, at);
    }

    private static int columnOf(String text, int line, String relation) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return 0;
        }
        int at = lines[line - 1].indexOf(relation);
        return at < 0 ? 0 : at + 1;
    }

    private void problem(Path file, int line, int column, String message, String detail) {
        problems.add(FileProblem.in(base, file, line, column, message, detail));
    }
}
