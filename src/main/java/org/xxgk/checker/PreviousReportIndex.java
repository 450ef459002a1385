package org.xxgk.checker;

import org.xxgk.checker.ingest.BodyName;
import org.xxgk.checker.report.Report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Last year's reports, read once, looked up by the body and year of the report being checked: the report of the
 * year before, by the same body. Real titles name one body in several ways, so a name is tried in three steps, each
 * used only when the one before finds nothing: the same name (ignoring blanks, quotes and the width of brackets);
 * the same name but for a bracketed alias and "人民政府"/"政府"; one name with a higher jurisdiction in front of the
 * other ("北京市朝阳区人民政府" and "朝阳区人民政府"): {@link BodyName.Match}. Two candidates in the same step match
 * neither: the finding says which. Immutable, so thread-safe.
 */
public final class PreviousReportIndex implements PreviousReports {
    private final List<Entry> entries;
    /** The entries by the loosest form of their name: the first two steps look only here. */
    private final Map<String, List<Entry>> byLooseName;
    private final List<String> ignored;

    /** A report of the index with its name as compared. */
    private record Entry(PreviousReport previous, BodyName name, int year) {
        String source() {
            return previous.source();
        }
    }

    private PreviousReportIndex(List<Entry> entries, List<String> ignored) {
        this.entries = List.copyOf(entries);
        this.byLooseName = entries.stream().collect(Collectors.groupingBy(entry -> entry.name().loose()));
        this.ignored = List.copyOf(ignored);
    }

    /**
     * Reads report files with the checker's reader, as {@code check} reads them (text, web pages, Word files, any
     * encoding, up to the options' size).
     *
     * @throws IOException when a file cannot be read at all (it does not exist, or may not be read)
     */
    public static PreviousReportIndex read(Checker checker, List<Path> files, CheckOptions options) throws IOException {
        List<PreviousReport> reports = new ArrayList<>(files.size());
        for (Path file : files) {
            reports.add(PreviousReport.of(file.toString(), checker.read(file, options)));
        }
        return of(reports);
    }

    /** An index of reports already read. Those whose title names no body or year cannot be matched: see {@link #ignored}. */
    public static PreviousReportIndex of(List<PreviousReport> reports) {
        List<Entry> entries = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (PreviousReport previous : reports) {
            Report report = previous.report();
            if (report == null || !report.readable()) {
                ignored.add(previous.source() + "：无法作为年报读取");
            } else if (report.organization().isBlank() || report.year() == null) {
                ignored.add(previous.source() + "：标题中没有识别出机关名称或年度");
            } else {
                entries.add(new Entry(previous, BodyName.of(report.organization()), report.year()));
            }
        }
        return new PreviousReportIndex(entries, ignored);
    }

    /** The reports that can never be matched, each as "source：why". */
    public List<String> ignored() {
        return ignored;
    }

    @Override
    public PreviousReport previousOf(Report report) {
        if (report.organization().isBlank() || report.year() == null) {
            return PreviousReport.absent("本年报告的标题中没有识别出机关名称或年度，无法查找上一年度的年报");
        }
        BodyName name = BodyName.of(report.organization());
        int year = report.year() - 1;
        List<Entry> sameName = byLooseName.getOrDefault(name.loose(), List.of());
        for (BodyName.Match match : BodyName.Match.values()) {
            List<Entry> candidates = (match == BodyName.Match.WITHIN_JURISDICTION ? entries : sameName).stream()
                    .filter(entry -> entry.year() == year && match.test(entry.name(), name)).toList();
            if (candidates.size() == 1) {
                return candidates.get(0).previous();
            }
            if (candidates.size() > 1) {
                return PreviousReport.absent("所给的上一年度年报中有" + candidates.size() + "份可能属于“"
                        + report.organization() + "”（" + candidates.stream().map(Entry::source).collect(Collectors.joining("、"))
                        + "），无法确定与哪一份比较");
            }
        }
        String otherYears = sameName.stream()
                .filter(entry -> BodyName.Match.SAME.test(entry.name(), name)
                        || BodyName.Match.WITHOUT_ALIAS.test(entry.name(), name))
                .map(Entry::year).distinct().sorted().map(Objects::toString).collect(Collectors.joining("、"));
        return PreviousReport.absent("所给的上一年度年报中没有“" + report.organization() + "”" + year + "年度的年报"
                + (otherYears.isEmpty() ? "" : "（只有" + otherYears + "年度的）"));
    }
}
