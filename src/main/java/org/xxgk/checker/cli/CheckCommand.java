package org.xxgk.checker.cli;

import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Severity;
import org.xxgk.checker.render.JsonRenderer;
import org.xxgk.checker.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code check FILE|DIR...}: checks reports and prints the findings. */
@Command(name = "check",
        description = {"检查年报文件；目录则检查其中全部年报文件（" + ".txt、.text、.md" + "）。",
                "文本编码自动识别：UTF-8（含 BOM）、UTF-16、GBK/GB18030。"},
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {
    enum OutputFormat { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOption ruleSet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式：text（默认，按严重程度分组）或 json（见 CONTRACT.md）")
    private OutputFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "ERROR",
            description = "出现此级别及以上的问题时退出码为 1：ERROR（默认）、WARNING 或 INFO")
    private Severity failOn;

    @Option(names = "--published", paramLabel = "DATE", converter = IsoDate.class,
            description = "年报的发布日期（如 2025-01-20），用于检查是否按期公布（META-07、08、09）；不给出时这些规则报告“未评估”")
    private LocalDate published;

    @Option(names = "--profile", paramLabel = "ID",
            description = "使用规则目录 profiles/ 中的部署配置（调整严重程度、关闭规则），例如 example-province")
    private String profile;

    @Option(names = "--skip", paramLabel = "ID", split = ",",
            description = "本次检查跳过的规则编号，可多个，以逗号分隔，例如 --skip META-07,NAR-05")
    private Set<String> skip = Set.of();

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "10",
            description = "单个文件的大小上限（MB，默认 ${DEFAULT-VALUE}）；更大的文件不读取，报告 INPUT-03")
    private long maxSizeMb;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "年报文件或目录")
    private List<Path> inputs;

    /** Reads a date as 2025-01-20, saying in Chinese what is wrong otherwise. */
    static final class IsoDate implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("日期“" + value + "”无效，应写作 年-月-日，例如 2025-01-20");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        if (maxSizeMb <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-size 应为正数");
        }
        List<Path> files;
        try {
            files = ReportFiles.expand(inputs);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("xxgk-checker: 找不到文件：" + e.getFile());
            return ExitCode.ERROR;
        }
        Checker checker = Checker.load(ruleSet.directory());
        CheckOptions options = CheckOptions.DEFAULT.withMaxBytes(maxSizeMb * 1024 * 1024).withPublished(published)
                .withProfile(profile).withSkip(skip);
        checker.profile(options);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CheckResult> results = new ArrayList<>();
        boolean unreadable = false;
        TextRenderer text = new TextRenderer(checker.ruleSet(), profile);
        for (Path file : files) {
            CheckResult result;
            try {
                result = checker.check(file, options);
            } catch (IOException e) {
                err.println("xxgk-checker: 无法读取 " + file + "：" + e.getMessage());
                unreadable = true;
                continue;
            }
            results.add(result);
            if (format == OutputFormat.text) {
                text.render(result, out);
            }
        }
        if (format == OutputFormat.json) {
            new JsonRenderer(checker.ruleSet()).document(results, profile, out);
        }
        if (unreadable) {
            return ExitCode.ERROR;
        }
        return results.stream().anyMatch(r -> r.hasFindingAtLeast(failOn)) ? ExitCode.FINDINGS : ExitCode.PASS;
    }
}
