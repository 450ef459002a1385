package org.xxgk.checker.batch;

import org.xxgk.checker.Version;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.render.ResultPage;
import org.xxgk.checker.render.TextRenderer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The summary of a batch as one HTML page ({@code summary.html}) that needs nothing from outside: the totals, a row
 * per file linking its page, a row per rule that fired, and the copies. Its style is the web page's.
 */
final class SummaryPage {
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private SummaryPage() {
    }

    static String render(BatchSummary summary, RuleSet ruleSet, String profile) {
        StringBuilder html = new StringBuilder(4096 + summary.reports().size() * 400);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>年报检查汇总（").append(summary.reports().size()).append(" 份）</title>\n")
                .append("<style>\n").append(ResultPage.asset("app.css")).append(ResultPage.asset("summary.css"))
                .append("</style>\n</head>\n<body>\n");
        html.append("<header class=\"masthead\">\n<h1>政府信息公开工作年度报告检查汇总</h1>\n<p class=\"muted\">规则集：")
                .append(text(ruleSet.name() + " " + ruleSet.version())).append(" · ").append(ruleSet.rules().size())
                .append(" 条规则 · sha256 ").append(ruleSet.sha256(), 0, 12)
                .append(profile == null ? "" : " · 配置：" + text(profile)).append("</p>\n</header>\n");
        html.append("<main class=\"summary\">\n<p class=\"totals\" id=\"totals\">共 ").append(summary.reports().size())
                .append(" 份：通过 ").append(summary.count(BatchSummary.Verdict.PASS))
                .append(" · 不通过 ").append(summary.count(BatchSummary.Verdict.FAIL))
                .append(" · 无法检查 ").append(summary.count(BatchSummary.Verdict.NOT_CHECKED))
                .append(" · 重复 ").append(summary.copyGroups().size()).append(" 组</p>\n");
        reports(summary, html);
        rules(summary, html);
        copies(summary, html);
        html.append("</main>\n<footer class=\"muted\">由 xxgk-checker ").append(text(Version.get()))
                .append(" 生成。单击文件名查看该年报的表格和标出的单元格。</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void reports(BatchSummary summary, StringBuilder html) {
        html.append("<h2>各年报</h2>\n<table class=\"summary-table\" id=\"reports\">\n<thead><tr>");
        for (String column : List.of("文件", "机关", "年度", "结论", "错误", "警告", "提示", "问题规则", "重复")) {
            html.append("<th>").append(column).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        List<BatchSummary.ReportRow> rows = summary.reports();
        for (int i = 0; i < rows.size(); i++) {
            BatchSummary.ReportRow row = rows.get(i);
            String verdict = row.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
            html.append("<tr class=\"").append(verdict).append("\" data-source=\"").append(attribute(row.source()))
                    .append("\"><td>");
            if (row.detail() == null) {
                html.append(text(row.source()));
            } else {
                html.append("<a href=\"").append(attribute(href(row.detail() + ".html"))).append("\">")
                        .append(text(row.source())).append("</a> <a class=\"muted\" href=\"")
                        .append(attribute(href(row.detail() + ".json"))).append("\">JSON</a>");
            }
            html.append("</td><td class=\"body\">").append(text(row.organization())).append("</td><td>")
                    .append(row.year() == null ? "" : row.year()).append("</td><td class=\"verdict\">")
                    .append("<span class=\"badge verdict-").append(verdict).append("\">").append(row.verdict().label())
                    .append("</span></td>");
            boolean checked = row.verdict() != BatchSummary.Verdict.NOT_CHECKED;
            for (long count : new long[] {row.errors(), row.warnings(), row.infos()}) {
                html.append("<td class=\"count").append(count > 0 ? " nonzero" : "").append("\">")
                        .append(checked ? Long.toString(count) : "").append("</td>");
            }
            html.append(checked ? "<td class=\"rules\">" + text(String.join(" ", row.ruleIds()))
                    : "<td class=\"reason\">" + text(row.reason()));
            html.append("</td><td class=\"copies\">").append(text(summary.copies(i))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void rules(BatchSummary summary, StringBuilder html) {
        html.append("<h2>各规则</h2>\n");
        if (summary.rules().isEmpty()) {
            html.append("<p>没有任何规则发现问题。</p>\n");
            return;
        }
        html.append("<table class=\"summary-table\" id=\"rules\">\n<thead><tr><th>规则</th><th>严重程度</th><th>标题</th>")
                .append("<th>年报数</th><th>问题数</th></tr></thead>\n<tbody>\n");
        for (BatchSummary.RuleRow rule : summary.rules()) {
            String severity = rule.severity().name().toLowerCase(Locale.ROOT);
            html.append("<tr data-rule=\"").append(attribute(rule.ruleId())).append("\"><td class=\"rules\">")
                    .append(text(rule.ruleId())).append("</td><td><span class=\"badge sev-").append(severity).append("\">")
                    .append(TextRenderer.severityName(rule.severity())).append("</span></td><td>").append(text(rule.title()))
                    .append("</td><td class=\"count\">").append(rule.reports()).append("</td><td class=\"count\">")
                    .append(rule.findings()).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void copies(BatchSummary summary, StringBuilder html) {
        List<List<Integer>> groups = summary.copyGroups();
        if (groups.isEmpty()) {
            return;
        }
        html.append("<h2>重复的年报</h2>\n<p class=\"muted\">内容完全相同，或标题中的机关和年度相同的文件：</p>\n<ul id=\"copies\">\n");
        for (List<Integer> group : groups) {
            html.append("<li>").append(text(group.stream().map(i -> summary.reports().get(i).source())
                    .collect(Collectors.joining("、")))).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    /** A path under the output directory as a link: blanks, "#", "%" and the like escaped, Chinese kept. */
    private static String href(String path) {
        try {
            return new URI(null, null, path, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no link for " + path, e);
        }
    }

    private static String text(String text) {
        return ResultPage.escapeText(text);
    }

    private static String attribute(String text) {
        return ResultPage.escapeText(text).replace("\"", "&quot;");
    }
}
