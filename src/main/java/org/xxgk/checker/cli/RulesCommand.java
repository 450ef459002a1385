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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code rules}: lists, validates, tests, documents and creates rules, and previews what a change would do. */
@Command(name = "rules",
        description = {"规则集的工具：列出、校验、测试规则，生成规则目录，新建规则，比较两个规则集的检查结果。",
                "修改规则后依次运行：rules check（能否编译、引用是否有误）→ rules test（用例是否通过）→ rules doc（更新规则目录）。"},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class, RulesCommand.TestRules.class,
                RulesCommand.NewRule.class, RulesCommand.DiffRules.class, RulesCommand.DocRules.class})
final class RulesCommand {
    /** The help of every subcommand's --fixtures. */
    private static final String FIXTURES_HELP =
            "用例目录（默认：规则目录旁 fixtures 下与它同名的目录，如 rules 的用例在 fixtures/rules）";
    /** How the template of {@code rules new} marks what is still to be written. */
    private static final String TODO = "TODO";

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

    /**
     * The fixtures of a rule directory: {@code --fixtures}, else the folder of its name in {@code fixtures} beside it
     * ({@code fixtures/rules} for {@code rules}). A copy such as {@code 我的规则} so has fixtures of its own,
     * {@code fixtures/我的规则}: its new rules' fixtures never land among those of the rule set in use.
     */
    static Path fixtures(Path rules, Path given) {
        if (given != null) {
            return given;
        }
        Path dir = rules.toAbsolutePath().normalize();
        return dir.resolveSibling("fixtures").resolve(dir.getFileName() == null ? "rules" : dir.getFileName().toString());
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
     * fixtures, fixtures without their rule, rule files not read for their name).
     */
    @Command(name = "check", description = {"编译并校验规则集；每个问题列出 文件:行:列、中文说明和 Drools 的原文，退出码 2。",
            "也检查能编译但不会生效的错误：不存在的单元格编号、消息中未绑定的变量、重复的规则编号、没有用例的规则、"
                    + "没有对应规则的用例、因文件名不以 .drl 结尾而没有读取的规则文件、仍以 TODO 开头的标题、依据或消息。"})
    static final class CheckRules implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Directory directory;
        @Option(names = "--fixtures", paramLabel = "DIR", description = FIXTURES_HELP)
        private Path fixturesDir;

        @Override
        public Integer call() throws Exception {
            Path dir = directory.get();
            List<FileProblem> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            RuleSet rules;
            try {
                rules = RuleSetLoader.loadQuickly(dir);
            } catch (RuleSetException e) {
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
                // a rule file not read for its name may be why the load fails (a profile or a claim names its rule):
                // it is named with the load's problems, not only once they are mended
                problems.addAll(e.problems());
                unreadRules(dir, problems, notes);
                notes.forEach(note -> spec.commandLine().getErr().println("提示：" + note));
                throw new RuleSetException(dir, problems);
            }
            Set<String> unread = unreadRules(dir, problems, notes);
            for (RuleMetadata rule : rules.rules()) {
                problems.addAll(templateMetadata(dir, rule));
            }
            Path fixtures = fixtures(dir, fixturesDir);
            if (!Files.isDirectory(fixtures)) {
                if (fixturesDir != null) {
                    problems.add(new FileProblem(fixtures, 0, 0, "用例目录不存在", ""));
                } else {
                    // fixtures are for whoever edits the rules; a rule set shipped without them still works
                    notes.add("未找到用例目录 " + fixtures + "，未检查每条规则是否有用例；可用 --fixtures 指定");
                }
            } else {
                FixtureSuite suite = FixtureSuite.load(fixtures);
                for (RuleMetadata rule : rules.rules()) {
                    missingFixtures(suite, rule.id()).ifPresent(missing -> problems.add(new FileProblem(rule.file(), 0, 0,
                            "规则“" + rule.id() + "”" + missing + "，应放在 " + fixtures.resolve(rule.id()), "")));
                }
                notes.addAll(suite.unusedFiles());
                Set<String> ids = rules.ruleIds();
                for (String id : suite.ruleIds()) {
                    // a rule file not read is already named: its fixtures are not a second mistake
                    if (!ids.contains(id) && !unread.contains(id)) {
                        problems.add(new FileProblem(fixtures.resolve(id), 0, 0, missingRule(id), ""));
                    }
                }
            }
            PrintWriter out = problems.isEmpty() ? spec.commandLine().getOut() : spec.commandLine().getErr();
            if (problems.isEmpty()) {
                out.printf("规则集可用：%s，%d 条规则，%s %s，sha256 %s%n", dir, rules.rules().size(),
                        rules.name(), rules.version(), rules.sha256());
            }
            notes.forEach(note -> out.println("提示：" + note));
            if (!problems.isEmpty()) {
                throw new RuleSetException(dir, problems);
            }
            return ExitCode.PASS;
        }

