package org.xxgk.checker.conformance;

import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.Severity;
import org.xxgk.checker.engine.RuleMetadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the rule catalogue ({@code rules/README.md}) from the rules' own metadata, with an example where each
 * rule fires (the finding and the source line it points to, from the rule's first fail fixture) and one where it
 * stays quiet. Generated, so it cannot drift from the rules; a test fails when the file is stale.
 */
public final class CatalogueWriter {
    /** The rule folders in the order the catalogue lists them, with their names. */
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("input", "输入");
        GROUPS.put("structure", "结构与完整性");
        GROUPS.put("arithmetic", "表格勾稽关系");
        GROUPS.put("consistency", "交叉一致性：正文与表格、本年与上年");
        GROUPS.put("narrative", "正文质量");
        GROUPS.put("metadata", "标题、期限与机关");
    }

    private final Checker checker;
    private final FixtureSuite fixtures;
    private final Path fixturesDir;

    public CatalogueWriter(Checker checker, FixtureSuite fixtures, Path fixturesDir) {
        this.checker = checker;
        this.fixtures = fixtures;
        this.fixturesDir = fixturesDir;
    }

    /** The catalogue as Markdown. */
    public String write() throws IOException {
        List<RuleMetadata> rules = checker.ruleSet().rules();
        StringBuilder out = new StringBuilder();
        out.append("# 规则目录\n\n");
        out.append("本文件由 `xxgk-checker rules doc` 根据各规则的元数据和测试用例生成，请勿手工修改；修改规则后重新生成。\n\n");
        out.append(String.format("规则集：%s %s，共 %d 条规则（错误 %d、警告 %d、提示 %d）。\n", checker.ruleSet().name(),
                checker.ruleSet().version(), rules.size(), count(rules, Severity.ERROR), count(rules, Severity.WARNING),
                count(rules, Severity.INFO)));
        for (String group : groups(rules)) {
            out.append("\n## ").append(GROUPS.getOrDefault(group, group)).append("（").append(group).append("）\n");
            for (RuleMetadata rule : rules) {
                if (rule.group().equals(group)) {
                    rule(rule, out);
                }
            }
        }
        return out.toString();
    }

    private void rule(RuleMetadata rule, StringBuilder out) throws IOException {
        out.append("\n### ").append(rule.id()).append(" ").append(rule.title()).append("\n\n");
        out.append("- 严重程度：").append(name(rule.severity())).append("\n");
        out.append("- 依据：").append(rule.clause(checker.ruleSet().formats())).append("\n");
        out.append("- 消息：`").append(rule.message()).append("`\n");
        out.append("- 文件：`").append(rule.file().toString().replace('\\', '/')).append("`\n");
        Fixture fail = first(rule.id(), true);
        Fixture pass = first(rule.id(), false);
        if (fail != null) {
            out.append("- 触发示例：`").append(relative(fail)).append("`");
            CheckResult result = FixtureSuite.check(checker, fail);
            Finding finding = result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).findFirst().orElse(null);
            if (finding != null) {
                out.append(" → ").append(finding.message());
                String line = sourceLine(fail.file(), finding.line());
                if (!line.isEmpty()) {
                    out.append("（原文第 ").append(finding.line()).append(" 行：").append(line).append("）");
                }
            }
            out.append("\n");
        }
        if (pass != null) {
            out.append("- 不触发示例：`").append(relative(pass)).append("`\n");
        }
    }

    private Fixture first(String ruleId, boolean fires) {
        return fixtures.fixtures().stream().filter(f -> ruleId.equals(f.ruleId()) && f.fires() == fires)
                .findFirst().orElse(null);
    }

    private String relative(Fixture fixture) {
        return fixturesDir.resolve(fixture.ruleId()).resolve(fixture.file().getFileName()).toString().replace('\\', '/');
    }

    /** A line of a fixture, shortened and with tabs shown as spaces; "" when it has no text. */
    private static String sourceLine(Path file, int line) {
        if (line <= 0) {
            return "";
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
        if (line > lines.size()) {
            return "";
        }
        String text = lines.get(line - 1).replace('\t', ' ').replaceAll(" {2,}", " ").strip();
        return text.length() > 60 ? text.substring(0, 58) + "……" : text;
    }

    private static List<String> groups(List<RuleMetadata> rules) {
        List<String> present = rules.stream().map(RuleMetadata::group).distinct().toList();
        List<String> ordered = new java.util.ArrayList<>(GROUPS.keySet().stream().filter(present::contains).toList());
        present.stream().filter(group -> !ordered.contains(group)).sorted().forEach(ordered::add);
        return ordered;
    }

    private static long count(List<RuleMetadata> rules, Severity severity) {
        return rules.stream().filter(rule -> rule.severity() == severity).count();
    }

    private static String name(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误（ERROR）";
            case WARNING -> "警告（WARNING）";
            case INFO -> "提示（INFO）";
        };
    }
}
