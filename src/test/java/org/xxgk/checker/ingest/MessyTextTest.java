package org.xxgk.checker.ingest;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.FindingCell;
import org.xxgk.checker.Severity;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.CellState;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Metamorphic test of the reader: the seed report rewritten in each of the messy ways real reports are published
 * (annual-report-format.md §2, "Parsing notes") must read into exactly the seed's table cells, the same state and
 * value for every cell id (the raw text may differ), none added or lost, and must get no ERROR finding.
 *
 * <p>Rewrites that change what a cell holds are not here: blank or "/" cells instead of 0 change its state, which
 * the checker reports on purpose.
 */
class MessyTextTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String SEED = TestRules.seed();
    private static final Path TRIAL_FORMAT = Path.of("fixtures/reports/2020-laocheng-trial-format.txt");
    private static final Map<String, Reading> SEED_CELLS = readings(CHECKER.check(SEED, "seed").report());
    private static final Pattern SECTION_HEADING = Pattern.compile("^#*\\s*([一二三四五六])、[^\t]*$");
    private static final Pattern LIST_NUMBER = Pattern.compile("(\\d)\\.(?!\\d)\\s*");
    /** A row label of 20 characters or more, followed by the row's values: 表三's long labels. */
    private static final Pattern LONG_LABEL = Pattern.compile("[^\t]{20,}(?=\t\\d)");
    /** The number a label starts with: "一、", "(三) ", "1. ". */
    private static final Pattern LABEL_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]\\s*|\\d+\\.\\s*)");

    /** What the reader made of a cell: its state and number, the raw text aside. */
    private record Reading(CellState state, BigDecimal value) {
        @Override
        public String toString() {
            return value == null ? state.toString() : value.toPlainString();
        }
    }

    @Test
    void theSeedReadsAllCellsOfItsThreeTablesWithoutError() {
        CheckResult seed = CHECKER.check(SEED, "seed");

        assertThat(seed.report().tables()).extracting(Table::id).containsExactly("t2", "t3", "t4");
        assertThat(SEED_CELLS).hasSize(10 + 175 + 15)
                .containsEntry("t2.licensing.decisions", new Reading(CellState.NUMBER, new BigDecimal("12126")))
                .containsEntry("t2.fees.amount_wan", new Reading(CellState.NUMBER, new BigDecimal("79.6954")));
        assertThat(errors(seed)).isEmpty();
    }

    @Test
    void aTablePrintedOneCellPerLineNamesEachCellAtItsOwnLine() {
        String wrongTotal = SEED.replace("8\t4\t12\t0\t24\t", "8\t4\t12\t0\t25\t");
        assertThat(wrongTotal).isNotEqualTo(SEED);
        String text = eachTableLineOf("四", wrongTotal, MessyTextTest::cellPerLine);
        List<String> lines = text.lines().toList();

        Finding finding = CHECKER.check(text, "one cell per line").findings().stream()
                .filter(f -> f.ruleId().equals("ARI-04")).findFirst().orElseThrow();

        assertThat(finding.expected()).isEqualByComparingTo("24");
        assertThat(finding.actual()).isEqualByComparingTo("25");
        assertThat(finding.cells()).extracting(FindingCell::raw).containsExactly("25", "8", "4", "12", "0");
        assertThat(finding.cells()).allSatisfy(cell -> assertThat(lines.get(cell.line() - 1).strip()).isEqualTo(cell.raw()));
        assertThat(finding.cells()).extracting(FindingCell::line).doesNotHaveDuplicates();
    }

    /**
     * Layouts that change no word or number, of the seed and of the trial-format report: every cell is read as in
     * the report and every rule finds what it finds there, prose rules too.
     */
    @TestFactory
    Stream<DynamicTest> aReportLaidOutOtherwiseGetsItsOwnCellsAndFindings() {
        Map<String, UnaryOperator<String>> layouts = new java.util.LinkedHashMap<>();
        layouts.put("每格一行：表二", report -> eachTableLineOf("二", report, MessyTextTest::cellPerLine));
        layouts.put("每格一行：表三", report -> eachTableLineOf("三", report, MessyTextTest::cellPerLine));
        layouts.put("每格一行：表四", report -> eachTableLineOf("四", report, MessyTextTest::cellPerLine));
        layouts.put("每格一行，格间空行，夹页码和页脚", report -> eachTableLine(report,
                line -> cellPerLine(line).replace("\n", "\n\n") + "\n第 3 页\n- 5 -"));
        layouts.put("表格首行重复部分标题，其余格子空着", report -> eachLine(report,
                line -> line.matches("#+ [二三四]、.*") ? line + "\n" + line.replaceAll("^#+ ", "") + "\t\t\t\t\t\t" : line));
        layouts.put("每行末尾有制表符", report -> eachLine(report, line -> line + "\t"));
        layouts.put("CRLF 换行", report -> report.replace("\n", "\r\n"));
        return Stream.of(TestRules.SEED, TRIAL_FORMAT).flatMap(file -> {
            String report = read(file);
            CheckResult original = CHECKER.check(report, file.toString());
            return layouts.entrySet().stream().map(layout -> dynamicTest(file.getFileName() + " " + layout.getKey(), () -> {
                String laidOut = layout.getValue().apply(report);
                assertThat(laidOut).isNotEqualTo(report);
                CheckResult result = CHECKER.check(laidOut, layout.getKey());
                assertThat(readings(result.report())).isEqualTo(readings(original.report()));
                assertThat(ruleIds(result)).isEqualTo(ruleIds(original));
            }));
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void linesAboveTable4ThatEachNameOneHeaderWordDoNotStartIt() {
        String text = SEED.replace("\n行政复议\t", "\n本年度收到行政复议申请 24件\n提起行政诉讼 4件\n行政复议\t");
        assertThat(text).isNotEqualTo(SEED);

        assertThat(readings(CHECKER.check(text, "summary lines").report())).isEqualTo(SEED_CELLS);
    }

    @Test
    void aPartsTitleNearlyAsTheFormatHasItIsItsHeadingUnderAWrongNumber() {
        String text = SEED.replace("### 三、收到和处理政府信息公开申请情况", "### 四、收到和处理政府信息公开申请的情况");
        assertThat(text).isNotEqualTo(SEED);

        CheckResult result = CHECKER.check(text, "misnumbered");

        assertThat(result.report().sections()).extracting(section -> section.id()).contains("s3");
        assertThat(readings(result.report())).isEqualTo(SEED_CELLS);
    }

    @Test
    void twoPageNumbersUnderALoneRowNameAreNoValuesOfIt() {
        // 表二 printed as an image: what is left of it in the text is a caption, row names and page numbers
        String table2 = SEED.substring(SEED.indexOf("## 二、"), SEED.indexOf("### 三、"));
        String text = SEED.replace(table2, "## 二、主动公开政府信息情况\n\n行政许可\n（见附图）\n3\n行政处罚\n4\n\n");

        Report report = CHECKER.check(text, "image table").report();

        assertThat(readings(report)).containsEntry("t2.licensing.decisions", new Reading(CellState.BLANK, null))
                .containsEntry("t2.punishment.decisions", new Reading(CellState.BLANK, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"行政许可\t12126", "行政处罚\t466", "行政强制\t0", "行政事业性收费\t79.6954"})
    void aOneValueRowsValueAloneUnderItsNameIsItsValue(String row) {
        // 表二's row name on a line of its own and its one value on the next, as text taken from a PDF may have it
        String text = SEED.replace("\n" + row + "\t\t\n", "\n" + row.replace('\t', '\n') + "\n");
        assertThat(text).isNotEqualTo(SEED);

        CheckResult result = CHECKER.check(text, row);

        assertThat(differencesFromTheSeed(readings(result.report()))).isEmpty();
        assertThat(findings(result)).isEqualTo(findings(CHECKER.check(SEED, "seed")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"行政强制\t\t\t\n5", "行政强制\n- 5 -", "行政强制\n第 5 页", "行政强制\n\n5"})
    void aPageNumberUnderAOneValueRowLeftBlankIsNoValueOfIt(String rowAndPageNumber) {
        // a page break right after a row whose value is left blank: its blank cell printed on its line, or a footer
        String text = SEED.replace("\n行政强制\t0\t\t\n", "\n" + rowAndPageNumber + "\n");
        assertThat(text).isNotEqualTo(SEED);

        Report report = CHECKER.check(text, "page number").report();

        assertThat(readings(report)).containsEntry("t2.coercion.decisions", new Reading(CellState.BLANK, null));
    }

    /**
     * A page number or footer that a PDF's or Word file's page break left between two rows of 表二, 表三 or 表四, in
     * each form reports print one, in a table separated by tabs or aligned by spaces: it is neither a row nor a value,
     * and every cell and finding is the seed's.
     */
    @TestFactory
    Stream<DynamicTest> aPageNumberBetweenTheRowsOfATableIsNeitherRowNorValue() {
        Map<String, String> rowAfterTheBreak = new java.util.LinkedHashMap<>();
        rowAfterTheBreak.put("表二", "行政规范性文件\t9\t");
        rowAfterTheBreak.put("表三", "\t(四) 无法提供\t");
        rowAfterTheBreak.put("表四", "8\t4\t12\t");
        List<String> pageNumbers = List.of("- 3 -", "— 3 —", "-3-", "3/6", "第3页", "第 3 页 共 6 页", "3", " ".repeat(30) + "3");
        Map<String, UnaryOperator<String>> layouts = new java.util.LinkedHashMap<>();
        layouts.put("制表符分隔", UnaryOperator.identity());
        layouts.put("空格对齐", MessyTextTest::alignedBySpaces);
        List<String> seedFindings = findings(CHECKER.check(SEED, "seed"));
        return rowAfterTheBreak.entrySet().stream().flatMap(table -> pageNumbers.stream().flatMap(pageNumber ->
                layouts.entrySet().stream().map(layout -> {
                    String name = table.getKey() + " " + layout.getKey() + "：“" + pageNumber.strip() + "”";
                    return dynamicTest(name, () -> {
                        String broken = SEED.replace("\n" + table.getValue(), "\n" + pageNumber + "\n" + table.getValue());
                        assertThat(broken).isNotEqualTo(SEED);
                        CheckResult result = CHECKER.check(layout.getValue().apply(broken), name);
                        assertThat(differencesFromTheSeed(readings(result.report()))).as("cells read unlike the seed's").isEmpty();
                        assertThat(findings(result)).isEqualTo(seedFindings);
                    });
                })));
    }

    @Test
    void aNumberAloneOnItsLineStaysACellWhereItMayBeOne() {
        // 表四's fifteen values wrapped after the fourteenth: the last line is no page number
        String wrapped = SEED.replace("\t1\t1\t4\n", "\t1\t1\n4\n");
        // a row of 表三 that lost its labels and holds only its total, as a web page's table is written out
        String onlyTotal = SEED.replace("\t\t2. 重复申请\t5\t0\t0\t0\t0\t0\t5\n", "\t\t\t\t\t\t\t\t\t5\n");
        assertThat(wrapped).isNotEqualTo(SEED);
        assertThat(onlyTotal).isNotEqualTo(SEED);

        assertThat(differencesFromTheSeed(readings(CHECKER.check(wrapped, "wrapped").report()))).isEmpty();
        assertThat(readings(CHECKER.check(onlyTotal, "only a total").report()))
                .containsEntry("t3.results.not_processed.repeated.total", new Reading(CellState.NUMBER, new BigDecimal("5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"填报单位：老城区人民政府办公室\t填报日期：2025年1月20日\n", "合计\t\t\t\t28\n"})
    void aValueWrappedOntoALineOfItsOwnStaysAValueWhateverLineFollows(String after) {
        // 表四's fifteenth value alone on its line, between lines of several cells as a page number between rows is
        String wrapped = SEED.replace("\t1\t1\t4\n", "\t1\t1\n4\n" + after);
        assertThat(wrapped).isNotEqualTo(SEED);

        CheckResult result = CHECKER.check(wrapped, "wrapped");

        assertThat(differencesFromTheSeed(readings(result.report()))).isEmpty();
        assertThat(ruleIds(result)).doesNotContain("STR-09 ERROR");
    }

    @Test
    void aValueAloneOnItsLineBetweenTwoLinesOfValuesStaysAValue() {
        // 表四's fifteen values wrapped 7 / 1 / 7
        String wrapped = SEED.replace("\n8\t4\t12\t0\t24\t0\t0\t0\t0\t0\t2\t", "\n8\t4\t12\t0\t24\t0\t0\n0\n0\t0\t2\t");
        assertThat(wrapped).isNotEqualTo(SEED);

        CheckResult result = CHECKER.check(wrapped, "wrapped");

        assertThat(differencesFromTheSeed(readings(result.report()))).isEmpty();
        assertThat(ruleIds(result)).doesNotContain("STR-09 ERROR", "ARI-05 ERROR");
    }

    @Test
    void aReadingWithAValueLeftOverIsNoExactFit() {
        // an indented wrapped value splits into a blank cell and the value: sixteen values for fifteen cells, which
        // must not outdo the reading without the number by passing for an exact fit
        String wrapped = SEED.replace("\n8\t4\t12\t0\t24\t0\t0\t0\t0\t0\t2\t0\t1\t1\t4\n",
                "\n8   4   12   0   24   0   0   0   0   0   2   0   1   1\n" + " ".repeat(53) + "4\n"
                        + "填报单位：老城区人民政府办公室    填报日期：2025年1月20日\n");
        assertThat(wrapped).isNotEqualTo(SEED);

        assertThat(ruleIds(CHECKER.check(wrapped, "wrapped"))).doesNotContain("ARI-06 ERROR", "STR-13 WARNING");
    }

    /**
     * 表三's row whose 总计 a narrow page wrapped onto a line of its own, right under the row or indented to its
     * column, in the first row or further down, in a table separated by tabs or aligned by spaces: the number alone
     * between two rows is that row's 总计, not a page number, and every cell and finding is the seed's.
     */
    @TestFactory
    Stream<DynamicTest> aRowsTotalWrappedOntoALineOfItsOwnIsThatRowsTotal() {
        // each row: its values but the last, its 总计, and what ends its line
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        rows.put("第一行", List.of("\t545\t0\t0\t0\t0\t0", "545", "\t\n"));
        rows.put("表中一行", List.of("\t94\t0\t0\t0\t0\t0", "94", "\n"));
        Map<String, UnaryOperator<String>> layouts = new java.util.LinkedHashMap<>();
        layouts.put("制表符分隔", UnaryOperator.identity());
        layouts.put("空格对齐", MessyTextTest::alignedBySpaces);
        List<String> seedFindings = findings(CHECKER.check(SEED, "seed"));
        // a page's end may come right after the wrapped number: its page number then stands before the next row
        Map<String, String> pageEnds = new java.util.LinkedHashMap<>();
        pageEnds.put("", "");
        pageEnds.put("，其后是页码", "3\n");
        pageEnds.put("，其后是“- 3 -”", "- 3 -\n");
        return rows.entrySet().stream().flatMap(row -> Stream.of("", " ".repeat(60)).flatMap(indent ->
                pageEnds.entrySet().stream().flatMap(pageEnd -> layouts.entrySet().stream().map(layout -> {
                    String name = row.getKey() + " " + layout.getKey() + (indent.isEmpty() ? "" : "，折下的数缩进")
                            + pageEnd.getKey();
                    return dynamicTest(name, () -> {
                        List<String> cells = row.getValue();
                        String wrapped = SEED.replace(cells.get(0) + "\t" + cells.get(1) + cells.get(2),
                                cells.get(0) + "\n" + indent + cells.get(1) + "\n" + pageEnd.getValue());
                        assertThat(wrapped).isNotEqualTo(SEED);
                        CheckResult result = CHECKER.check(layout.getValue().apply(wrapped), name);
                        assertThat(differencesFromTheSeed(readings(result.report()))).as("cells read unlike the seed's").isEmpty();
                        assertThat(findings(result)).isEqualTo(seedFindings);
                    });
                }))));
    }

    @Test
    void aPageNumberAfterARowWithAnEmptyCellIsNoValueOfIt() {
        // the row prints its 总计 as an empty cell, or its first value blank: it lacks no cell a number could fill
        String row = "\t4. 保护第三方合法权益\t94\t0\t0\t0\t0\t0\t94\n";
        String emptyTotal = SEED.replace(row, "\t4. 保护第三方合法权益\t94\t0\t0\t0\t0\t0\t\n3\n");
        String blankFirst = SEED.replace(row, "\t4. 保护第三方合法权益\t\t0\t0\t0\t0\t0\t94\n3\n");
        assertThat(emptyTotal).isNotEqualTo(SEED);
        assertThat(blankFirst).isNotEqualTo(SEED);

        assertThat(differencesFromTheSeed(readings(CHECKER.check(emptyTotal, "empty total").report())))
                .containsExactly(Map.entry("t3.results.denied.third_party.total", "seed 94, read BLANK"));
        assertThat(differencesFromTheSeed(readings(CHECKER.check(blankFirst, "blank first").report())))
                .containsExactly(Map.entry("t3.results.denied.third_party.natural_person", "seed 94, read BLANK"));
    }

    /**
     * 表二's row whose last value a narrow page wrapped onto a line of its own, right under the row or indented, in
     * the first row of a block or its last, before the next block's caption, in a table separated by tabs or aligned
     * by spaces: the number is that row's value, not a page number, and every cell and finding is the seed's.
     */
    @TestFactory
    Stream<DynamicTest> aBlockRowsLastValueWrappedOntoALineOfItsOwnIsThatRowsValue() {
        // each row as printed, and as wrapped
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        rows.put("块的首行", List.of("规章\t0\t0\t0\n", "规章\t0\t0\n0\n"));
        rows.put("块的末行，折下的数缩进",
                List.of("行政规范性文件\t9\t7\t12\n", "行政规范性文件\t9\t7\n" + " ".repeat(30) + "12\n"));
        Map<String, UnaryOperator<String>> layouts = new java.util.LinkedHashMap<>();
        layouts.put("制表符分隔", UnaryOperator.identity());
        layouts.put("空格对齐", MessyTextTest::alignedBySpaces);
        List<String> seedFindings = findings(CHECKER.check(SEED, "seed"));
        return rows.entrySet().stream().flatMap(row -> layouts.entrySet().stream().map(layout -> {
            String name = row.getKey() + " " + layout.getKey();
            return dynamicTest(name, () -> {
                String wrapped = SEED.replace(row.getValue().get(0), row.getValue().get(1));
                assertThat(wrapped).isNotEqualTo(SEED);
                CheckResult result = CHECKER.check(layout.getValue().apply(wrapped), name);
                assertThat(differencesFromTheSeed(readings(result.report()))).as("cells read unlike the seed's").isEmpty();
                assertThat(findings(result)).isEqualTo(seedFindings);
            });
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"规章\t0\t0\t0\n3\n", "行政许可\t12126\n3\n", "行政规范性文件\t9\t7\t12\n- 3 -\n",
            "行政事业性收费\t79.6954\t\t\n1\n"})
    void aNumberAloneAfterACompleteBlockRowIsNoValueOfIt(String rowAndNumber) {
        // a page number between rows or blocks, or a note's number under the table's last row
        String row = rowAndNumber.substring(0, rowAndNumber.indexOf('\t'));
        String text = SEED.replaceFirst("\n" + row + "\t[^\n]*\n", "\n" + rowAndNumber);
        assertThat(text).isNotEqualTo(SEED);

        CheckResult result = CHECKER.check(text, "number after a row");

        assertThat(differencesFromTheSeed(readings(result.report()))).isEmpty();
        assertThat(findings(result)).isEqualTo(findings(CHECKER.check(SEED, "seed")));
    }

    @Test
    void aPageNumberAfterABlockRowWithABlankCellIsNoValueOfIt() {
        // the row prints its last value as an empty cell, or another one as "—": it lacks no cell a number could fill
        String emptyLast = SEED.replace("规章\t0\t0\t0\n", "规章\t0\t0\t\n3\n");
        String dash = SEED.replace("规章\t0\t0\t0\n", "规章\t—\t0\n3\n");
        assertThat(List.of(emptyLast, dash)).doesNotContain(SEED);

        assertThat(differencesFromTheSeed(readings(CHECKER.check(emptyLast, "empty last").report())))
                .containsExactly(Map.entry("t2.rules.in_force", "seed 0, read BLANK"));
        assertThat(differencesFromTheSeed(readings(CHECKER.check(dash, "dash").report()))).containsExactly(
                Map.entry("t2.rules.in_force", "seed 0, read BLANK"), Map.entry("t2.rules.issued", "seed 0, read DASH"));
    }

    /** A result's findings: rule, severity and message, the line numbers a message names aside. */
    private static List<String> findings(CheckResult result) {
        return result.findings().stream()
                .map(finding -> finding.ruleId() + " " + finding.severity() + " " + finding.message().replaceAll("第\\d+行", "第…行"))
                .sorted().toList();
    }

    private static List<String> ruleIds(CheckResult result) {
        return result.findings().stream().map(finding -> finding.ruleId() + " " + finding.severity()).sorted().toList();
    }

    @TestFactory
    Stream<DynamicTest> theSeedRewrittenAsReportsArePublishedReadsIntoTheSameCells() {
        return Stream.of(
                text("markdown 表格：竖线分隔，无分隔行", MessyTextTest::markdownTable),
                text("markdown 表格：表头后有 |---| 分隔行", seed -> markdownTable(ruleAfterFirstRow(seed))),
                text("空格对齐：制表符换成 2–4 个空格", MessyTextTest::alignedBySpaces),
                text("全角空格对齐：制表符换成 U+3000", seed -> eachTableLine(seed, line -> line.replace("\t", "\u3000\u3000"))),
                text("每格一行：表二", seed -> eachTableLineOf("二", seed, MessyTextTest::cellPerLine)),
                text("每格一行：表三", seed -> eachTableLineOf("三", seed, MessyTextTest::cellPerLine)),
                text("每格一行：表四", seed -> eachTableLineOf("四", seed, MessyTextTest::cellPerLine)),
                text("全角数字 ０–９", seed -> eachTableLine(seed, MessyTextTest::fullWidthDigits)),
                text("括号全半角互换 （） ↔ ()", seed -> eachTableLine(seed, MessyTextTest::swapBracketWidths)),
                text("序号 1. 写作 1、", seed -> eachTableLine(seed, line -> listNumbers(line, "、"))),
                text("序号 1. 写作 1．", seed -> eachTableLine(seed, line -> listNumbers(line, "．"))),
                text("表四的 0 写作 0件", seed -> eachTableLineOf("四", seed, eachCell(cell -> cell.equals("0") ? "0件" : cell))),
                text("千位分隔符 12,126", seed -> eachTableLine(seed, eachCell(MessyTextTest::thousandsSeparated))),
                text("表二数值带单位：件、万元", seed -> eachTableLineOf("二", seed, eachCell(MessyTextTest::withUnit))),
                text("CRLF 换行", seed -> seed.replace("\n", "\r\n")),
                bytes("UTF-8 带 BOM 的字节", MessyTextTest::utf8WithBom),
                bytes("GBK 编码的字节", seed -> seed.getBytes(Charset.forName("GBK"))),
                text("章节标题统一加 ## ", seed -> sectionHeadingMarks(seed, "## ")),
                text("章节标题不加 markdown 标记", seed -> sectionHeadingMarks(seed, "")),
                text("章节编号写作 1、", seed -> partNumbers(seed, (numeral, n) -> n + "、")),
                text("章节编号写作全角 １．", seed -> partNumbers(seed, (numeral, n) -> (char) ('０' + n) + "．")),
                text("章节编号写作（一），与第五部分内的条目同样", seed -> partNumbers(seed, (numeral, n) -> "（" + numeral + "）")),
                text("表格行之间插入空行", seed -> eachTableLine(seed, line -> line + "\n")),
                text("每行末尾有空格", seed -> eachLine(seed, line -> line + "  ")),
                text("每行末尾有制表符", seed -> eachLine(seed, line -> line + "\t")),
                text("表三长标签折行，数值在第二行", seed -> eachTableLineOf("三", seed, line -> wrapLongLabel(line, false))),
                text("表三长标签折行，数值在第一行", seed -> eachTableLineOf("三", seed, line -> wrapLongLabel(line, true))),
                text("表三长标签在窄格内折成多行、行间有空行（无框线的 PDF），数值在第一行",
                        seed -> eachTableLineOf("三", seed, MessyTextTest::wrapLongLabelInANarrowCell)),
                text("标签格内断开：第二十条 第（一）项、商业 企业", seed -> eachTableLine(seed, eachCell(MessyTextTest::spaceInLabel))),
                text("固定标签错字漏字：现行有效件、属国家秘密",
                        seed -> seed.replace("现行有效件数", "现行有效件").replace("属于国家秘密", "属国家秘密")),
                text("表三标签不带序号（Word 的自动编号不在文字中）",
                        seed -> eachTableLineOf("三", seed, eachCell(MessyTextTest::withoutNumber))),
                text("表头插入年份：本年(2024)制发件数", seed -> seed.replace("本年制发件数", "本年(2024)制发件数")),
                text("旧标签：规范性文件", seed -> seed.replace("\n行政规范性文件\t", "\n规范性文件\t")),
                text("表格前多出表题行：单位：件", MessyTextTest::captionBeforeEachTable));
    }

    private static DynamicTest text(String name, UnaryOperator<String> rewrite) {
        return dynamicTest(name, () -> {
            String messy = rewrite.apply(SEED);
            assertThat(messy).as("%s: the rewritten text", name).isNotEqualTo(SEED);
            assertReadsLikeTheSeed(name, CHECKER.check(messy, name));
        });
    }

    private static DynamicTest bytes(String name, Function<String, byte[]> encode) {
        return dynamicTest(name, () -> assertReadsLikeTheSeed(name, CHECKER.check(encode.apply(SEED), name, CheckOptions.DEFAULT)));
    }

    private static void assertReadsLikeTheSeed(String name, CheckResult result) {
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(differencesFromTheSeed(readings(result.report())))
                    .as("%s: cells read unlike the seed's", name).isEmpty();
            softly.assertThat(errors(result)).as("%s: ERROR findings", name).isEmpty();
        });
    }

    private static Map<String, Reading> readings(Report report) {
        Map<String, Reading> cells = new TreeMap<>();
        report.tables().forEach(table -> table.cellList()
                .forEach(cell -> cells.put(cell.id(), new Reading(cell.state(), cell.value()))));
        return cells;
    }

    /** Each cell read otherwise than in the seed, or only in one of them: "seed 545, read 0". */
    private static Map<String, String> differencesFromTheSeed(Map<String, Reading> read) {
        Map<String, String> differences = new TreeMap<>();
        SEED_CELLS.forEach((id, expected) -> {
            if (!expected.equals(read.get(id))) {
                differences.put(id, "seed " + expected + ", read " + (read.containsKey(id) ? read.get(id) : "nothing"));
            }
        });
        read.forEach((id, cell) -> {
            if (!SEED_CELLS.containsKey(id)) {
                differences.put(id, "not in the seed, read " + cell);
            }
        });
        return differences;
    }

    private static List<String> errors(CheckResult result) {
        return result.findings().stream().filter(finding -> finding.severity() == Severity.ERROR)
                .map(finding -> finding.ruleId() + " " + finding.message()).toList();
    }

    // ---- rewrites of the whole text

    /** Rewrites every line; a rewritten line may be several lines. */
    private static String eachLine(String text, UnaryOperator<String> rewrite) {
        return Arrays.stream(text.split("\n", -1)).map(rewrite).collect(Collectors.joining("\n"));
    }

    /** Rewrites the lines of the seed's tables (the lines with a tab), leaving prose and headings alone. */
    private static String eachTableLine(String text, UnaryOperator<String> rewrite) {
        return eachLine(text, line -> line.contains("\t") ? rewrite.apply(line) : line);
    }

    /** Rewrites the table lines of one section, named by its number ("四"). */
    private static String eachTableLineOf(String section, String text, UnaryOperator<String> rewrite) {
        List<String> out = new ArrayList<>();
        String current = "";
        for (String line : text.split("\n", -1)) {
            Matcher heading = SECTION_HEADING.matcher(line);
            current = heading.matches() ? heading.group(1) : current;
            out.add(current.equals(section) && line.contains("\t") ? rewrite.apply(line) : line);
        }
        return String.join("\n", out);
    }

    /** A rewrite of a table line that rewrites each of its tab-separated cells. */
    private static UnaryOperator<String> eachCell(UnaryOperator<String> rewrite) {
        return line -> Arrays.stream(line.split("\t", -1)).map(rewrite).collect(Collectors.joining("\t"));
    }

    /** Table lines as markdown rows: "| a | b |". */
    private static String markdownTable(String text) {
        return eachTableLine(text, line -> "| " + String.join(" | ", line.split("\t", -1)) + " |");
    }

    /** Rewrites the first row of each table (the first of a run of lines with a tab). */
    private static String eachTablesFirstRow(String text, UnaryOperator<String> rewrite) {
        List<String> out = new ArrayList<>();
        boolean inTable = false;
        for (String line : text.split("\n", -1)) {
            boolean tableLine = line.contains("\t");
            out.add(tableLine && !inTable ? rewrite.apply(line) : line);
            inTable = tableLine;
        }
        return String.join("\n", out);
    }

    /** A rule line of "---" cells after the first row of each table, as a markdown table has under its header. */
    private static String ruleAfterFirstRow(String text) {
        return eachTablesFirstRow(text,
                row -> row + "\n" + String.join("\t", Collections.nCopies(row.split("\t", -1).length, "---")));
    }

    /** Each tab replaced by 2, 3 or 4 spaces in turn, as a text export aligns its columns. */
    private static String alignedBySpaces(String text) {
        return eachTableLine(text, line -> {
            StringBuilder out = new StringBuilder();
            int tabs = 0;
            for (char c : line.toCharArray()) {
                out.append(c == '\t' ? " ".repeat(2 + tabs++ % 3) : String.valueOf(c));
            }
            return out.toString();
        });
    }

    /** A table row with each filled cell on a line of its own, as text copied from a PDF gives it. */
    private static String cellPerLine(String line) {
        return Arrays.stream(line.split("\t")).filter(cell -> !cell.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static String fullWidthDigits(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    private static String swapBracketWidths(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            out.append(switch (c) {
                case '(' -> '（';
                case ')' -> '）';
                case '（' -> '(';
                case '）' -> ')';
                default -> c;
            });
        }
        return out.toString();
    }

    /** "1. 属于国家秘密" as "1、属于国家秘密" (or another mark); decimals such as 79.6954 stay. */
    private static String listNumbers(String line, String mark) {
        return LIST_NUMBER.matcher(line).replaceAll("$1" + mark);
    }

    private static String thousandsSeparated(String cell) {
        return cell.matches("\\d{4,}") ? String.format("%,d", Long.parseLong(cell)) : cell;
    }

    /** 表二's counts with 件 and its fee, in 万元, with 万元. */
    private static String withUnit(String cell) {
        if (cell.matches("\\d+")) {
            return cell + "件";
        }
        return cell.matches("\\d+\\.\\d+") ? cell + "万元" : cell;
    }

    private static byte[] utf8WithBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The section headings "一、" … "六、" with these markdown marks instead of the seed's ##, ### and ####. */
    private static String sectionHeadingMarks(String text, String marks) {
        return eachLine(text, line -> SECTION_HEADING.matcher(line).matches()
                ? marks + line.replaceFirst("^#*\\s*", "") : line);
    }

    /** The section headings "一、" … "六、" numbered otherwise: {@code number} of the numeral and its value. */
    private static String partNumbers(String text, BiFunction<String, Integer, String> number) {
        return eachLine(text, line -> {
            Matcher heading = SECTION_HEADING.matcher(line);
            if (!heading.matches()) {
                return line;
            }
            String numeral = heading.group(1);
            return line.replaceFirst(numeral + "、", number.apply(numeral, "一二三四五六".indexOf(numeral) + 1));
        });
    }

    /**
     * A row whose long label is wrapped as a text export wraps it: the label's second half on a line of its own,
     * after the values ({@code valuesFirst}) or before them.
     */
    private static String wrapLongLabel(String line, boolean valuesFirst) {
        Matcher label = LONG_LABEL.matcher(line);
        if (!label.find()) {
            return line;
        }
        int wrap = (label.start() + label.end()) / 2;
        return valuesFirst
                ? line.substring(0, wrap) + line.substring(label.end()) + "\n" + line.substring(wrap, label.end())
                : line.substring(0, wrap) + "\n" + line.substring(wrap);
    }

    /**
     * A row whose long label wraps inside a narrow cell as a PDF without rules gives it: the label's first six
     * characters on the line of the values, the rest six at a time on lines of their own, blank lines between.
     */
    private static String wrapLongLabelInANarrowCell(String line) {
        Matcher label = LONG_LABEL.matcher(line);
        if (!label.find()) {
            return line;
        }
        int first = label.start() + 6;
        StringBuilder out = new StringBuilder(line.substring(0, first)).append(line.substring(label.end()));
        for (int at = first; at < label.end(); at += 6) {
            out.append("\n\n").append(line, at, Math.min(at + 6, label.end()));
        }
        return out.toString();
    }

    /** A space in the middle of each label cell of four or more characters: "第二十条 第（一）项", "商业 企业". */
    private static String spaceInLabel(String cell) {
        boolean label = cell.length() >= 4 && cell.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
        return label ? cell.substring(0, cell.length() / 2) + " " + cell.substring(cell.length() / 2) : cell;
    }

    /** A label without the number it starts with: "一、本年新收…", "(三) 不予公开", "1. 属于国家秘密". */
    private static String withoutNumber(String cell) {
        return LABEL_NUMBER.matcher(cell).replaceFirst("");
    }

    /** A caption row "单位：件" at the top of each table. */
    private static String captionBeforeEachTable(String text) {
        return eachTablesFirstRow(text, row -> "单位：件\t\t\t\n" + row);
    }
}
