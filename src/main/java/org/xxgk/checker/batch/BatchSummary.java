package org.xxgk.checker.batch;

import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Finding;
import org.xxgk.checker.Severity;
import org.xxgk.checker.format.Labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a reviewer reads first about a batch: a row per file (its body, year, verdict, findings per severity, the
 * rules that fired, its copies), a row per rule that fired (how many reports it fails), and the totals. Two files are
 * copies when their bytes are the same, or when their titles name the same body and year. Filled in the order of the
 * files, so that it is the same from run to run.
 */
public final class BatchSummary {
    /** Copies named in a row; more are counted. */
    private static final int COPIES_NAMED = 3;

    /** The verdict of a row. */
    public enum Verdict {
        PASS("通过"), FAIL("不通过"), NOT_CHECKED("无法检查");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        /** The word a reviewer reads. */
        public String label() {
            return label;
        }
    }

    /**
     * One file.
     *
     * @param detail the file's pages under the output directory, without ending ({@code reports/a.txt}), or
     *               {@code null} when it has none
     * @param reason why it could not be checked, or {@code null}
     */
    public record ReportRow(String source, String organization, Integer year, Verdict verdict, long errors,
                            long warnings, long infos, List<String> ruleIds, String detail, String reason) {
    }

    /**
     * One rule that fired.
     *
     * @param reports  how many reports it has findings in
     * @param findings how many findings it made
     */
    public record RuleRow(String ruleId, Severity severity, String title, int reports, int findings) {
    }

    private final List<ReportRow> rows = new ArrayList<>();
    private final Map<String, RuleCount> rules = new LinkedHashMap<>();
    private final Map<String, List<Integer>> byContent = new LinkedHashMap<>();
    private final Map<String, List<Integer>> byBodyAndYear = new LinkedHashMap<>();
    /** Each row's keys in the two maps, {@code null} where it has none. */
    private final List<String> contentKeys = new ArrayList<>();
    private final List<String> bodyKeys = new ArrayList<>();

    private static final class RuleCount {
        final Finding first;
        int reports;
        int findings;

        RuleCount(Finding first) {
            this.first = first;
        }
    }

    /**
     * Adds the next file.
     *
     * @param detail its pages under the output directory, without ending, or {@code null}
     */
    public void add(Outcome outcome, String detail) {
        int index = rows.size();
        contentKeys.add(null);
        bodyKeys.add(null);
        if (outcome instanceof Outcome.NotChecked notChecked) {
            rows.add(new ReportRow(notChecked.source(), "", null, Verdict.NOT_CHECKED, 0, 0, 0, List.of(), null,
                    notChecked.reason()));
            return;
        }
        Outcome.Checked checked = (Outcome.Checked) outcome;
        CheckResult result = checked.result();
        Set<String> ruleIds = new LinkedHashSet<>();
        for (Finding finding : result.findings()) {
            RuleCount count = rules.computeIfAbsent(finding.ruleId(), id -> new RuleCount(finding));
            count.findings++;
            if (ruleIds.add(finding.ruleId())) {
                count.reports++;
            }
        }
        rows.add(new ReportRow(result.source(), result.report().organization(), result.report().year(),
                result.verdict() == org.xxgk.checker.Verdict.PASS ? Verdict.PASS : Verdict.FAIL,
                result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO),
                List.copyOf(ruleIds), detail, null));
        if (!result.report().readable()) {
            return; // empty, binary or locked files are not reports, and no copies of one
        }
        if (checked.sha256() != null) {
            contentKeys.set(index, checked.sha256());
            byContent.computeIfAbsent(checked.sha256(), hash -> new ArrayList<>()).add(index);
        }
        String body = Labels.normalize(result.report().organization());
        if (!body.isEmpty() && result.report().year() != null) {
            String key = body + "\u0000" + result.report().year();
            bodyKeys.set(index, key);
            byBodyAndYear.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
        }
    }

    public List<ReportRow> reports() {
        return rows;
    }

    /** The rules that fired, those with findings in the most reports first. */
    public List<RuleRow> rules() {
        return rules.values().stream()
                .map(count -> new RuleRow(count.first.ruleId(), count.first.severity(), count.first.title(),
                        count.reports, count.findings))
                .sorted(Comparator.comparingInt(RuleRow::reports).reversed().thenComparing(RuleRow::ruleId))
                .toList();
    }

    /** The copies of the row's file, in words ("内容与 b.txt 相同；机关和年度与 c.docx 相同"), or "" when it has none. */
    public String copies(int row) {
        List<String> parts = new ArrayList<>();
        Set<Integer> sameContent = new LinkedHashSet<>(others(byContent, contentKeys.get(row), row));
        if (!sameContent.isEmpty()) {
            parts.add("内容与 " + names(sameContent) + " 相同");
        }
        Set<Integer> sameBody = new LinkedHashSet<>(others(byBodyAndYear, bodyKeys.get(row), row));
        sameBody.removeAll(sameContent);
        if (!sameBody.isEmpty()) {
            parts.add("机关和年度与 " + names(sameBody) + " 相同");
        }
        return String.join("；", parts);
    }

    /**
     * The groups of copies: rows joined by the same content or the same body and year, a row that is both in one
     * group with all its copies; each group in row order, the groups by their first row.
     */
    public List<List<Integer>> copyGroups() {
        int[] parent = new int[rows.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Stream.concat(byContent.values().stream(), byBodyAndYear.values().stream()).forEach(group -> {
            for (int row : group) {
                parent[root(parent, row)] = root(parent, group.get(0));
            }
        });
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int row = 0; row < parent.length; row++) {
            groups.computeIfAbsent(root(parent, row), r -> new ArrayList<>()).add(row);
        }
        return groups.values().stream().filter(group -> group.size() > 1).toList();
    }

    private static int root(int[] parent, int row) {
        while (parent[row] != row) {
            parent[row] = parent[parent[row]];
            row = parent[row];
        }
        return row;
    }

    /** Whether a report has a finding at least this serious. */
    public boolean hasFindingAtLeast(Severity level) {
        return rows.stream().anyMatch(row -> row.errors() > 0 && Severity.ERROR.atLeast(level)
                || row.warnings() > 0 && Severity.WARNING.atLeast(level)
                || row.infos() > 0 && Severity.INFO.atLeast(level));
    }

    public long count(Verdict verdict) {
        return rows.stream().filter(row -> row.verdict() == verdict).count();
    }

    /** The other rows under the row's key in one of the maps. */
    private static List<Integer> others(Map<String, List<Integer>> groups, String key, int row) {
        return key == null ? List.of() : groups.get(key).stream().filter(other -> other != row).toList();
    }

    private String names(Set<Integer> others) {
        List<String> names = others.stream().limit(COPIES_NAMED).map(i -> rows.get(i).source()).toList();
        return String.join("、", names) + (others.size() > COPIES_NAMED ? " 等 " + others.size() + " 份" : "");
    }
}
