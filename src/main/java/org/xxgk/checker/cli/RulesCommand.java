package org.xxgk.checker.cli;

import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.conformance.CatalogueWriter;
import org.xxgk.checker.conformance.Fixture;
import org.xxgk.checker.conformance.FixtureOutcome;
import org.xxgk.checker.conformance.FixtureSuite;
import org.xxgk.checker.engine.RuleMetadata;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.engine.RuleSetException;
import org.xxgk.checker.engine.RuleSetLoader;
import org.xxgk.checker.format.FileProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code rules}: lists, validates, tests, documents and creates rules, and previews what a change would do. */
@Command(name = "rules",
        description = {"规则集的工具：列出、校验、测试规则，生成规则目录，新建规则，比较两个规则集的检查结果。",
                "修改规则后依次运行：rules check（能否编译、引用是否有误）→ rules test（用例是否通过）→ rules doc（更新规则目录）。"},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class, RulesCommand.TestRules.class,
                RulesCommand.NewRule.class, RulesCommand.DiffRules.class, RulesCommand.DocRules.class})
final class RulesCommand {

    /** The rule directory: the positional argument when given, else {@code --rules} and its defaults. */
    static final class Directory {
        @Mixin
        RuleSetOption option;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "规则目录（也可用 --rules 指定）")
        Path positional;

