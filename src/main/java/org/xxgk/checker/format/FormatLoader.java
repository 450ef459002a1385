package org.xxgk.checker.format;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the format definitions of a rule set: one folder per format under {@code formats/}, each with its
 * {@code format.yaml}. A new format issued by the State Council is a new folder.
 */
public final class FormatLoader {
    /** The keys of a positional table's words of extra lines, in the order a problem names them. */
    private static final List<String> EXTRA_LINE_KEYS = List.of("total_words", "remark_words", "sum_words", "group_words");
    /** The keys of the lists of a portal's words, in the order a problem names them. */
    private static final List<String> PORTAL_KEYS = List.of("controls", "neighbour_links", "buttons", "publication_metadata",
            "information_bar_fields", "part_names");
    private final Path base;
    private final List<FileProblem> problems = new ArrayList<>();

    private FormatLoader(Path base) {
        this.base = base;
    }

    /**
     * Loads every format of the folder.
     *
     * @param formatsDir the {@code formats/} folder
     * @param base       the rule set's directory, against which file names in problems are written
     */
    public static FormatCatalog load(Path formatsDir, Path base) throws FormatException {
        FormatLoader loader = new FormatLoader(base);
        List<FormatDefinition> formats = new ArrayList<>();
        List<Path> files = yamlFiles(formatsDir, loader);
        for (Path file : files) {
            loader.read(file).ifPresent(formats::add);
        }
        if (loader.problems.isEmpty() && formats.isEmpty()) {
            loader.problem(formatsDir, 0, "规则集中没有报告格式定义（formats/<格式>/format.yaml）", "");
        }
        Set<String> ids = new HashSet<>();
        for (FormatDefinition format : formats) {
            if (!ids.add(format.id())) {
                loader.problem(formatsDir, 0, "报告格式编号“" + format.id() + "”重复", "");
            }
        }
        if (!loader.problems.isEmpty()) {
            throw new FormatException(loader.problems);
        }
        return new FormatCatalog(formats);
    }

    private static List<Path> yamlFiles(Path dir, FormatLoader loader) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.filter(Files::isDirectory)
                    .map(folder -> folder.resolve("format.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            loader.problem(dir, 0, "无法读取目录", String.valueOf(e.getMessage()));
            return List.of();
        }
    }

