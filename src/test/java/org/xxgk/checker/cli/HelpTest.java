package org.xxgk.checker.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every command and subcommand answers --help in Chinese, and a wrong option points at the right command's help. */
class HelpTest {

    /** The command paths of the command line, walked from its tree so that a new command is covered too. */
    private static List<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        walk(new CommandLine(new Main()), List.of(), paths);
        return paths;
    }

    private static void walk(CommandLine command, List<String> path, List<List<String>> out) {
        out.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> longer = new ArrayList<>(path);
            longer.add(name);
            walk(sub, longer, out);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCommandExplainsItselfWithHelp() {
        List<List<String>> commands = commands();
        assertThat(commands).contains(List.of("check"), List.of("rules", "check"), List.of("facts"), List.of("serve"));
        return commands.stream().map(path -> DynamicTest.dynamicTest(String.join(" ", path) + " --help", () -> {
            List<String> args = new ArrayList<>(path);
            args.add("--help");

            CheckCommandTest.Run run = CheckCommandTest.run(args.toArray(String[]::new));

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith(("用法：xxgk-checker " + String.join(" ", path)).strip())
                    .contains("-h, --help", "显示本命令的用法并退出")
                    .doesNotContain("Usage:", "Show this help message");
        }));
    }

    @Test
    void aWrongOptionNamesTheHelpOfTheCommandItWasGivenTo() {
        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--bogus").contains("用法见：xxgk-checker rules check --help");
    }

    @Test
    void mistakesOnTheCommandLineAreToldInChinese() {
        assertThat(CheckCommandTest.run("check").err()).startsWith("xxgk-checker: 缺少参数：FILE|DIR");
        assertThat(CheckCommandTest.run("chek", "年报.txt").err()).startsWith("xxgk-checker: 无法识别的参数：chek 年报.txt（是否想用 check？）");
        assertThat(CheckCommandTest.run("check", "--foo", "x").err()).startsWith("xxgk-checker: 未知选项：--foo");
        assertThat(CheckCommandTest.run("check", "--format", "xml", "x").err())
                .startsWith("xxgk-checker: --format 应为 text、json、sarif、junit 之一，而不是“xml”");
        assertThat(CheckCommandTest.run("check", "--max-size", "abc", "x").err()).startsWith("xxgk-checker: --max-size 应为整数，而不是“abc”");
        assertThat(CheckCommandTest.run("check", "--progress", "--no-progress", "x").err())
                .startsWith("xxgk-checker: 选项 --progress 只能给出一次");
        assertThat(CheckCommandTest.run("check", "--published", "+2025-01-20", "x").err())
                .contains("日期“+2025-01-20”无效，应写作 年-月-日");
        assertThat(CheckCommandTest.run("check", "--published", "2025-13-01", "x").err())
                .startsWith("xxgk-checker: 选项 --published 的值无效：日期“2025-13-01”无效，应写作 年-月-日");
        // levels and formats are taken in any case
        assertThat(CheckCommandTest.run("check", "--fail-on", "warning", "fixtures/reports/2024-laocheng.txt").exitCode()).isEqualTo(1);
    }

    @Test
    void aPathTheLocaleCannotDecodeIsToldInChineseWithTheRemedy() throws Exception {
        // a cron job without LANG: Java reads the arguments as ASCII, and a Chinese file name cannot become a path
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "passes a Chinese argument to the child");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "乡镇/年报.txt");
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().put("LC_ALL", "C");
        Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(err.lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("xxgk-checker: 路径“").contains("含无法解码的字符", "LANG=C.UTF-8"));
        assertThat(err).doesNotContain("Invalid value", "InvalidPathException");
    }
}
