package org.xxgk.checker.cli;

import org.xxgk.checker.batch.OutputDirectory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the paths of a command line into the report files to check: files as given, directories searched. Nothing
 * below a directory is dropped in silence: a report in a format the checker cannot read is checked all the same (and
 * fails, saying why), a folder that cannot be listed is checked as a file that cannot be read, and other files
 * skipped are counted on the error stream.
 */
final class ReportFiles {
    /** Endings of the files a directory search takes as reports, as the help names them. */
    static final String ENDING_LIST = ".txt、.text、.md、.html、.htm、.docx、.pdf";
    static final List<String> ENDINGS = List.of(ENDING_LIST.split("、"));
    /** Endings of reports the checker cannot read: taken too, so that they are listed as failing, not left out. */
    static final List<String> UNREADABLE_ENDINGS = List.of(".doc", ".wps");

    private ReportFiles() {
    }

    /**
     * Every file named, and every report file below every directory named (following links, and leaving out the
     * output directories of earlier runs), each once, in a stable order: as named, a directory's files sorted by path.
     *
     * @param err where the files skipped and the links that loop are named
     * @throws NoSuchFileException when a path does not exist
     * @throws IOException         when a directory holds no report file
     */
    static List<Path> expand(List<Path> paths, PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = search(path, skipped, err);
                if (found.isEmpty()) {
                    throw new IOException("目录 " + path + " 中没有年报文件（" + ENDING_LIST + "）");
                }
                files.addAll(found);
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path.toString(), null, "找不到文件");
            }
        }
        if (!skipped.isEmpty()) {
            err.println("xxgk-checker: 目录中另有 " + skipped.values().stream().mapToInt(Integer::intValue).sum()
                    + " 个文件不是年报文件，未检查（" + skipped.entrySet().stream()
                    .map(ending -> ending.getKey() + " " + ending.getValue() + " 个").collect(Collectors.joining("、")) + "）");
        }
        // "./a.txt" and "a.txt" are one file, checked once under the name first given
        Set<Path> seen = new HashSet<>();
        return files.stream().filter(file -> seen.add(file.toAbsolutePath().normalize())).toList();
    }

    private static List<Path> search(Path directory, Map<String, Integer> skipped, PrintWriter err) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        // an earlier run's results hold pages named like reports: they are no input
                        return OutputDirectory.isOutput(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (name.startsWith(".")) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (ENDINGS.stream().anyMatch(name::endsWith) || UNREADABLE_ENDINGS.stream().anyMatch(name::endsWith)) {
                            // also a link to nothing: its check says the file is missing
                            found.add(file);
                        } else {
                            int dot = name.lastIndexOf('.');
                            skipped.merge(dot < 0 ? "无扩展名" : name.substring(dot), 1, Integer::sum);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (e instanceof FileSystemLoopException) {
                            err.println("xxgk-checker: 链接 " + file + " 指回上级目录，已跳过");
                        } else {
                            // a folder that cannot be listed: checked as a file, it is listed as not checked, with why
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(null);
        return found;
    }
}