    private Optional<FormatDefinition> read(Path file) {
        YamlFile<FormatFile> yaml = YamlFile.read(base, file, FormatFile.class, "格式定义文件", problems).orElse(null);
        if (yaml == null) {
            return Optional.empty();
        }
        FormatFile dto = yaml.value();
        if (dto == null || isBlank(dto.id) || dto.years == null || dto.years.from == null) {
            problem(file, 1, "格式定义缺少 id 或 years.from", "");
            return Optional.empty();
        }
        int before = problems.size();
        problems.addAll(yaml.wordsRunTogether(base, file,
                key -> EXTRA_LINE_KEYS.contains(key) || PORTAL_KEYS.contains(key)));
        PortalWords portal = portal(file, yaml, dto.portal);
        List<SectionSpec> sections = sections(file, yaml, dto);
        List<TableLayout> tables = new ArrayList<>();
        for (FormatFile.Table table : nonNull(dto.tables)) {
            TableLayout layout = table(file, yaml, dto.id, table);
            if (layout != null) {
                tables.add(layout);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new FormatDefinition(dto.id, orDefault(dto.name, dto.id),
                orDefault(dto.clause, dto.name), dto.years.from, dto.years.to, nonNull(dto.titleEndings),
                nonNull(dto.interpretationWords), nonNull(dto.preambleWords),
                nonNull(dto.publicationDateLabels), portal, sections, tables));
    }

    /** The portal's words; a blank one, which every text opens with, is a problem. */
    private PortalWords portal(Path file, YamlFile<FormatFile> yaml, FormatFile.Portal portal) {
        if (portal == null) {
            return PortalWords.NONE;
        }
        List<List<String>> lists = List.of(nonNull(portal.controls), nonNull(portal.neighbourLinks),
                nonNull(portal.buttons), nonNull(portal.publicationMetadata), nonNull(portal.informationBarFields),
                nonNull(portal.partNames));
        boolean blank = false;
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).stream().anyMatch(FormatLoader::isBlank)) {
                problem(file, yaml.lineOf(PORTAL_KEYS.get(i) + ":"), "portal 的“" + PORTAL_KEYS.get(i)
                        + "”中有空的词：空的词与任何文字都相符，网页的每一段都会被当作网站的栏目去掉，请删去", "");
                blank = true;
            }
        }
        return blank ? PortalWords.NONE
                : new PortalWords(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), lists.get(5));
    }

    private List<SectionSpec> sections(Path file, YamlFile<FormatFile> yaml, FormatFile dto) {
        List<SectionSpec> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FormatFile.Section section : nonNull(dto.sections)) {
            if (isBlank(section.id) || isBlank(section.title) || isBlank(section.number)) {
                problem(file, yaml.lineOf(section.title), "部分定义缺少 id、number 或 title", "");
                continue;
            }
            if (!ids.add(section.id)) {
                problem(file, yaml.lineOf("id: " + section.id), "部分编号“" + section.id + "”重复", "");
            }
            sections.add(new SectionSpec(section.id, section.number, section.title, nonNull(section.variants),
                    sections.size() + 1));
        }
        return sections;
    }

    private TableLayout table(Path file, YamlFile<FormatFile> yaml, String formatId, FormatFile.Table table) {
        if (isBlank(table.id) || table.kind == null) {
            problem(file, yaml.lineOf("id: " + table.id), "表格定义缺少 id 或 kind", "");
            return null;
        }
        TableKind kind;
        try {
            kind = TableKind.valueOf(table.kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(file, yaml.lineOf("kind: " + table.kind), "未知的表格类型“" + table.kind + "”（应为 grid、blocks 或 positional）", "");
            return null;
        }
        List<RowSpec> rows = new ArrayList<>();
        List<ColumnSpec> columns = new ArrayList<>();
        List<BlockSpec> blocks = new ArrayList<>();
        if (kind == TableKind.BLOCKS) {
            for (FormatFile.Block block : nonNull(table.blocks)) {
                List<ColumnSpec> blockColumns = new ArrayList<>();
                flattenColumns(file, yaml, nonNull(block.columns), "", blockColumns);
                List<RowSpec> blockRows = new ArrayList<>();
                flattenRows(file, yaml, nonNull(block.rows), List.of(), blocks.size(), blockRows);
                blocks.add(new BlockSpec(block.label, blockColumns, blockRows));
                rows.addAll(blockRows);
            }
        } else {
            flattenColumns(file, yaml, nonNull(table.columns), "", columns);
            flattenRows(file, yaml, nonNull(table.rows), List.of(), 0, rows);
        }
        Set<String> rowIds = new HashSet<>();
        for (RowSpec row : rows) {
            if (!rowIds.add(row.id())) {
                problem(file, yaml.lineOf("id: " + row.id()), "表格 " + table.id + " 的行编号“" + row.id() + "”重复", "");
            }
        }
        if (rows.isEmpty() || (kind != TableKind.BLOCKS && columns.isEmpty())) {
            problem(file, yaml.lineOf("id: " + table.id), "表格 " + table.id + " 没有定义行或列", "");
        }
        return new TableLayout(table.id, orDefault(table.table, table.id), formatId, table.section,
                orDefault(table.name, table.id), orDefault(table.title, table.id), kind, nonNull(table.header),
                extraLineWords(file, yaml, table, kind), rows, columns, blocks);
    }

    /**
     * The words of the rows and columns a table read by position prints beyond the format's. Such a table must list
     * them, [] for none: left out, its total rows would quietly be read as its own. A table of blocks may list the
     * total's words, which tell a row's total from the parts the row is printed in ("行政规范性文件（合计）"); a list a
     * table does not read is refused rather than ignored. A blank word would be in every label.
     */
    private ExtraLineWords extraLineWords(Path file, YamlFile<FormatFile> yaml, FormatFile.Table table, TableKind kind) {
        // as EXTRA_LINE_KEYS names them; null for a list not written
        List<List<String>> lists = Arrays.asList(table.totalWords, table.remarkWords, table.sumWords, table.groupWords);
        int tableLine = yaml.lineOf("id: " + table.id);
        for (int i = 0; i < lists.size(); i++) {
            String key = EXTRA_LINE_KEYS.get(i);
            List<String> words = lists.get(i);
            boolean read = kind == TableKind.POSITIONAL || kind == TableKind.BLOCKS && i == 0;
            if (!read) {
                if (words != null) {
                    problem(file, yaml.lineOfKey(key, tableLine), "表格 " + table.id + " 按标签读取（kind: "
                            + table.kind + "），不读“" + key + "”：这个词表只用于按位置读取的表格（kind: positional）"
                            + (i == 0 ? "和分块的表格（kind: blocks）" : ""), "");
                }
            } else if (words == null) {
                if (kind == TableKind.POSITIONAL) {
                    problem(file, tableLine, "表格 " + table.id + " 缺少“" + key + "”：按位置读取的表格（kind: positional）须写明 "
                            + String.join("、", EXTRA_LINE_KEYS) + "，不需要的写 []", "");
                }
            } else if (words.stream().anyMatch(word -> word == null || Labels.normalize(word).isEmpty())) {
                problem(file, yaml.lineOfKey(key, tableLine), "表格 " + table.id + " 的“" + key
                        + "”中有空的词：空的词与任何标签都相符，请删去", "");
            }
        }
        return switch (kind) {
            case POSITIONAL -> new ExtraLineWords(nonNull(table.totalWords), nonNull(table.remarkWords),
                    nonNull(table.sumWords), nonNull(table.groupWords));
            case BLOCKS -> new ExtraLineWords(nonNull(table.totalWords), List.of(), List.of(), List.of());
            case GRID -> ExtraLineWords.NONE;
        };
    }

    private void flattenRows(Path file, YamlFile<FormatFile> yaml, List<FormatFile.Row> nodes, List<String> groups, int block,
                             List<RowSpec> out) {
        for (FormatFile.Row node : nodes) {
            if (node.group != null) {
                List<String> inner = new ArrayList<>(groups);
                inner.add(node.group);
                flattenRows(file, yaml, nonNull(node.rows), List.copyOf(inner), block, out);
            } else if (isBlank(node.id) || isBlank(node.label)) {
                problem(file, yaml.lineOf(node.label), "行定义缺少 id 或 label", "");
            } else {
                out.add(new RowSpec(node.id, node.label, orDefault(node.shortLabel, node.label),
                        nonNull(node.variants), groups, new LinkedHashSet<>(nonNull(node.tags)), block));
            }
        }
    }

    private void flattenColumns(Path file, YamlFile<FormatFile> yaml, List<FormatFile.Column> nodes, String group,
                                List<ColumnSpec> out) {
        for (FormatFile.Column node : nodes) {
            if (node.group != null) {
                flattenColumns(file, yaml, nonNull(node.columns), node.group, out);
            } else if (isBlank(node.id) || isBlank(node.label)) {
                problem(file, yaml.lineOf(node.label), "列定义缺少 id 或 label", "");
            } else {
                ValueType type = "decimal".equalsIgnoreCase(node.type) ? ValueType.DECIMAL : ValueType.INTEGER;
                if (node.type != null && type == ValueType.INTEGER && !"integer".equalsIgnoreCase(node.type)) {
                    problem(file, yaml.lineOf("type: " + node.type), "未知的数值类型“" + node.type + "”（应为 integer 或 decimal）", "");
                }
                out.add(new ColumnSpec(node.id, node.label, orDefault(node.shortLabel, node.label),
                        nonNull(node.variants), group, new LinkedHashSet<>(nonNull(node.tags)), type,
                        orDefault(node.unit, "")));
            }
        }
    }

    private void problem(Path file, int line, String message, String detail) {
        problems.add(FileProblem.in(base, file, line, 0, message, detail));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String orDefault(String value, String fallback) {
        return isBlank(value) ? fallback : value;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
