package org.xxgk.checker.cli;

import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatException;
import org.xxgk.checker.format.FormatLoader;
import org.xxgk.checker.ingest.DecodedText;
import org.xxgk.checker.ingest.ReportReader;
import org.xxgk.checker.render.FactsRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code facts FILE}: prints what the reader made of a report, the facts the rules see. */
@Command(name = "facts",
        description = {"显示解析结果（规则看到的事实）：标题、各部分所在行、每个表格单元格的编号、数值和位置。",
                "用于排查“为什么这个单元格没有识别出来”。",
                "网页和 Word 文件先转成文本再解析，行号指该文本中的行；加 --text 显示带行号的该文本。"})
final class FactsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOption ruleSet;

    @Parameters(paramLabel = "FILE", description = "年报文件")
    private Path file;

    @Option(names = "--text", description = "显示读出的文本（每行前加行号），而不是解析结果")
    private boolean text;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("xxgk-checker: " + (Files.isDirectory(file)
                    ? file + " 是目录；facts 显示一份年报的解析结果，请给出一个年报文件" : "找不到文件：" + file));
            return ExitCode.ERROR;
        }
        Path rules = ruleSet.directory();
        FormatCatalog formats;
        try {
            formats = FormatLoader.load(rules.resolve("formats"), rules);
        } catch (FormatException e) {
            spec.commandLine().getErr().println("xxgk-checker: 格式定义无法使用：");
            for (FileProblem problem : e.problems()) {
                spec.commandLine().getErr().println("  " + problem);
            }
            return ExitCode.ERROR;
        }
        ReportReader reader = new ReportReader(formats);
        PrintWriter out = spec.commandLine().getOut();
        if (text) {
            DecodedText decoded = reader.text(file, CheckOptions.DEFAULT.maxBytes());
            if (decoded.problem() != null) {
                spec.commandLine().getErr().println("xxgk-checker: " + file + " 没有可显示的文本（" + decoded.problem().detail() + "）");
                return ExitCode.ERROR;
            }
            out.println("# " + file + "（" + decoded.encoding() + "）");
            List<String> lines = decoded.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                out.printf("%5d  %s%n", i + 1, lines.get(i));
            }
        } else {
            out.print(new FactsRenderer().render(reader.read(file, CheckOptions.DEFAULT.maxBytes())));
        }
        out.flush();
        return ExitCode.PASS;
    }
}
