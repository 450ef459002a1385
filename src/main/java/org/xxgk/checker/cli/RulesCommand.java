package org.xxgk.checker.cli;

import org.xxgk.checker.engine.RuleMetadata;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.engine.RuleSetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/** {@code rules}: lists and validates the rule set. */
@Command(name = "rules",
        description = "列出、校验规则集。",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class})
final class RulesCommand {

    /** {@code rules list}: every rule with its id, severity and title. */
    @Command(name = "list", description = "列出全部规则：编号、严重程度、标题、所在文件。")
    static final class ListRules implements java.util.concurrent.Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private RuleSetOption ruleSet;

        @Override
        public Integer call() throws Exception {
            RuleSet rules = RuleSetLoader.load(ruleSet.directory());
            PrintWriter out = spec.commandLine().getOut();
            for (RuleMetadata rule : rules.rules()) {
                out.printf("%-9s %-8s %s  [%s]%n", rule.id(), rule.severity(), rule.title(),
                        rule.file().toString().replace('\\', '/'));
            }
            out.printf("共 %d 条规则；规则集 sha256 %s%n", rules.rules().size(), rules.sha256());
            return ExitCode.PASS;
        }
    }

    /** {@code rules check}: compiles the rule set and reports each problem with its file and line. */
    @Command(name = "check", description = "编译并校验规则集；有问题时逐条列出 文件:行:列 和原因，退出码 2。")
    static final class CheckRules implements java.util.concurrent.Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private RuleSetOption ruleSet;

        @Override
        public Integer call() throws Exception {
            RuleSet rules = RuleSetLoader.load(ruleSet.directory());
            spec.commandLine().getOut().printf("规则集可用：%s，%d 条规则，sha256 %s%n", ruleSet.directory(),
                    rules.rules().size(), rules.sha256());
            return ExitCode.PASS;
        }
    }
}
