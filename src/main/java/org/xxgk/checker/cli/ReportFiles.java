package org.xxgk.checker.cli;

import org.xxgk.checker.batch.BatchCheck;
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
 * skipped, and hidden folders not searched, are counted on the error stream.
 */
final class ReportFiles {
    /** Endings of the files a directory search takes as reports, as the help names them. */
    static final String ENDING_LIST = ".txt、.text、.md、.html、.htm、.docx、.doc、.pdf";
    static final List<String> ENDINGS = List.of(ENDING_LIST.split("、"));
    /**
     * Endings of reports the checker may not read: taken too, so that they are checked (WPS saves in the format of
     * Word 97–2003 too) or listed as failing, not left out.
     */
    static final List<String> UNREADABLE_ENDINGS = List.of(".wps");

    private ReportFiles() {
    }

    /**
     * The files to check, in order, and why some of them cannot be checked at all: they are listed with the reason
     * in their place, never opened.
     */
    record Found(List<Path> files, Map<Path, String> notChecked) {
    }

    /**
     * Every file named, and every report file below every directory named (following links, and leaving out the
     * hidden folders below it and the output directories of earlier runs), each once, in a stable order: as named, a
     * directory's files sorted by path.
     * A file named that does not exist, and a file found that is no regular file (a pipe, a device), are in the list
     * as not checked: opening a pipe would wait for a writer for ever.
     *
     * @param err where the files skipped, the hidden folders not searched and the links that loop are named
     * @throws NoSuchFileException when no path named exists
     * @throws IOException         when a directory holds no report file
     */
    static Found find(List<Path> paths, PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<Path, String> notChecked = new TreeMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Map<String, Integer> hiddenFolders = new TreeMap<>();
        List<Path> missing = new ArrayList<>();
        Set<Path> named = paths.stream().map(ReportFiles::identity).collect(Collectors.toSet());
        for (Path path : paths) {
            if (path.equals(BatchCheck.STANDARD_INPUT)) {
                files.add(path);
            } else if (Files.isDirectory(path)) {
                Map<String, Integer> hidden = new TreeMap<>();
                List<Path> found = search(path, named, skipped, hidden, notChecked, err);
                if (found.isEmpty()) {
                    throw new IOException("目录 " + path + " 中没有年报文件（" + ENDING_LIST + "）"
                            + (hidden.isEmpty() ? "" : "，另有 " + hiddenFolders(hidden)));
                }
                hidden.forEach((name, count) -> hiddenFolders.merge(name, count, Integer::sum));
                files.addAll(found);
            } else {
                // a device or a pipe named as such (/dev/stdin) is read: whoever named it writes to it
                files.add(path);
                if (!Files.exists(path)) {
                    missing.add(path);
                    notChecked.put(path, "文件不存在");
                }
            }
        }
        if (missing.size() == paths.size()) {
            // nothing to check at all: a mistyped name, said in one line
            throw new NoSuchFileException(missing.stream().map(Path::toString).collect(Collectors.joining("、")), null, "找不到文件");
        }
        List<String> leftOut = new ArrayList<>();
        if (!skipped.isEmpty()) {
            leftOut.add(skipped.values().stream().mapToInt(Integer::intValue).sum() + " 个文件未检查（"
                    + skipped.entrySet().stream().map(kind -> kind.getKey() + " " + kind.getValue() + " 个")
                    .collect(Collectors.joining("、")) + "）");
        }
        if (!hiddenFolders.isEmpty()) {
            leftOut.add(hiddenFolders(hiddenFolders));
        }
        if (!leftOut.isEmpty()) {
            err.println("xxgk-checker: 目录中另有 " + String.join("，", leftOut));
        }
        // "./a.txt" and "a.txt", and a link and the file it points to, are one file, checked once under the name first given
        Set<Path> seen = new HashSet<>();
        return new Found(files.stream().filter(file -> seen.add(identity(file))).toList(), notChecked);
    }

    /**
     * The files of {@link #find}, for commands that must read every one: a path named that does not exist is an error,
     * and a file found that is no regular file is named on {@code err} and left out.
     *
     * @throws NoSuchFileException when a path does not exist
     * @throws IOException         when a directory holds no report file
     */
    static List<Path> expand(List<Path> paths, PrintWriter err) throws IOException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "找不到文件");
            }
        }
        Found found = find(paths, err);
        found.notChecked().forEach((file, why) -> err.println("xxgk-checker: 无法检查 " + file + "：" + why + "，已跳过"));
        return found.files().stream().filter(file -> !found.notChecked().containsKey(file)).toList();
    }

    /** "2 个隐藏文件夹未检查（.git、.svn；…）", from the count of hidden folders by name. */
    private static String hiddenFolders(Map<String, Integer> byName) {
        return byName.values().stream().mapToInt(Integer::intValue).sum() + " 个隐藏文件夹未检查（"
                + String.join("、", byName.keySet()) + "；要检查其中的年报，请在命令行上直接给出该文件夹）";
    }

    /** The file a path reaches, whatever links lead to it; where that cannot be had (a dangling link), the path itself. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** @param named the paths named on the command line: a hidden folder among them is searched on its own */
    private static List<Path> search(Path directory, Set<Path> named, Map<String, Integer> skipped,
                                     Map<String, Integer> hiddenFolders, Map<Path, String> notChecked, PrintWriter err)
            throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (!dir.equals(directory) && dir.getFileName().toString().startsWith(".")) {
                            // .git, .svn, .idea: no reports, but many files; counted, lest a report hide there, and
                            // searched when named on the command line
                            if (!named.contains(identity(dir))) {
                                hiddenFolders.merge(dir.getFileName().toString(), 1, Integer::sum);
                            }
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        // an earlier run's results hold pages named like reports: they are no input
                        return OutputDirectory.isOutput(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (name.startsWith(".")) {
                            // macOS's ._ files, editors' back-ups: not checked, but counted, lest a report hide there
                            skipped.merge("隐藏文件", 1, Integer::sum);
                        } else if (ENDINGS.stream().anyMatch(name::endsWith) || UNREADABLE_ENDINGS.stream().anyMatch(name::endsWith)) {
                            // also a link to nothing (its attributes are the link's): its check says the file is missing
                            found.add(file);
                            if (!attributes.isRegularFile() && !attributes.isSymbolicLink()) {
                                notChecked.put(file, "不是普通文件");
                            }
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
