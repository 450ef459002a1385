package org.xxgk.checker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns the paths of a command line into the report files to check: files as given, directories searched. */
final class ReportFiles {
    /** Endings of the files a directory search takes as reports, as the help names them. */
    static final String ENDING_LIST = ".txt、.text、.md、.html、.htm、.docx";
    static final List<String> ENDINGS = List.of(ENDING_LIST.split("、"));

    private ReportFiles() {
    }

    /**
     * Every file named, and every report file below every directory named, each once, in a stable order: as named,
     * a directory's files sorted by path.
     *
     * @throws NoSuchFileException when a path does not exist
     * @throws IOException         when a directory cannot be listed, or holds no report file
     */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(Files::isRegularFile).filter(ReportFiles::isReport).sorted().toList();
                }
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
        return files.stream().distinct().toList();
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && ENDINGS.stream().anyMatch(name::endsWith);
    }
}
