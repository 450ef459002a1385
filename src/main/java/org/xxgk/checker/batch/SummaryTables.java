package org.xxgk.checker.batch;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary as CSV for Excel and WPS: {@code summary.csv} with a row per file, {@code rules.csv} with a row per
 * rule that fired. UTF-8 with a byte order mark, which is how those programs know the Chinese is UTF-8, and lines
 * ending in CR LF.
 */
final class SummaryTables {
    static final List<String> REPORT_COLUMNS = List.of("文件", "机关", "年度", "结论", "错误", "警告", "提示", "问题规则",
            "重复", "无法检查的原因", "详情（HTML）", "详情（JSON）");
    static final List<String> RULE_COLUMNS = List.of("规则", "严重程度", "标题", "年报数", "问题数");
    private static final CsvMapper CSV = new CsvMapper();

    private SummaryTables() {
    }

    static void write(BatchSummary summary, Path reports, Path rules) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<BatchSummary.ReportRow> reportRows = summary.reports();
        for (int i = 0; i < reportRows.size(); i++) {
            BatchSummary.ReportRow row = reportRows.get(i);
            boolean checked = row.verdict() != BatchSummary.Verdict.NOT_CHECKED;
            rows.add(List.of(row.source(), row.organization(), row.year() == null ? "" : row.year().toString(),
                    row.verdict().label(), checked ? Long.toString(row.errors()) : "",
                    checked ? Long.toString(row.warnings()) : "", checked ? Long.toString(row.infos()) : "",
                    String.join(" ", row.ruleIds()), summary.copies(i), row.reason() == null ? "" : row.reason(),
                    row.detail() == null ? "" : row.detail() + ".html", row.detail() == null ? "" : row.detail() + ".json"));
        }
        write(REPORT_COLUMNS, rows, reports);
        rows.clear();
        for (BatchSummary.RuleRow rule : summary.rules()) {
            rows.add(List.of(rule.ruleId(), rule.severity().name(), rule.title(), Integer.toString(rule.reports()),
                    Integer.toString(rule.findings())));
        }
        write(RULE_COLUMNS, rows, rules);
    }

    private static void write(List<String> columns, List<List<String>> rows, Path file) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (SequenceWriter csv = CSV.writer(schema.build().withHeader().withLineSeparator("\r\n")).writeValues(out)) {
                for (List<String> row : rows) {
                    csv.write(row.stream().map(SummaryTables::inert).toList());
                }
            }
        }
    }

    /**
     * A cell that a spreadsheet shows as text: one starting with = + - @ would be taken for a formula (a report's
     * title is not to be trusted), so it gets the apostrophe that marks text.
     */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
