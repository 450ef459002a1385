package org.xxgk.checker.batch;

import org.apache.commons.io.FileUtils;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.render.JsonRenderer;
import org.xxgk.checker.render.ResultPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a batch for reviewers ({@code check --out DIR}):
 * <ul>
 *   <li>{@code summary.html}: the totals, a row per file linking its page, a row per rule that fired, the copies;</li>
 *   <li>{@code summary.csv} and {@code rules.csv}: the same rows for Excel and WPS;</li>
 *   <li>{@code reports/<path>.html}: each report's result page, its tables with the cells marked
 *       ({@link ResultPage}, the file the web page's download button saves);</li>
 *   <li>{@code reports/<path>.json}: each report's entry of the contract's JSON;</li>
 * </ul>
 * where {@code <path>} is the file's path below the folder all files share. A directory that holds anything else
 * is refused, so that nobody's files are overwritten; the files of an earlier run are replaced.
 */
public final class OutputDirectory {
    /** The file that marks a directory as a batch's output. */
    static final String SUMMARY = "summary.html";
    static final String REPORTS = "reports";

    private final Path root;
    private final Path base;
    private final JsonRenderer json;
    private final ResultPage page;

    private OutputDirectory(Path root, Path base, RuleSet ruleSet, String profile) {
        this.root = root;
        this.base = base;
        this.json = new JsonRenderer(ruleSet);
        this.page = new ResultPage(ruleSet, profile);
    }

    /**
     * Makes the directory ready for a run over the files: creates it, or empties an earlier run's.
     *
     * @throws IOException when it holds other files, or cannot be written
     */
    public static OutputDirectory prepare(Path root, List<Path> files, RuleSet ruleSet, String profile)
            throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException("输出位置 " + root + " 是文件，不是目录");
        }
        if (Files.isDirectory(root)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(root)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(root.resolve(SUMMARY))) {
                throw new IOException("输出目录 " + root + " 中已有其他文件；请指定一个新目录、空目录或以前的检查结果目录");
            }
            FileUtils.deleteDirectory(root.resolve(REPORTS).toFile());
        }
        Files.createDirectories(root.resolve(REPORTS));
        return new OutputDirectory(root, commonFolder(files), ruleSet, profile);
    }

    /** A file of the directory, e.g. {@code results.sarif}. */
    public Path file(String name) {
        return root.resolve(name);
    }

    /** Where a file's pages go, relative to the directory and without ending: {@code reports/区县/a.txt}. */
    public String detail(String source) {
        Path file = Path.of(source).toAbsolutePath().normalize();
        Path below = base == null ? file.subpath(0, file.getNameCount()) : base.relativize(file);
        return REPORTS + "/" + below.toString().replace('\\', '/');
    }

    /** Writes a checked report's page and JSON entry; a file not checked has none. */
    public void writeDetails(Outcome outcome) throws IOException {
        if (outcome instanceof Outcome.Checked checked) {
            String detail = detail(checked.source());
            Path html = root.resolve(detail + ".html");
            Files.createDirectories(html.getParent());
            Files.writeString(html, page.render(checked.result(), null), StandardCharsets.UTF_8);
            Files.writeString(root.resolve(detail + ".json"), json.entry(checked.result()) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Writes the summary page and tables. */
    public void writeSummary(BatchSummary summary, RuleSet ruleSet, String profile) throws IOException {
        SummaryTables.write(summary, root.resolve("summary.csv"), root.resolve("rules.csv"));
        Files.writeString(root.resolve(SUMMARY), SummaryPage.render(summary, ruleSet, profile), StandardCharsets.UTF_8);
    }

    /** The deepest folder that holds every file, or {@code null} when they are on different drives. */
    private static Path commonFolder(List<Path> files) {
        Path common = null;
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            if (common == null) {
                common = absolute.getParent();
            }
            while (common != null && !absolute.startsWith(common)) {
                common = common.getParent();
            }
            if (common == null) {
                return null;
            }
        }
        return common;
    }
}
