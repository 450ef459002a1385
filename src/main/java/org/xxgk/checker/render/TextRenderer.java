package org.xxgk.checker.render;

import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Finding;
import org.xxgk.checker.FindingCell;
import org.xxgk.checker.Severity;
import org.xxgk.checker.Verdict;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.report.Report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a result for people: the report, the verdict, then the findings grouped by severity, each with its
 * message, the clause it enforces and the cells involved with their values and source lines.
 */
public final class TextRenderer {
    private static final int CELLS_SHOWN = 4;
    /** The lines a message names: "第12行", "第52、70、102行". */
    private static final Pattern LINES_NAMED = Pattern.compile("第([0-9]+(?:、[0-9]+)*)行");

    private final RuleSet ruleSet;
    private final String profile;

    /**
     * @param ruleSet the rule set the results come from, named under each result
     * @param profile the id of the deployment profile used, or {@code null}
     */
    public TextRenderer(RuleSet ruleSet, String profile) {
        this.ruleSet = ruleSet;
        this.profile = profile;
    }

    /** Writes each result as it is added, and each file that could not be checked with the reason. */
    public ResultWriter writer(PrintWriter out) {
        return new ResultWriter() {
            @Override
            public void add(CheckResult result) {
                render(result, out);
            }

            @Override
            public void notChecked(String source, String reason) {
                out.println("== " + source);
                out.println("   无法检查：" + reason);
                out.println();
            }

            @Override
            public void finish() {
                out.flush();
            }
        };
    }

    public void render(CheckResult result, PrintWriter out) {
        Report report = result.report();
        out.println("== " + result.source());
        if (report.readable()) {
            out.println("   " + (report.title().isEmpty() ? "（未识别到标题）" : report.title())
                    + "　格式：" + report.format().name());
        }
        out.printf("   结论：%s（错误 %d，警告 %d，提示 %d）%n", result.verdict() == Verdict.PASS ? "通过" : "不通过",
                result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO));
        boolean linesShown = false;
        for (Severity severity : Severity.values()) {
            List<Finding> findings = result.findings().stream().filter(f -> f.severity() == severity).toList();
            if (findings.isEmpty()) {
                continue;
            }
            out.println();
            out.printf("   %s（%d）%n", severityName(severity), findings.size());
            for (Finding finding : findings) {
                boolean lineInMessage = namesLine(finding.message(), finding.line());
                boolean lineOfItsOwn = finding.line() > 0 && !lineInMessage
                        && finding.cells().stream().noneMatch(cell -> cell.line() == finding.line());
                out.printf("   %-7s %s%s%n", finding.ruleId(), finding.message(),
                        lineOfItsOwn ? "（第" + finding.line() + "行）" : "");
                linesShown |= lineOfItsOwn || lineInMessage || finding.cells().stream().limit(CELLS_SHOWN)
                        .anyMatch(cell -> cell.tableCell() == null);
                if (!finding.cells().isEmpty()) {
                    out.println("           单元格：" + cells(finding.cells()));
                }
                out.println("           依据：" + finding.clause());
            }
        }
        out.println();
        if (linesShown && report.document()) {
            // a web page or Word file has no lines of its own: the numbers count the text it was read as
            // the text is written out with the rule set's formats: the command names them unless they are the default
            String rules = ruleSet.directory().equals(Path.of("rules")) ? ""
                    : "--rules " + quoted(ruleSet.directory().toString()) + " ";
            out.println("   行号指网页、Word 或 PDF 文件转成的文本中的行，用 xxgk-checker facts --text " + rules
                    + quoted(result.source()) + " 可显示该文本");
        }
        out.printf("   规则集：%s %s（sha256 %s）%s%n", ruleSet.name(), ruleSet.version(), ruleSet.sha256().substring(0, 12),
                profile == null ? "" : "，配置：" + profile);
        out.println();
        out.flush();
    }

    /**
     * Whether a message names a line already ("…（第12行“一、概述”）", "…（第52、70、102行）"): the line is not
     * written after it again.
     */
    private static boolean namesLine(String message, int line) {
        Matcher named = LINES_NAMED.matcher(message);
        while (named.find()) {
            if (Arrays.asList(named.group(1).split("、")).contains(Integer.toString(line))) {
                return true;
            }
        }
        return false;
    }

    /** A file name as a command line takes it: in quotes when it has spaces. */
    private static String quoted(String file) {
        return file.chars().anyMatch(Character::isWhitespace) ? "\"" + file + "\"" : file;
    }

    /** The first cells with their values and places, for a line of text. */
    static String cells(List<FindingCell> cells) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(cells.size(), CELLS_SHOWN); i++) {
            FindingCell cell = cells.get(i);
            if (i > 0) {
                text.append("；");
            }
            text.append(cell.label()).append(" = ")
                    .append(cell.value() == null ? "“" + cell.raw() + "”" : cell.value().toPlainString())
                    .append(place(cell));
        }
        if (cells.size() > CELLS_SHOWN) {
            text.append(" 等 ").append(cells.size()).append(" 个");
        }
        return text.toString();
    }

    /** Where a cell stands: its line in a text, its table, row and column in a web page or Word file. */
    static String place(FindingCell cell) {
        if (cell.tableCell() == null) {
            return "（第" + cell.line() + "行）";
        }
        String column = cell.tableCell().column() > 0 ? "第" + cell.tableCell().column() + "列" : "";
        return "（表" + cell.tableCell().table() + "第" + cell.tableCell().row() + "行" + column + "）";
    }

    /** The word for a severity: 错误, 警告, 提示. */
    public static String severityName(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
