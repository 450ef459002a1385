package org.xxgk.checker.cli;

import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatException;
import org.xxgk.checker.format.FormatLoader;
import org.xxgk.checker.ingest.DecodedText;
import org.xxgk.checker.ingest.ReportReader;
import org.xxgk.checker.narrative.TextVocabulary;
import org.xxgk.checker.narrative.VocabularyLoader;
import org.xxgk.checker.render.FactsRenderer;
import org.xxgk.checker.report.ReadProblem;
import org.xxgk.checker.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code facts FILE}: prints what the reader made of a report, the facts the rules see. */
@Command(name = "facts",
        description = {"显示解析结果（规则看到的事实）：标题、前言和各部分的行与文字、每个表格单元格的编号、数值和位置。",
                "用于排查“为什么这个单元格没有识别出来”；输出即报告模型，可提交给 POST /api/v1/check（application/json）检查。",
                "网页、Word 和 PDF 文件先转成文本再解析，行号指该文本中的行；加 --text 显示带行号的该文本。"})
final class FactsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOption ruleSet;

    @Mixin
    private MaxSizeOption maxSize;

    @Parameters(paramLabel = "FILE", description = "年报文件")
    private Path file;

    @Option(names = "--text", description = "显示读出的文本（每行前加行号），而不是解析结果")
    private boolean text;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        long maxBytes = maxSize.bytes();
        // a pipe or /dev/stdin is read like a file; only what is not there, or is a folder, is refused
        if (file.toString().isEmpty() || !Files.exists(file)) {
            err.println("xxgk-checker: 找不到文件：" + (file.toString().isEmpty() ? "（文件名为空）" : file));
            return ExitCode.ERROR;
        }
        if (Files.isDirectory(file)) {
            err.println("xxgk-checker: " + file + " 是目录；facts 显示一份年报的解析结果，请给出一个年报文件");
            return ExitCode.ERROR;
        }
        Path rules = ruleSet.directory();
        if (!Files.isDirectory(rules)) {
            // a web page or Word file is written out with the formats' title endings, so even --text needs the rules
            err.println("xxgk-checker: 规则目录不存在或不是目录：" + rules + "（用 --rules 指定，或设置环境变量 "
                    + RuleSetOption.ENVIRONMENT + "）");
            return ExitCode.ERROR;
        }
        FormatCatalog formats;
        try {
            formats = FormatLoader.load(rules.resolve("formats"), rules);
        } catch (FormatException e) {
            err.println("xxgk-checker: 格式定义无法使用：");
            for (FileProblem problem : e.problems()) {
                err.println("  " + problem);
            }
            return ExitCode.ERROR;
        }
        // the body types' name endings tell a body's name under a title, as the checker reads it
        List<FileProblem> problems = new ArrayList<>();
        TextVocabulary vocabulary = VocabularyLoader.load(rules, formats, problems);
        if (!problems.isEmpty()) {
            err.println("xxgk-checker: 规则目录的 text/ 无法使用：");
            problems.forEach(problem -> err.println("  " + problem));
            return ExitCode.ERROR;
        }
        ReportReader reader = new ReportReader(formats, vocabulary.bodyNameEndings());
        PrintWriter out = spec.commandLine().getOut();
        if (text) {
            DecodedText decoded = reader.text(file, maxBytes);
            if (decoded.problem() != null) {
                return unreadable(err, decoded.problem());
            }
            out.println("# " + file + "（" + decoded.encoding() + "）");
            List<String> lines = decoded.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                out.printf("%5d  %s%n", i + 1, lines.get(i));
            }
        } else {
            // a file read as no report has no facts: facts of an empty report would pass for a report's
            Report report = reader.read(file, maxBytes);
            if (!report.readable()) {
                return unreadable(err, report.problems().get(0));
            }
            out.print(new FactsRenderer().render(report));
        }
        return ExitCode.PASS;
    }

    /** Says in one line why the file cannot be read, as {@code check} says it in an INPUT finding. */
    private int unreadable(PrintWriter err, ReadProblem problem) {
        err.println("xxgk-checker: " + file + (problem.kind() == ReadProblem.Kind.TOO_LARGE
                ? " 超过 " + maxSize.megabytes() + " MB 的大小上限（" + problem.detail() + "），可用 --max-size 放宽"
                : " 没有可显示的文本（" + problem.detail() + "）"));
        return ExitCode.ERROR;
    }
}
