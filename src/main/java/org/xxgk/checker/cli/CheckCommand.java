package org.xxgk.checker.cli;

import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Severity;
import org.xxgk.checker.batch.BatchCheck;
import org.xxgk.checker.batch.BatchSummary;
import org.xxgk.checker.batch.Outcome;
import org.xxgk.checker.batch.OutputDirectory;
import org.xxgk.checker.render.JsonRenderer;
import org.xxgk.checker.render.JunitRenderer;
import org.xxgk.checker.render.ResultWriter;
import org.xxgk.checker.render.SarifRenderer;
import org.xxgk.checker.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code check FILE|DIR...}: checks reports on all cores and prints the findings, or writes them for reviewers. */
@Command(name = "check",
        description = {"检查年报文件；目录则检查其中全部年报文件（" + ReportFiles.ENDING_LIST + "），按内容识别文本、网页、Word 和 PDF 文件。",
                "文本编码自动识别：UTF-8（含 BOM）、UTF-16、GBK/GB18030。多个文件在全部处理器核上并行检查，结果按文件路径排列，每次相同。",
                "无法读取的文件不中断检查：它在结果中注明原因，退出码为 2。目录中的 .wps 文件也列入结果",
                "（内容为 Word 97–2003 格式的照常检查，否则说明无法读取的原因），其他文件的个数在标准错误上注明；以前写出的检查结果目录不作为输入。",
                "",
                "示例：",
                "  xxgk-checker check 年报.docx",
                "  xxgk-checker check 年报目录/ --out 检查结果/   之后打开其中的 summary.html",
                "  xxgk-checker check 年报目录/ --format sarif > xxgk.sarif",
                ""},
        footer = {"",
                "编译好的规则缓存在 ~/.cache/xxgk-checker（环境变量 XXGK_CACHE 指定目录，XXGK_CACHE=off 关闭）：",
                "规则没有改动时，检查不到 1,000 份年报不再编译：在 2 核机器上检查一份年报约 1.9 秒而不是 2.8 秒。",
                "需要编译规则时启动更快：java -XX:TieredStopAtLevel=1 -jar xxgk-checker.jar check …",
                "（只用 JIT 的快速编译器，约 1.8 秒；适合命令行检查，长时间运行的 serve 不要用）"},
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {
    /** From this many reports on, the rules are compiled rather than read from the compiled-rule cache. */
    private static final int MANY_REPORTS = 1000;
    /** Files of a group of copies named in the totals; the summary page names them all. */
    private static final int COPIES_SHOWN = 5;

    /** The formats of the whole run's output; with --out, each but text goes into a file of the directory. */
    enum OutputFormat {
        text(null), json("results.json"), sarif("results.sarif"), junit("junit.xml");

        private final String file;

        OutputFormat(String file) {
            this.file = file;
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOption ruleSet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式：text（默认，按严重程度分组）、json（见 CONTRACT.md）、sarif（SARIF 2.1.0，供 CI 的代码扫描页面）"
                    + "或 junit（JUnit XML，供 CI 的测试报告：每份年报一个 testsuite，每个 ERROR 级问题一个 failure）；"
                    + "给出 --out 时写入该目录的 results.json、results.sarif 或 junit.xml")
    private OutputFormat format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "把结果写入目录，供审核人员查看：summary.html（汇总页面：每份年报一行，含结论、各级问题数、问题规则、"
                    + "重复情况和详情链接；每条规则一行，含不通过的年报数）、summary.csv 和 rules.csv（同样的内容，可用 Excel、WPS 打开），"
                    + "reports/ 下每份年报的页面（按国办格式画出三张表并标出问题单元格，离线可看）和 JSON。标准输出只显示总数。"
                    + "目录应为新目录、空目录或以前的检查结果目录（其中的旧结果被替换）")
    private Path outDirectory;

    @Option(names = "--threads", paramLabel = "N",
            description = "同时检查的文件数（默认 ${DEFAULT-VALUE}，即本机的处理器核数）")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true,
            description = "在标准错误上显示进度条。默认在终端中运行并给出 --out 时显示（此时标准输出只有总数）；"
                    + "输出重定向到文件时用 --progress 打开，--no-progress 关闭")
    private Boolean progress;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "ERROR",
            description = "出现此级别及以上的问题时退出码为 1：ERROR（默认）、WARNING 或 INFO")
    private Severity failOn;

    @Option(names = "--published", paramLabel = "DATE", converter = IsoDate.class,
            description = "年报的发布日期（如 2025-01-20），用于检查是否按期公布（META-07、08、09）；不给出时用页面所示的发布日期"
                    + "（信息栏中的“发布日期：…”、网页元数据 PubDate），页面也没有时这些规则报告“未评估”")
    private LocalDate published;

    @Option(names = "--profile", paramLabel = "ID",
            description = "使用规则目录 profiles/ 中的部署配置（调整严重程度、关闭规则），例如 example-province")
    private String profile;

    @Option(names = "--skip", paramLabel = "ID", split = ",",
            description = "本次检查跳过的规则编号，可多个，以逗号分隔，例如 --skip META-07,NAR-05")
    private Set<String> skip = Set.of();

    @Mixin
    private MaxSizeOption maxSize;

    @Option(names = "--previous", paramLabel = "PATH",
            description = {"上一年度的年报文件或目录（可重复），用于本年与上年比较（XC-01、XC-02、NAR-03）：检查一份年报并给出一份上年年报时两者直接配对，",
                    "否则按机关名称和年度匹配；没有给出或匹配不到时这些规则报告“未评估”"})
    private List<Path> previous = List.of();

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "年报文件或目录；“-”为标准输入（如 curl … | xxgk-checker check -）")
    private List<Path> inputs;

    /** Reads a date as 2025-01-20, saying in Chinese what is wrong otherwise. */
    static final class IsoDate implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return CheckOptions.date(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("日期“" + value + "”无效，应写作 年-月-日，例如 2025-01-20");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        long maxBytes = maxSize.bytes();
        if (threads <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads 应为正数");
        }
        ReportFiles.Found found;
        try {
            found = ReportFiles.find(inputs, spec.commandLine().getErr());
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("xxgk-checker: 找不到文件：" + e.getFile());
            return ExitCode.ERROR;
        }
        List<Path> files = found.files();
        // rules from the cache start a second sooner but may run slower: worth it up to some thousands of reports
        Checker checker = files.size() < MANY_REPORTS ? Checker.loadQuickly(ruleSet.directory())
                : Checker.load(ruleSet.directory());
        CheckOptions options = CheckOptions.DEFAULT.withMaxBytes(maxBytes).withPublished(published)
                .withProfile(profile).withSkip(skip.stream().map(String::strip).filter(id -> !id.isEmpty())
                        .collect(Collectors.toSet()));
        options = options.withPrevious(PreviousReportFiles.read(checker, previous, inputs, options, spec.commandLine().getErr()));
        checker.profile(options);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputDirectory directory = outDirectory == null ? null
                : OutputDirectory.prepare(outDirectory, files, checker.ruleSet(), profile);
        BatchSummary summary = new BatchSummary();
        try (Writer file = directory == null || format.file == null ? null
                : Files.newBufferedWriter(directory.newFile(format.file), StandardCharsets.UTF_8)) {
            // with --out, text goes nowhere: the directory is the readable result
            ResultWriter results = directory != null && file == null ? null : writer(checker, file == null ? out : file);
            check(found, checker, options, directory, results, summary, err);
        }
        if (directory != null) {
            directory.writeSummary(summary, checker.ruleSet(), profile);
        }
        if (directory != null || (format == OutputFormat.text && files.size() > 1)) {
            totals(summary, directory, out);
        }
        for (BatchSummary.ReportRow row : summary.reports()) {
            if (row.reason() != null) {
                err.println("xxgk-checker: 无法检查 " + row.source() + "：" + row.reason());
            }
        }
        if (summary.count(BatchSummary.Verdict.NOT_CHECKED) > 0) {
            return ExitCode.ERROR;
        }
        return summary.hasFindingAtLeast(failOn) ? ExitCode.FINDINGS : ExitCode.PASS;
    }

    /** Checks the files on all threads, writing each outcome, in the files' order, to the outputs. */
    private void check(ReportFiles.Found found, Checker checker, CheckOptions options, OutputDirectory directory,
                       ResultWriter results, BatchSummary summary, PrintWriter err)
            throws IOException, InterruptedException {
        BatchCheck batch = new BatchCheck(checker, options, threads);
        // a bar only where a person watches and the results do not scroll past on the same screen
        boolean bar = progress != null ? progress : System.console() != null && directory != null;
        try (ProgressBar ignored = bar ? ProgressBar.start(err, found.files().size(), batch::done) : null) {
            batch.run(found.files(), found.notChecked(), new BatchCheck.Listener() {
                @Override
                public void checked(Outcome outcome) throws IOException {
                    if (directory != null) {
                        directory.writeDetails(outcome);
                    }
                }

                @Override
                public void next(Outcome outcome) throws IOException {
                    if (results != null && outcome instanceof Outcome.Checked checked) {
                        results.add(checked.result());
                    } else if (results != null && outcome instanceof Outcome.NotChecked notChecked) {
                        results.notChecked(notChecked.source(), notChecked.reason());
                    }
                    boolean detailed = directory != null && outcome instanceof Outcome.Checked;
                    summary.add(outcome, detailed ? directory.detail(outcome.source()) : null);
                }
            });
        }
        if (results != null) {
            results.finish();
        }
    }

    /** The writer of the --format output: to standard output, or into the --out directory's file. */
    private ResultWriter writer(Checker checker, Writer to) throws IOException {
        return switch (format) {
            case text -> new TextRenderer(checker.ruleSet(), profile).writer(spec.commandLine().getOut());
            case json -> new JsonRenderer(checker.ruleSet()).document(to, profile);
            case sarif -> new SarifRenderer(checker.ruleSet()).writer(to);
            case junit -> new JunitRenderer(failOn).writer(to);
        };
    }

    /** The totals of a run over several files, the copies among them, and where the summary is. */
    private static void totals(BatchSummary summary, OutputDirectory directory, PrintWriter out) {
        out.printf("共 %d 份：通过 %d，不通过 %d，无法检查 %d。%n", summary.reports().size(),
                summary.count(BatchSummary.Verdict.PASS), summary.count(BatchSummary.Verdict.FAIL),
                summary.count(BatchSummary.Verdict.NOT_CHECKED));
        for (List<Integer> group : summary.copyGroups()) {
            out.println("重复：" + group.stream().limit(COPIES_SHOWN).map(i -> summary.reports().get(i).source())
                    .collect(Collectors.joining("、")) + (group.size() > COPIES_SHOWN ? " 等 " + group.size() + " 份" : ""));
        }
        if (directory != null) {
            out.println("汇总：" + directory.file("summary.html") + "（另有 summary.csv、rules.csv；每份年报的页面和 JSON 在 "
                    + directory.file("reports") + " 下）");
        }
        out.flush();
    }
}