        Path get() {
            return positional != null ? positional : option.directory();
        }
    }

    /** The fixtures of a rule directory: {@code --fixtures}, else {@code fixtures/rules} beside it or here. */
    static Path fixtures(Path rules, Path given) {
        if (given != null) {
            return given;
        }
        Path beside = rules.toAbsolutePath().normalize().resolveSibling("fixtures").resolve("rules");
        return Files.isDirectory(beside) ? beside : Path.of("fixtures", "rules");
    }

    /** {@code rules list}: every rule with its id, severity and title. */
    @Command(name = "list", description = "列出全部规则：编号、严重程度、标题、所在文件。")
    static final class ListRules implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Directory directory;

        @Override
        public Integer call() throws Exception {
            RuleSet rules = RuleSetLoader.loadQuickly(directory.get());
            PrintWriter out = spec.commandLine().getOut();
            for (RuleMetadata rule : rules.rules()) {
                out.printf("%-9s %-8s %s  [%s]%n", rule.id(), rule.severity(), rule.title(),
                        rule.file().toString().replace('\\', '/'));
            }
            out.printf("共 %d 条规则；%s %s，sha256 %s%n", rules.rules().size(), rules.name(), rules.version(), rules.sha256());
            return ExitCode.PASS;
        }
    }

    /**
     * {@code rules check}: compiles the rule set and reports each problem with its file and line, including what
     * compiles but cannot work (unknown cell ids, messages naming unbound variables, duplicate ids, rules without
     * fixtures).
     */
    @Command(name = "check", description = {"编译并校验规则集；每个问题列出 文件:行:列、中文说明和 Drools 的原文，退出码 2。",
            "也检查能编译但不会生效的错误：不存在的单元格编号、消息中未绑定的变量、重复的规则编号、没有用例的规则。"})
    static final class CheckRules implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Directory directory;
        @Option(names = "--fixtures", paramLabel = "DIR", description = "用例目录（默认：规则目录旁的 fixtures/rules）")
        private Path fixturesDir;

        @Override
        public Integer call() throws Exception {
            Path dir = directory.get();
            RuleSet rules = RuleSetLoader.loadQuickly(dir);
            Path fixtures = fixtures(dir, fixturesDir);
            List<FileProblem> problems = new ArrayList<>();
            if (!Files.isDirectory(fixtures)) {
                problems.add(new FileProblem(fixtures, 0, 0, "用例目录不存在，无法确认每条规则都有用例", ""));
            } else {
                FixtureSuite suite = FixtureSuite.load(fixtures);
                for (RuleMetadata rule : rules.rules()) {
                    boolean fires = suite.rulesWith(true).contains(rule.id());
                    boolean quiet = suite.rulesWith(false).contains(rule.id());
                    if (!fires || !quiet) {
                        problems.add(new FileProblem(rule.file(), 0, 0, "规则“" + rule.id() + "”缺少"
                                + (!fires && !quiet ? "触发（fail-*）和不触发（pass-*）用例" : !fires ? "触发用例（fail-*）" : "不触发用例（pass-*）")
                                + "，应放在 " + fixtures.resolve(rule.id()), ""));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleSetException(dir, problems);
            }
            spec.commandLine().getOut().printf("规则集可用：%s，%d 条规则，%s %s，sha256 %s%n", dir, rules.rules().size(),
                    rules.name(), rules.version(), rules.sha256());
            return ExitCode.PASS;
        }
    }

    /** {@code rules test}: runs every fixture against the rule set and prints pass or fail per rule. */
    @Command(name = "test", description = {"用全部用例测试规则集，逐条规则列出是否通过；未通过的列出预期与实际的差别。",
            "不需要 Maven。退出码：0 全部通过，1 有用例未通过，2 规则集无法使用。"})
    static final class TestRules implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Directory directory;
        @Option(names = "--fixtures", paramLabel = "DIR", description = "用例目录（默认：规则目录旁的 fixtures/rules）")
        private Path fixturesDir;

        @Override
        public Integer call() throws Exception {
            Path dir = directory.get();
            Checker checker = Checker.loadQuickly(dir);
            Path fixtures = fixtures(dir, fixturesDir);
            if (!Files.isDirectory(fixtures)) {
                spec.commandLine().getErr().println("xxgk-checker: 用例目录 " + fixtures.toAbsolutePath().normalize()
                        + " 不存在；请用 --fixtures 指定用例目录");
                return ExitCode.ERROR;
            }
            FixtureSuite suite = FixtureSuite.load(fixtures);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("规则集 %s（%d 条规则），用例 %s（%d 个）%n%n", dir, checker.ruleSet().rules().size(), fixtures,
                    suite.fixtures().size());
            if (suite.fixtures().isEmpty()) {
                // nothing tested is no pass
                spec.commandLine().getErr().println("xxgk-checker: 用例目录 " + fixtures + " 中没有用例");
                return ExitCode.FINDINGS;
            }
            Map<String, List<FixtureOutcome>> byRule = new LinkedHashMap<>();
            for (Fixture fixture : suite.fixtures()) {
                byRule.computeIfAbsent(fixture.ruleId(), id -> new ArrayList<>()).add(FixtureSuite.run(checker, fixture));
            }
            int failedRules = 0;
            int failedFixtures = 0;
            for (Map.Entry<String, List<FixtureOutcome>> rule : byRule.entrySet()) {
                List<FixtureOutcome> failed = rule.getValue().stream().filter(outcome -> !outcome.passed()).toList();
                if (failed.isEmpty()) {
                    out.printf("✓ %-9s %d 个用例%n", rule.getKey(), rule.getValue().size());
                    continue;
                }
                failedRules++;
                failedFixtures += failed.size();
                out.printf("✗ %-9s %d 个用例中 %d 个未通过%n", rule.getKey(), rule.getValue().size(), failed.size());
                for (FixtureOutcome outcome : failed) {
                    out.println("    " + outcome.fixture().file());
                    outcome.differences().forEach(difference -> out.println("      " + difference));
                }
            }
            List<String> untested = checker.ruleSet().rules().stream().map(RuleMetadata::id)
                    .filter(id -> !byRule.containsKey(id)).toList();
            out.println();
            out.printf("%d 条规则通过，%d 条未通过；用例 %d/%d 通过%s%n", byRule.size() - failedRules, failedRules,
                    suite.fixtures().size() - failedFixtures, suite.fixtures().size(),
                    untested.isEmpty() ? "" : "；没有用例的规则：" + String.join("、", untested));
            return failedFixtures == 0 ? ExitCode.PASS : ExitCode.FINDINGS;
        }
    }

    /** {@code rules new ID}: writes a new rule from a template, with a pass and a fail fixture. */
    @Command(name = "new", description = {"按模板新建一条规则，带一个触发用例和一个不触发用例。",
            "规则文件含编号、严重程度、依据、消息等元数据和说明注释；新规则可以直接通过 rules test，再按需要修改条件和用例。"})
    static final class NewRule implements Callable<Integer> {
        private static final Map<String, String> GROUPS = Map.of("STR", "structure", "ARI", "arithmetic",
                "XC", "consistency", "NAR", "narrative", "META", "metadata", "INPUT", "input");

        @Spec
        private CommandSpec spec;
        @Mixin
        private RuleSetOption ruleSet;
        @Parameters(index = "0", paramLabel = "ID", description = "规则编号，如 NAR-11（前缀决定目录：STR、ARI、XC、NAR、META、INPUT）")
        private String id;
        @Option(names = "--group", paramLabel = "DIR", description = "规则所在子目录（编号前缀不在上面时必填）")
        private String group;
        @Option(names = "--fixtures", paramLabel = "DIR", description = "用例目录（默认：规则目录旁的 fixtures/rules）")
        private Path fixturesDir;

        @Override
        public Integer call() throws Exception {
            if (!id.matches("[A-Z]+-\\d+")) {
                spec.commandLine().getErr().println("xxgk-checker: 规则编号应为 字母-数字，例如 NAR-11");
                return ExitCode.ERROR;
            }
            if (group != null && !group.matches("[A-Za-z0-9_-]+")) {
                // a path ("../x") would put the rule where the rule set never reads it
                spec.commandLine().getErr().println("xxgk-checker: --group 应为规则目录下的一个子目录名（字母、数字、-、_），而不是“"
                        + group + "”");
                return ExitCode.ERROR;
            }
            String folder = group != null ? group : GROUPS.get(id.substring(0, id.indexOf('-')));
            if (folder == null) {
                spec.commandLine().getErr().println("xxgk-checker: 编号前缀不是 STR、ARI、XC、NAR、META、INPUT，请用 --group 指定子目录");
                return ExitCode.ERROR;
            }
            Path rules = ruleSet.directory();
            Path rule = rules.resolve(folder).resolve(id + ".drl");
            Path fixtures = fixtures(rules, fixturesDir).resolve(id);
            if (Files.exists(rule) || Files.exists(fixtures)) {
                spec.commandLine().getErr().println("xxgk-checker: 规则 " + id + " 已存在（" + (Files.exists(rule) ? rule : fixtures) + "）");
                return ExitCode.ERROR;
            }
            Files.createDirectories(rule.getParent());
            Files.createDirectories(fixtures);
            write(rule, RuleTemplates.rule(id, folder));
            write(fixtures.resolve("fail-example.txt"), RuleTemplates.FAIL_EXAMPLE);
            write(fixtures.resolve("fail-example.expected.json"), RuleTemplates.FAIL_EXPECTED);
            write(fixtures.resolve("pass-example.txt"), RuleTemplates.PASS_EXAMPLE);
            PrintWriter out = spec.commandLine().getOut();
            out.println("已新建规则 " + id + "：");
            out.println("  " + rule);
            out.println("  " + fixtures.resolve("fail-example.txt") + "（及 .expected.json）");
            out.println("  " + fixtures.resolve("pass-example.txt"));
            out.println("下一步：修改规则的说明、元数据和条件，修改用例，然后运行 rules check、rules test 和 rules doc。");
            return ExitCode.PASS;
        }

        private static void write(Path file, String text) throws IOException {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /** {@code rules diff OLD NEW REPORTS...}: the findings a new rule set adds and removes on real reports. */
    @Command(name = "diff", description = {"用两个规则集检查同一批年报，列出每份年报新增（+）和减少（-）的问题。",
            "用于在发布规则修改之前，用去年的年报评估修改的影响。"})
    static final class DiffRules implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Parameters(index = "0", paramLabel = "OLD", description = "原规则目录")
        private Path oldRules;
        @Parameters(index = "1", paramLabel = "NEW", description = "新规则目录")
        private Path newRules;
        @Parameters(index = "2..*", arity = "1..*", paramLabel = "REPORT", description = "年报文件或目录")
        private List<Path> reports;

        @Override
        public Integer call() throws Exception {
            Checker before = Checker.loadQuickly(oldRules);
            Checker after = Checker.loadQuickly(newRules);
            PrintWriter out = spec.commandLine().getOut();
            int added = 0;
            int removed = 0;
            int changed = 0;
            List<Path> files = ReportFiles.expand(reports, spec.commandLine().getErr());
            for (Path file : files) {
                List<String> old = describe(before.check(file));
                List<String> now = describe(after.check(file));
                List<String> plus = now.stream().filter(finding -> !old.contains(finding)).toList();
                List<String> minus = old.stream().filter(finding -> !now.contains(finding)).toList();
                if (plus.isEmpty() && minus.isEmpty()) {
                    continue;
                }
                changed++;
                added += plus.size();
                removed += minus.size();
                out.println("== " + file);
                plus.forEach(finding -> out.println("+ " + finding));
                minus.forEach(finding -> out.println("- " + finding));
            }
            out.printf("%d 份年报中 %d 份的检查结果有变化：新增 %d 个问题，减少 %d 个问题%n", files.size(), changed, added, removed);
            return ExitCode.PASS;
        }

        private static List<String> describe(CheckResult result) {
            List<String> findings = new ArrayList<>();
            for (Finding finding : result.findings()) {
                findings.add("[" + finding.severity() + "] " + finding.ruleId() + " " + finding.message());
            }
            return findings;
        }
    }

    /** {@code rules doc}: writes the rule catalogue, rules/README.md. */
    @Command(name = "doc", description = {"根据规则的元数据和用例生成规则目录（规则目录下的 README.md）。",
            "--check 只检查目录是否过期（过期时退出码 1），不写文件。"})
    static final class DocRules implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Directory directory;
        @Option(names = "--fixtures", paramLabel = "DIR", description = "用例目录（默认：规则目录旁的 fixtures/rules）")
        private Path fixturesDir;
        @Option(names = "--check", description = "只检查 README.md 是否与规则一致")
        private boolean check;

        @Override
        public Integer call() throws Exception {
            Path dir = directory.get();
            Checker checker = Checker.loadQuickly(dir);
            Path fixtures = fixtures(dir, fixturesDir);
            Path shown = Path.of("fixtures", "rules");
            String catalogue = new CatalogueWriter(checker, FixtureSuite.load(fixtures), shown).write();
            Path readme = dir.resolve("README.md");
            String current = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
            if (check) {
                if (!current.equals(catalogue)) {
                    spec.commandLine().getErr().println("xxgk-checker: " + readme + " 已过期，请运行 xxgk-checker rules doc");
                    return ExitCode.FINDINGS;
                }
                spec.commandLine().getOut().println(readme + " 与规则一致");
                return ExitCode.PASS;
            }
            Files.writeString(readme, catalogue, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("已写入 " + readme + "（" + checker.ruleSet().rules().size() + " 条规则）");
            return ExitCode.PASS;
        }
    }
}
