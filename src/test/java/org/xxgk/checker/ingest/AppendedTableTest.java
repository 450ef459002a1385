package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Severity;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of parts 二–四 printed after part 六 as an appendix ("详见附表1" in the part, "附表1" and the table's
 * title over the table at the end, or only "附表1" over the table's header) are read as the parts' tables and reported
 * as placed there in one finding (STR-02);
 * a part's title repeated after part 六 over no table, or over a second copy of a table its part holds, stays a
 * repeat of the part.
 */
class AppendedTableTest {
    private static final Checker CHECKER = TestRules.checker();
    /** The repaired seed: no finding above INFO. */
    private static final String CLEAN = TestRules.clean();
    private static final Report CLEAN_REPORT = CHECKER.check(CLEAN, "clean").report();
    private static final List<String> PART_HEADINGS = List.of("## 二、主动公开政府信息情况\n",
            "### 三、收到和处理政府信息公开申请情况\n", "#### 四、政府信息公开行政复议、行政诉讼情况\n",
            "#### 五、存在的主要问题及改进情况\n");
    private static final List<String> TABLE_TITLES = List.of("主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况");
    private static final String PLACED_AFTER_THE_PARTS =
            "WARNING STR-02 表二、表三、表四未列在第二、三、四部分中，而是作为附表列在各部分之后";

    static Stream<Arguments> captions() {
        return Stream.of(
                Arguments.of("“附表1”在表题上一行", (BiFunction<Integer, String, String>) (n, title) -> "附表" + n + "\n" + title),
                Arguments.of("“附表1：”与表题在同一行", (BiFunction<Integer, String, String>) (n, title) -> "附表" + n + "：" + title),
                Arguments.of("“附件1”与表题之间空一行", (BiFunction<Integer, String, String>) (n, title) -> "附件" + n + "\n\n" + title),
                Arguments.of("只有表题", (BiFunction<Integer, String, String>) (n, title) -> "**" + title + "**"),
                Arguments.of("附表编号用汉字，表题加“统计表”",
                        (BiFunction<Integer, String, String>) (n, title) -> "附表" + "一二三".charAt(n - 1) + "\n" + title + "统计表"),
                Arguments.of("“附表1：”后是表题和部分的序号",
                        (BiFunction<Integer, String, String>) (n, title) -> "附表" + n + "：" + "二三四".charAt(n - 1) + "、" + title),
                Arguments.of("表题前有本年度、后有“统计表”",
                        (BiFunction<Integer, String, String>) (n, title) -> "附表" + n + " 2024年" + title + "统计表"),
                Arguments.of("表题后注明单位", (BiFunction<Integer, String, String>) (n, title) -> "附表" + n + "：" + title + "（单位：件）"),
                Arguments.of("只有带本年度的表题", (BiFunction<Integer, String, String>) (n, title) -> "二〇二四年" + title),
                Arguments.of("只有“附表1”，下面是表头", (BiFunction<Integer, String, String>) (n, title) -> "附表" + n),
                Arguments.of("只有“附表1：”", (BiFunction<Integer, String, String>) (n, title) -> "附表" + n + "："),
                Arguments.of("只有“附表 1”，加粗", (BiFunction<Integer, String, String>) (n, title) -> "**附表 " + n + "**"),
                Arguments.of("只有“附件1”", (BiFunction<Integer, String, String>) (n, title) -> "附件" + n),
                Arguments.of("只有“附表”，没有编号", (BiFunction<Integer, String, String>) (n, title) -> "附表："));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captions")
    void tablesPrintedAfterTheLastPartAreReadAsThePartsTablesAndReportedAsPlacedThere(
            String name, BiFunction<Integer, String, String> caption) {
        CheckResult result = CHECKER.check(withTablesAppended(caption), name);

        Report report = result.report();
        assertThat(report.sections()).extracting(Section::id).containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
        assertThat(report.section("s6").body().text()).isEqualTo(CLEAN_REPORT.section("s6").body().text());
        for (String table : List.of("t2", "t3", "t4")) {
            assertThat(report.table(table)).as(table).isNotNull();
            assertThat(values(report.table(table))).as(table).isEqualTo(values(CLEAN_REPORT.table(table)));
        }
        assertThat(aboveInfo(result)).containsExactly(PLACED_AFTER_THE_PARTS + "（第" + report.table("t2").firstLine()
                + "、" + report.table("t3").firstLine() + "、" + report.table("t4").firstLine() + "行）");
    }

    @Test
    void aTableAfterAListOfAttachmentsThatNamesItIsItsPartsAppendix() {
        int part = CLEAN.indexOf(PART_HEADINGS.get(2)) + PART_HEADINGS.get(2).length();
        int next = CLEAN.indexOf(PART_HEADINGS.get(3));
        String text = CLEAN.substring(0, part) + "本年度行政复议、行政诉讼情况见附件。\n\n" + CLEAN.substring(next).stripTrailing()
                + "\n\n附件：\n1.政府信息公开行政复议、行政诉讼情况统计表\n\n" + CLEAN.substring(part, next).strip() + "\n";

        CheckResult result = CHECKER.check(text, "list of attachments");

        assertThat(values(result.report().table("t4"))).isEqualTo(values(CLEAN_REPORT.table("t4")));
        assertThat(aboveInfo(result)).anyMatch(finding -> finding.startsWith(
                "WARNING STR-02 表四“政府信息公开行政复议、行政诉讼情况”未列在第四部分中，而是作为附表列在各部分之后"));
    }

    @Test
    void partsThatPointToAnAppendixThatIsNotThereLackTheirTables() {
        String text = withTablesAppended((n, title) -> "附表" + n + "\n" + title);
        text = text.substring(0, text.indexOf("附表1\n"));

        CheckResult result = CHECKER.check(text, "no appendix");

        assertThat(result.report().tables()).isEmpty();
        assertThat(aboveInfo(result)).containsExactly("ERROR STR-03 第二部分未包含“主动公开政府信息情况”统计表",
                "ERROR STR-04 第三部分缺少“收到和处理政府信息公开申请情况”统计表",
                "ERROR STR-05 第四部分缺少“政府信息公开行政复议、行政诉讼情况”统计表");
    }

    @Test
    void aPartsTitleAfterTheLastPartOverNoTableStaysARepeatOfThePart() {
        String text = withTablesAppended((n, title) -> "附表" + n + "\n" + title);
        text = text.substring(0, text.indexOf("附表1\n")) + "附表1\n主动公开政府信息情况\n\n本年度主动公开政府信息2640条，详见门户网站。\n";

        CheckResult result = CHECKER.check(text, "title over prose");

        assertThat(result.report().sections()).extracting(Section::id)
                .containsExactly("s1", "s2", "s3", "s4", "s5", "s6", "s2");
        assertThat(aboveInfo(result)).contains("ERROR STR-03 第二部分未包含“主动公开政府信息情况”统计表")
                .anyMatch(finding -> finding.startsWith("WARNING STR-02 第二部分“主动公开政府信息情况”重复出现"));
    }

    @Test
    void anotherYearsTableAfterTheLastPartIsNoTableOfTheReport() {
        for (BiFunction<Integer, String, String> caption : List.<BiFunction<Integer, String, String>>of(
                (n, title) -> (n == 1 ? "附：2023年度对比情况\n" : "") + title, (n, title) -> "附表" + n + "：2023年" + title)) {
            String text = withTablesAppended(caption);

            CheckResult result = CHECKER.check(text, "last year's tables");

            assertThat(result.report().tables()).isEmpty();
            assertThat(aboveInfo(result)).contains("ERROR STR-03 第二部分未包含“主动公开政府信息情况”统计表",
                    "ERROR STR-04 第三部分缺少“收到和处理政府信息公开申请情况”统计表",
                    "ERROR STR-05 第四部分缺少“政府信息公开行政复议、行政诉讼情况”统计表");
        }
    }

    @Test
    void aListOfFiguresUnderAPartsTitleAfterTheLastPartIsNoTable() {
        String text = withTablesAppended((n, title) -> "附件" + n + "\n" + title);
        text = text.substring(0, text.indexOf("附件1\n")) + "附件1\n主动公开政府信息情况\n\n规章 0件\n行政规范性文件 9件\n"
                + "行政许可 12126件\n";

        CheckResult result = CHECKER.check(text, "list of figures");

        assertThat(result.report().table("t2")).isNull();
        assertThat(aboveInfo(result)).contains("ERROR STR-03 第二部分未包含“主动公开政府信息情况”统计表")
                .anyMatch(finding -> finding.startsWith("WARNING STR-02 第二部分“主动公开政府信息情况”重复出现"));
    }

    @Test
    void tablesPrintedAgainAfterThePartsThatHoldThemAreRepeatsOfTheParts() {
        String appended = withTablesAppended((n, title) -> "附表" + n + "\n" + title);
        String text = CLEAN + "\n" + appended.substring(appended.indexOf("附表1\n"));

        CheckResult result = CHECKER.check(text, "tables twice");

        assertThat(result.report().sections()).extracting(Section::id)
                .containsExactly("s1", "s2", "s3", "s4", "s5", "s6", "s2", "s3", "s4");
        for (Table table : result.report().tables()) {
            assertThat(table.firstLine()).as(table.id()).isEqualTo(CLEAN_REPORT.table(table.id()).firstLine());
        }
        assertThat(aboveInfo(result)).hasSize(3).allMatch(finding -> finding.contains("重复出现"));
    }

    @Test
    void anAppendedTable4WhoseHeaderLabelsWrapOntoTwoLinesIsTable4() {
        String header = CLEAN.substring(CLEAN.indexOf("行政复议\t"), CLEAN.indexOf("\n8\t4\t12\t"));
        String wrapped = "行政复议\t\t\t\t\t行政诉讼\n"
                + "\t\t\t\t\t未经复议\t\t\t\t\t复议后\n"
                + "\t\t\t\t\t直接起诉\t\t\t\t\t起诉\n"
                + "结果\t结果\t其他\t尚未\t总计\t结果\t结果\t其他\t尚未\t总计\t结果\t结果\t其他\t尚未\t总计\n"
                + "维持\t纠正\t\t审结\t\t维持\t纠正\t\t审结\t\t维持\t纠正\t\t审结\t";
        String text = withTablesAppended((n, title) -> "附件" + n + "\n" + title).replace(header, wrapped);
        assertThat(text).contains(wrapped);

        CheckResult result = CHECKER.check(text, "wrapped header");

        Report report = result.report();
        assertThat(values(report.table("t4"))).isEqualTo(values(CLEAN_REPORT.table("t4")));
        assertThat(aboveInfo(result)).containsExactly(PLACED_AFTER_THE_PARTS + "（第" + report.table("t2").firstLine()
                + "、" + report.table("t3").firstLine() + "、" + report.table("t4").firstLine() + "行）");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2025年工作计划", "2025年度工作打算", "下一步工作计划（2025年）", "二〇二五年重点工作",
            "附件：2025年度工作计划表", "2025年工作情况展望", "附：2025年重点工作安排"})
    void aLineOfPart6NamingTheNextYearLeavesTheAppendedTablesTheReports(String line) {
        String text = withTablesAppended((n, title) -> "附件" + n + "\n" + title);
        int appendix = text.indexOf("\n附件1\n");
        text = text.substring(0, appendix) + "\n" + line + "\n\n继续做好政府信息公开工作。\n" + text.substring(appendix);

        CheckResult result = CHECKER.check(text, line);

        Report report = result.report();
        for (String table : List.of("t2", "t3", "t4")) {
            assertThat(values(report.table(table))).as(table).isEqualTo(values(CLEAN_REPORT.table(table)));
        }
        assertThat(aboveInfo(result)).containsExactly(PLACED_AFTER_THE_PARTS + "（第" + report.table("t2").firstLine()
                + "、" + report.table("t3").firstLine() + "、" + report.table("t4").firstLine() + "行）");
    }

    static Stream<Arguments> otherTablesOfReviewsAndSuits() {
        return Stream.of(
                Arguments.of("“附件1”下按部门统计", "附件1\n\n单位\t行政复议\t行政诉讼\n区教育局\t10\t2\n区住建局\t8\t1\n"
                        + "区自然资源局\t6\t1\n合计\t24\t4\n"),
                Arguments.of("“附件1”下按月统计", "附件1\n\n月份\t行政复议（件）\t行政诉讼（件）\n1-6月\t14\t2\n7-12月\t10\t2\n"
                        + "合计\t24\t4\n"),
                Arguments.of("附件的标题近似表四的表题", "附件1：政府信息公开行政复议、行政诉讼案件分部门情况\n\n部门\t行政复议\t行政诉讼\n"
                        + "区教育局\t10\t2\n区住建局\t14\t2\n"),
                Arguments.of("“附表1”下按案件类别统计", "附表1\n\n类别\t件数\n行政复议\t24\n行政诉讼\t4\n"),
                Arguments.of("“附件1”下逐案列出结果", "附件1：政府信息公开行政复议、行政诉讼案件情况\n\n案件\t结果\n张某申请公开征收补偿信息案\t维持\n"
                        + "李某申请公开规划信息案\t纠正\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherTablesOfReviewsAndSuits")
    void anAttachmentOverAnotherTableOfReviewsAndSuitsIsNoTable4(String name, String attachment) {
        int part = CLEAN.indexOf(PART_HEADINGS.get(2)) + PART_HEADINGS.get(2).length();
        int next = CLEAN.indexOf(PART_HEADINGS.get(3));
        String text = CLEAN.substring(0, part) + "\n本年度政府信息公开行政复议、行政诉讼情况详见附件1。\n\n"
                + CLEAN.substring(next).stripTrailing() + "\n\n" + attachment;

        CheckResult result = CHECKER.check(text, name);

        assertThat(result.report().table("t4")).isNull();
        assertThat(aboveInfo(result)).contains("ERROR STR-05 第四部分缺少“政府信息公开行政复议、行政诉讼情况”统计表")
                .noneMatch(finding -> finding.contains(" STR-02 ") || finding.contains(" STR-09 "));
    }

    static Stream<Arguments> lastYearsTable4() {
        return Stream.of(
                Arguments.of("在本年表四之前，表题写明上年", LastYears.BEFORE_TABLE_4, "2023年度行政复议、行政诉讼情况"),
                Arguments.of("在本年表四之前，“附表：”下一行写明上年", LastYears.BEFORE_TABLE_4,
                        "附表：\n2023年度行政复议、行政诉讼情况"),
                Arguments.of("在各表之后，“附表：”下一行是带上年的第四部分标题", LastYears.AFTER_THE_TABLES,
                        "附表：\n2023年度政府信息公开行政复议、行政诉讼情况"),
                Arguments.of("在第六部分中与上年对比之后、各附表之前", LastYears.IN_PART_6,
                        "与2023年度相比，本年度行政复议案件有所增加。\n\n2023年度行政复议、行政诉讼情况"));
    }

    /** Where last year's 表四 stands among the tables appended under bare captions. */
    enum LastYears { BEFORE_TABLE_4, AFTER_THE_TABLES, IN_PART_6 }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lastYearsTable4")
    void lastYearsTable4AmongTheAppendedTablesIsNoTableOfTheReport(String name, LastYears place, String caption) {
        String text = withTablesAppended((n, title) -> "附表：");
        int part = CLEAN.indexOf(PART_HEADINGS.get(2)) + PART_HEADINGS.get(2).length();
        String table4 = CLEAN.substring(part, CLEAN.indexOf(PART_HEADINGS.get(3))).strip();
        String lastYears = "\n" + caption + "\n\n" + table4.replace("\n8\t4\t12\t0\t24\t0\t0\t0\t0\t0\t2\t0\t1\t1\t4",
                "\n6\t3\t10\t1\t20\t0\t0\t0\t0\t0\t1\t0\t1\t0\t2") + "\n";
        assertThat(lastYears).doesNotContain("\t24\t");
        int at = switch (place) {
            case BEFORE_TABLE_4 -> text.lastIndexOf("\n附表：");
            case AFTER_THE_TABLES -> text.length();
            case IN_PART_6 -> text.indexOf("\n附表：");
        };
        text = text.substring(0, at) + lastYears + text.substring(at);

        CheckResult result = CHECKER.check(text, name);

        Report report = result.report();
        assertThat(values(report.table("t4"))).isEqualTo(values(CLEAN_REPORT.table("t4")));
        assertThat(aboveInfo(result)).containsExactly(PLACED_AFTER_THE_PARTS + "（第" + report.table("t2").firstLine()
                + "、" + report.table("t3").firstLine() + "、" + report.table("t4").firstLine() + "行）");
    }

    /**
     * The repaired seed with the tables of parts 二–四 printed after part 六, each part saying where its table is,
     * and each table under its number and title as {@code caption} prints them.
     */
    private static String withTablesAppended(BiFunction<Integer, String, String> caption) {
        StringBuilder text = new StringBuilder(CLEAN.substring(0, CLEAN.indexOf(PART_HEADINGS.get(0))));
        StringBuilder appendix = new StringBuilder();
        for (int part = 0; part < TABLE_TITLES.size(); part++) {
            int from = CLEAN.indexOf(PART_HEADINGS.get(part)) + PART_HEADINGS.get(part).length();
            int to = CLEAN.indexOf(PART_HEADINGS.get(part + 1));
            text.append(PART_HEADINGS.get(part)).append('\n').append(TABLE_TITLES.get(part))
                    .append("详见附表").append(part + 1).append("。\n\n");
            appendix.append('\n').append(caption.apply(part + 1, TABLE_TITLES.get(part))).append("\n\n")
                    .append(CLEAN.substring(from, to).strip()).append('\n');
        }
        String end = CLEAN.substring(CLEAN.indexOf(PART_HEADINGS.get(3)));
        return text.append(end.endsWith("\n") ? end : end + "\n").append(appendix).toString();
    }

    private static Map<String, BigDecimal> values(Table table) {
        Map<String, BigDecimal> values = new TreeMap<>();
        for (Cell cell : table.cellList()) {
            values.put(cell.id(), cell.value());
        }
        return values;
    }

    private static List<String> aboveInfo(CheckResult result) {
        return result.findings().stream().filter(finding -> finding.severity() != Severity.INFO)
                .map(finding -> finding.severity() + " " + finding.ruleId() + " " + finding.message()).toList();
    }
}
