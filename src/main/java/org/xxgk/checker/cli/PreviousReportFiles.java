package org.xxgk.checker.cli;

import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.Checker;
import org.xxgk.checker.PreviousReport;
import org.xxgk.checker.PreviousReportIndex;
import org.xxgk.checker.PreviousReports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The reports of last year named by {@code check --previous}, read once for every report checked. */
final class PreviousReportFiles {
    private PreviousReportFiles() {
    }

    /**
     * How the checks find last year's report. One report file checked beside one file of last year is an explicit
     * pair; otherwise every report of last year is matched by body and year, and those that can never match are
     * named on {@code err}.
     *
     * @param paths   the files and directories after {@code --previous}; none means no comparison
     * @param checked the files and directories to check, as given
     * @throws IOException with a one-line message when a path does not exist or cannot be read
     */
    static PreviousReports read(Checker checker, List<Path> paths, List<Path> checked, CheckOptions options,
                                PrintWriter err) throws IOException {
        if (paths.isEmpty()) {
            return PreviousReports.NONE;
        }
        try {
            List<Path> files = ReportFiles.expand(paths, err);
            if (paths.size() == 1 && !Files.isDirectory(paths.get(0)) && checked.size() == 1
                    && !Files.isDirectory(checked.get(0))) {
                return PreviousReports.always(PreviousReport.of(files.get(0).toString(), checker.read(files.get(0), options)));
            }
            PreviousReportIndex index = PreviousReportIndex.read(checker, files, options);
            index.ignored().forEach(why -> err.println("xxgk-checker: 上一年度年报无法用于比较，已忽略：" + why));
            return index;
        } catch (NoSuchFileException e) {
            throw new IOException("无法读取上一年度年报：找不到文件 " + e.getFile(), e);
        } catch (IOException e) {
            throw new IOException("无法读取上一年度年报：" + e.getMessage(), e);
        }
    }
}