        /**
         * Names the files in the rule directory that look like rule files but are not read. One without its
         * {@code .drl} beside it ({@code NAR-06.drl.txt}, as Notepad saves) has taken its rule out of the set, a
         * problem; one beside its rule ({@code ARI-04.drl.bak}) is a leftover copy, a note.
         *
         * @return the ids of the rules so taken out, named by their files
         */
        private static Set<String> unreadRules(Path dir, List<FileProblem> problems, List<String> notes) {
            Set<String> unread = new HashSet<>();
            for (Path file : RuleSetLoader.unreadRuleFiles(dir)) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.toLowerCase(Locale.ROOT).indexOf(".drl"));
                if (Files.exists(file.resolveSibling(id + ".drl"))) {
                    notes.add(FileProblem.in(dir, file, 0, 0, "文件名不以 .drl 结尾，没有读取（" + id
                            + ".drl 已读取；不需要时可删除）", "").toString());
                } else {
                    unread.add(id);
                    problems.add(FileProblem.in(dir, file, 0, 0, "文件名不以 .drl 结尾，其中的规则没有读取（请改名为 " + id
                            + ".drl；用记事本“另存为”时，“保存类型”选“所有文件”）", ""));
                }
            }
            return unread;
        }
    }

    /** What fixtures a rule lacks ("缺少触发用例（fail-*）"), or empty when it has one of each kind. */
    private static Optional<String> missingFixtures(FixtureSuite suite, String id) {
        boolean fires = suite.rulesWith(true).contains(id);
        boolean quiet = suite.rulesWith(false).contains(id);
        return fires && quiet ? Optional.empty() : Optional.of("缺少" + (!fires && !quiet ? "触发（fail-*）和不触发（pass-*）用例"
                : !fires ? "触发用例（fail-*）" : "不触发用例（pass-*）"));
    }

    /**
     * The metadata a rule still has from the template of {@code rules new} ("TODO 规则标题"): its findings would show it
     * to users. {@code rules test} runs such a rule, so that the template can be tried before it is filled in.
     */
    private static List<FileProblem> templateMetadata(Path dir, RuleMetadata rule) throws IOException {
        Map<String, String> written = new LinkedHashMap<>();
        written.put("title", rule.title());
        written.put("clause", rule.clause());
        rule.formatClauses().forEach((format, clause) -> written.put(RuleMetadata.FORMAT_CLAUSE + format, clause));
        written.put("message", rule.message().toString());
        List<FileProblem> problems = new ArrayList<>();
        List<String> lines = null;
        for (Map.Entry<String, String> entry : written.entrySet()) {
            if (!entry.getValue().strip().toUpperCase(Locale.ROOT).startsWith(TODO)) {
                continue;
            }
            if (lines == null) {
                lines = Files.readAllLines(dir.resolve(rule.file()), StandardCharsets.UTF_8);
            }
            String key = "@" + entry.getKey() + "(";
            int line = 1 + lines.indexOf(lines.stream().filter(text -> text.contains(key)).findFirst().orElse(null));
            problems.add(new FileProblem(rule.file(), line, 0, "规则“" + rule.id() + "”的 @" + entry.getKey() + " 仍是模板中的“"
                    + entry.getValue() + "”：请写明" + (entry.getKey().equals("title") ? "规则的标题"
                    : entry.getKey().equals("message") ? "发现的消息" : "所依据的条款") + "（它会出现在每个发现中）", ""));
        }
        return problems;
    }

    private static String missingRule(String id) {
        return "用例目录 " + id + " 对应的规则不在规则集中";
    }

    /** {@code rules test}: runs every fixture against the rule set and prints pass or fail per rule. */
    @Command(name = "test", description = {"用全部用例测试规则集，逐条规则列出是否通过；未通过的列出预期与实际的差别。",
            "不需要 Maven。退出码：0 全部通过，1 有用例未通过或有规则缺少触发（fail-*）或不触发（pass-*）用例，2 规则集无法使用。"})
    static final class TestRules implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Directory directory;
        @Option(names = "--fixtures", paramLabel = "DIR", description = FIXTURES_HELP)
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
            suite.unusedFiles().forEach(file -> out.println("提示：" + file));
            if (suite.fixtures().isEmpty()) {
                // nothing tested is no pass
                spec.commandLine().getErr().println("xxgk-checker: 用例目录 " + fixtures + " 中没有用例");
                return ExitCode.FINDINGS;
            }
            Set<String> ids = checker.ruleSet().ruleIds();
            Map<String, List<FixtureOutcome>> byRule = new LinkedHashMap<>();
            // fixtures of a rule not in the set are not run: their rule cannot fire, nor fail to
            Map<String, Integer> withoutRule = new LinkedHashMap<>();
            for (Fixture fixture : suite.fixtures()) {
                if (ids.contains(fixture.ruleId())) {
                    byRule.computeIfAbsent(fixture.ruleId(), id -> new ArrayList<>()).add(FixtureSuite.run(checker, fixture));
                } else {
                    withoutRule.merge(fixture.ruleId(), 1, Integer::sum);
                }
            }
            withoutRule.forEach((id, count) -> out.printf("? %-9s %s，%d 个用例未运行%n", id, missingRule(id), count));
            // a rule never shown to fire, or never shown to stay quiet, is not tested: it fails the run
            Set<String> failing = new HashSet<>();
            List<String> incomplete = new ArrayList<>();
            int failedFixtures = 0;
            for (Map.Entry<String, List<FixtureOutcome>> rule : byRule.entrySet()) {
                List<FixtureOutcome> failed = rule.getValue().stream().filter(outcome -> !outcome.passed()).toList();
                Optional<String> missing = missingFixtures(suite, rule.getKey());
                if (failed.isEmpty() && missing.isEmpty()) {
                    out.printf("✓ %-9s %d 个用例%n", rule.getKey(), rule.getValue().size());
                    continue;
                }
                failing.add(rule.getKey());
                failedFixtures += failed.size();
                if (failed.isEmpty()) {
                    out.printf("✗ %-9s %d 个用例都通过，但%s，应放在 %s%n", rule.getKey(), rule.getValue().size(),
                            missing.get(), fixtures.resolve(rule.getKey()));
                } else {
                    out.printf("✗ %-9s %d 个用例中 %d 个未通过%n", rule.getKey(), rule.getValue().size(), failed.size());
                    missing.ifPresent(m -> out.println("    " + m + "，应放在 " + fixtures.resolve(rule.getKey())));
                }
                missing.ifPresent(m -> incomplete.add(rule.getKey()));
                for (FixtureOutcome outcome : failed) {
                    out.println("    " + outcome.fixture().file());
                    outcome.differences().forEach(difference -> out.println("      " + difference));
                }
            }
            for (RuleMetadata rule : checker.ruleSet().rules()) {
                if (!byRule.containsKey(rule.id())) {
                    failing.add(rule.id());
                    incomplete.add(rule.id());
                    out.printf("✗ %-9s %s，应放在 %s%n", rule.id(), missingFixtures(suite, rule.id()).orElseThrow(),
                            fixtures.resolve(rule.id()));
                }
            }
            int run = byRule.values().stream().mapToInt(List::size).sum();
            int rules = byRule.size() + (int) incomplete.stream().filter(id -> !byRule.containsKey(id)).count();
            out.println();
            out.printf("%d 条规则通过，%d 条未通过；用例 %d/%d 通过%s%s%n", rules - failing.size(), failing.size(),
                    run - failedFixtures, run,
                    incomplete.isEmpty() ? "" : "；缺少用例的规则：" + String.join("、", incomplete),
                    withoutRule.isEmpty() ? "" : "；规则不在规则集中的用例目录：" + String.join("、", withoutRule.keySet())
                            + "（" + (suite.fixtures().size() - run) + " 个用例未运行）");
            return failing.isEmpty() && withoutRule.isEmpty() ? ExitCode.PASS : ExitCode.FINDINGS;
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
        @Option(names = "--fixtures", paramLabel = "DIR", description = FIXTURES_HELP)
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
            Path fixtureDir = fixtures(rules, fixturesDir);
            if (fixturesDir == null && Files.isDirectory(rules) && !Files.isDirectory(fixtureDir)) {
                // a copy of the rules whose fixtures were not copied: its other rules would have none
                spec.commandLine().getErr().println("xxgk-checker: 规则目录 " + rules + " 还没有自己的用例目录 " + fixtureDir
                        + "。复制规则目录时请一并复制用例：cp -r fixtures/rules fixtures/" + fixtureDir.getFileName()
                        + "（或用 --fixtures 指定用例目录）");
                return ExitCode.ERROR;
            }
            Path fixtures = fixtureDir.resolve(id);
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
        @Option(names = "--fixtures", paramLabel = "DIR", description = FIXTURES_HELP)
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
