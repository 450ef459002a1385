package org.xxgk.checker.batch;

import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.render.JsonRenderer;
import org.xxgk.checker.render.ResultPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
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
 * where {@code <path>} is the file's path below the folder all files share. Every file written is listed in
 * {@value #MANIFEST}, which also marks the directory as a batch's output: a rerun deletes exactly the files listed
 * there, so that nothing else is lost, not even a note a reviewer left among the pages. A directory that holds files
 * and no such list is refused.
 */
public final class OutputDirectory {
    /** The list of the files a run wrote, one path (relative, with '/') per line; it marks a batch's output. */
    static final String MANIFEST = ".xxgk-checker-output";
    static final String SUMMARY = "summary.html";
    static final String REPORTS = "reports";

    private final Path root;
    private final Path base;
    private final JsonRenderer json;
    private final ResultPage page;
    /** The files written so far, relative to the directory. */
    private final SortedSet<String> written = new TreeSet<>();

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
            if (!empty && !isOutput(root)) {
                throw new IOException("输出目录 " + root + " 中已有其他文件，且不是本工具以前写出的检查结果（没有 " + MANIFEST
                        + " 清单）；请指定一个新目录、空目录或以前的检查结果目录");
            }
            if (!empty) {
                deleteEarlierRun(root);
            }
        }
        Files.createDirectories(root.resolve(REPORTS));
        Files.writeString(root.resolve(MANIFEST), "", StandardCharsets.UTF_8);
        return new OutputDirectory(root, commonFolder(files), ruleSet, profile);
    }

    /** Whether a directory holds the output of a run: a list of the files it wrote. */
    public static boolean isOutput(Path directory) {
        return Files.isRegularFile(directory.resolve(MANIFEST));
    }

    /** Deletes the files an earlier run listed, and the folders of pages this leaves empty; nothing else. */
    private static void deleteEarlierRun(Path root) throws IOException {
        Path top = root.toAbsolutePath().normalize();
        for (String line : Files.readAllLines(root.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            Path file = top.resolve(line).normalize();
            // a list edited by hand must not reach outside the directory
            if (!line.isBlank() && file.startsWith(top) && !file.equals(top)) {
                Files.deleteIfExists(file);
                for (Path folder = file.getParent(); folder.startsWith(top.resolve(REPORTS)); folder = folder.getParent()) {
                    if (!isEmptyDirectory(folder)) {
                        break;
                    }
                    Files.delete(folder);
                }
            }
        }
    }

    private static boolean isEmptyDirectory(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Notes a file as written by this run, so that the next run into the directory replaces it. Each is added to the
     * list at once, so that a run cut short leaves its files listed; the summary rewrites the list in order.
     */
    private synchronized void written(Path file) throws IOException {
        String relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        if (written.add(relative)) {
            Files.writeString(root.resolve(MANIFEST), relative + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    /** A file of the directory, e.g. {@code summary.html}. */
    public Path file(String name) {
        return root.resolve(name);
    }

    /** A file of the directory that the caller writes, e.g. {@code results.sarif}; the next run replaces it. */
    public Path newFile(String name) throws IOException {
        Path file = root.resolve(name);
        written(file);
        return file;
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
            Path entry = root.resolve(detail + ".json");
            Files.createDirectories(html.getParent());
            written(html);
            Files.writeString(html, page.render(checked.result(), null), StandardCharsets.UTF_8);
            written(entry);
            Files.writeString(entry, json.entry(checked.result()) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Writes the summary page and tables. */
    public void writeSummary(BatchSummary summary, RuleSet ruleSet, String profile) throws IOException {
        SummaryTables.write(summary, newFile("summary.csv"), newFile("rules.csv"));
        Files.writeString(newFile(SUMMARY), SummaryPage.render(summary, ruleSet, profile), StandardCharsets.UTF_8);
        // in order, whatever order the threads wrote the pages in: the output is the same byte for byte
        synchronized (this) {
            Files.write(root.resolve(MANIFEST), written, StandardCharsets.UTF_8);
        }
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
