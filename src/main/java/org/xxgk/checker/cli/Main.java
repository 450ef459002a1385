package org.xxgk.checker.cli;

import org.xxgk.checker.Version;
import org.xxgk.checker.engine.RuleSetException;
import org.xxgk.checker.format.FileProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code xxgk-checker} command. */
@Command(name = "xxgk-checker",
        versionProvider = Main.VersionProvider.class,
        subcommands = {CheckCommand.class, RulesCommand.class, FactsCommand.class, ServeCommand.class},
        description = {
                "检查政府信息公开工作年度报告：表格勾稽关系、结构完整性和格式（国办公开办函〔2021〕30号）。",
                "",
                "示例：",
                "  xxgk-checker check 年报.txt                 检查一份年报",
                "  xxgk-checker check --format json 年报目录/   检查目录下的全部年报",
                "  xxgk-checker rules check                     修改规则后检查规则集",
                "  xxgk-checker facts 年报.txt                 显示解析出的表格单元格",
                "  xxgk-checker serve --port 8080               启动 HTTP 服务和网页",
                "",
                "退出码：0 没有错误；1 发现错误（或 --fail-on 指定级别的问题）；2 无法完成检查（参数、输入或规则有误）。"})
public final class Main {
    /** Said when standard output cannot be written (a full disk); a reader that stops reading is no failure. */
    static final String OUTPUT_FAILED = "xxgk-checker: 无法写出结果（标准输出写入失败，例如磁盘已满）";

    // declared here and inherited, so that every command and subcommand answers --help the same way, in Chinese
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "显示本命令的用法并退出")
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
    private boolean version;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, never throwing. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new StandardOutput(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.ERROR);
        inChinese(commandLine);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("xxgk-checker: " + ParameterMessages.inChinese(e));
            err.println("用法见：" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return ExitCode.ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof RuleSetException broken) {
                err.println("xxgk-checker: 规则集 " + broken.directory() + " 无法使用，共 " + broken.problems().size() + " 处问题：");
                for (FileProblem problem : broken.problems()) {
                    err.println("  " + problem);
                }
            } else if (e instanceof java.nio.file.AccessDeniedException denied) {
                err.println("xxgk-checker: 没有权限读写 " + denied.getFile());
            } else if (e instanceof java.nio.file.NoSuchFileException missing) {
                err.println("xxgk-checker: 找不到 " + missing.getFile());
            } else if (e instanceof java.nio.file.FileSystemException fileSystem) {
                err.println("xxgk-checker: 无法读写 " + fileSystem.getFile()
                        + (fileSystem.getReason() == null ? "" : "（" + fileSystem.getReason() + "）"));
            } else {
                err.println("xxgk-checker: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            return ExitCode.ERROR;
        });
        int code;
        if (args.length == 0) {
            commandLine.usage(out);
            code = ExitCode.ERROR;
        } else {
            code = commandLine.execute(args);
        }
        out.flush();
        // whatever the command, output lost to a full disk must not pass as done
        if (out.checkError()) {
            err.println(OUTPUT_FAILED);
            return ExitCode.ERROR;
        }
        return code;
    }

    /** Gives the usage message of a command and all its subcommands Chinese headings. */
    private static void inChinese(CommandLine command) {
        command.getCommandSpec().usageMessage().synopsisHeading("用法：").optionListHeading("选项：%n")
                .parameterListHeading("参数：%n").commandListHeading("命令：%n");
        command.getSubcommands().values().forEach(Main::inChinese);
    }

    /** Reports the version written into the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"xxgk-checker " + Version.get()};
        }
    }
}
