package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.ExtraLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tables whose columns are printed in another order than the format's: their values are read under the columns the
 * header names, and the order is reported (STR-12): by the columns its cells stand in, or, where they do not stand in
 * the values' columns (separated by spaces), by the order it names them.
 */
class ColumnOrderTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String TITLE = """
            青山县交通运输局2024年政府信息公开工作年度报告

            四、政府信息公开行政复议、行政诉讼情况

            """;
    private static final String RESULTS = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计";
    private static final String TOTAL_FIRST = "总计\t结果维持\t结果纠正\t其他结果\t尚未审结";
    private static final String INNER_ORDER = "表四列的排列与标准格式不一致：印作“总计、结果维持、结果纠正、其他结果、尚未审结”，"
            + "标准格式为“结果维持、结果纠正、其他结果、尚未审结、总计”";
    private static final String GROUP_ORDER = "表四列的排列与标准格式不一致：印作“行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、"
            + "行政复议”，标准格式为“行政复议、行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）”";
    /** The cells every table below prints, whatever its order: each group's values differ from the others'. */
    private static final Map<String, String> CELLS = cells(
            "review", "8 4 12 0 24", "suit_direct", "1 0 0 0 1", "suit_after_review", "2 0 1 1 4");

    static Stream<Arguments> tablesInAnotherOrder() {
        return Stream.of(
                arguments("each group's total first, under a header of three levels", INNER_ORDER, """
                        行政复议\t\t\t\t\t行政诉讼
                        \t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉
                        %1$s\t%1$s\t%1$s
                        24\t8\t4\t12\t0\t1\t1\t0\t0\t0\t4\t2\t0\t1\t1
                        """.formatted(TOTAL_FIRST)),
                arguments("行政诉讼 before 行政复议, whose results stand on the lowest line", GROUP_ORDER, """
                        行政诉讼\t\t\t\t\t\t\t\t\t\t行政复议
                        未经复议直接起诉\t\t\t\t\t复议后起诉
                        %1$s\t%1$s\t%1$s
                        1\t0\t0\t0\t1\t2\t0\t1\t1\t4\t8\t4\t12\t0\t24
                        """.formatted(RESULTS)),
                arguments("行政诉讼 before 行政复议, whose results stand on the middle line as the format prints them",
                        GROUP_ORDER, """
                        行政诉讼\t\t\t\t\t\t\t\t\t\t行政复议
                        未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计
                        %1$s\t%1$s
                        1\t0\t0\t0\t1\t2\t0\t1\t1\t4\t8\t4\t12\t0\t24
                        """.formatted(RESULTS)),
                arguments("复议后起诉 before 未经复议直接起诉",
                        "表四列的排列与标准格式不一致：印作“行政复议、行政诉讼（复议后起诉）、行政诉讼（未经复议直接起诉）”，"
                                + "标准格式为“行政复议、行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）”", """
                        行政复议\t\t\t\t\t行政诉讼
                        结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t复议后起诉\t\t\t\t\t未经复议直接起诉
                        \t\t\t\t\t%1$s\t%1$s
                        8\t4\t12\t0\t24\t2\t0\t1\t1\t4\t1\t0\t0\t0\t1
                        """.formatted(RESULTS)),
                arguments("one header line naming group and column in each cell, totals first", INNER_ORDER, """
                        行政复议总计\t行政复议结果维持\t行政复议结果纠正\t行政复议其他结果\t行政复议尚未审结\t\
                        行政诉讼未经复议直接起诉总计\t行政诉讼未经复议直接起诉结果维持\t行政诉讼未经复议直接起诉结果纠正\t\
                        行政诉讼未经复议直接起诉其他结果\t行政诉讼未经复议直接起诉尚未审结\t行政诉讼复议后起诉总计\t\
                        行政诉讼复议后起诉结果维持\t行政诉讼复议后起诉结果纠正\t行政诉讼复议后起诉其他结果\t行政诉讼复议后起诉尚未审结
                        24\t8\t4\t12\t0\t1\t1\t0\t0\t0\t4\t2\t0\t1\t1
                        """),
                arguments("a markdown table with a label column, totals first", INNER_ORDER, """
                        | 项目 | 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
                        |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                        | | | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
                        | | %1$s | %1$s | %1$s |
                        | 件数 | 24 | 8 | 4 | 12 | 0 | 1 | 1 | 0 | 0 | 0 | 4 | 2 | 0 | 1 | 1 |
                        """.formatted(TOTAL_FIRST.replace("\t", " | "))),
                arguments("groups and their columns both in another order",
                        "表四列的排列与标准格式不一致：印作“行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议；"
                                + "总计、结果维持、结果纠正、其他结果、尚未审结”，标准格式为“行政复议、行政诉讼（未经复议直接起诉）、"
                                + "行政诉讼（复议后起诉）；结果维持、结果纠正、其他结果、尚未审结、总计”", """
                        行政诉讼\t\t\t\t\t\t\t\t\t\t行政复议
                        未经复议直接起诉\t\t\t\t\t复议后起诉
                        %1$s\t%1$s\t%1$s
                        1\t1\t0\t0\t0\t4\t2\t0\t1\t1\t24\t8\t4\t12\t0
                        """.formatted(TOTAL_FIRST)),
                arguments("行政诉讼 before 行政复议, labels split over two lines, 结果 over 维持", GROUP_ORDER, """
                        行政诉讼\t\t\t\t\t\t\t\t\t\t行政复议
                        未经复议直接起诉\t\t\t\t\t复议后起诉
                        %1$s\t%1$s\t%1$s
                        %2$s\t%2$s\t%2$s
                        1\t0\t0\t0\t1\t2\t0\t1\t1\t4\t8\t4\t12\t0\t24
                        """.formatted("结果\t结果\t其他\t尚未\t总", "维持\t纠正\t结果\t审结\t计")),
                arguments("each group's total first, the values on two lines", INNER_ORDER, """
                        行政复议\t\t\t\t\t行政诉讼
                        \t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉
                        %1$s\t%1$s\t%1$s
                        24\t8\t4\t12\t0\t1\t1\t0\t0\t0
                        4\t2\t0\t1\t1
                        """.formatted(TOTAL_FIRST)),
                arguments("cells separated by spaces, 行政诉讼 before 行政复议", GROUP_ORDER, """
                        行政诉讼                                        行政复议
                        未经复议直接起诉          复议后起诉
                        %1$s  %1$s  %1$s
                        1  0  0  0  1  2  0  1  1  4  8  4  12  0  24
                        """.formatted(RESULTS.replace("\t", "  "))),
                arguments("cells separated by spaces, 行政复议's results on the middle line after 行政诉讼's groups",
                        GROUP_ORDER, """
                        行政诉讼                                        行政复议
                        未经复议直接起诉          复议后起诉          %1$s
                        %1$s  %1$s
                        1  0  0  0  1  2  0  1  1  4  8  4  12  0  24
                        """.formatted(RESULTS.replace("\t", "  "))),
                arguments("cells separated by spaces, each group's total first", INNER_ORDER, """
                        行政复议          行政诉讼
                                  未经复议直接起诉          复议后起诉
                        %1$s  %1$s  %1$s
                        24  8  4  12  0  1  1  0  0  0  4  2  0  1  1
                        """.formatted(TOTAL_FIRST.replace("\t", "  "))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tablesInAnotherOrder")
    void readsTableFourUnderTheColumnsItsHeaderNamesAndReportsTheOrder(String layout, String message, String table) {
        CheckResult result = check(table);

        assertThat(cells(result)).isEqualTo(CELLS);
        assertThat(result.findings()).extracting(Finding::message).contains(message);
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("ARI-04", "ARI-05", "ARI-06", "STR-09");
    }

    static Stream<Arguments> tablesInTheFormatsOrder() {
        return Stream.of(
                arguments("the format's header of three levels", """
                        行政复议\t\t\t\t\t行政诉讼
                        结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉
                        \t\t\t\t\t%1$s\t%1$s
                        8\t4\t12\t0\t24\t1\t0\t0\t0\t1\t2\t0\t1\t1\t4
                        """.formatted(RESULTS)),
                arguments("cells separated by spaces, counted on each line from its first", """
                        行政复议          行政诉讼
                        结果维持  结果纠正  其他结果  尚未审结  总计  未经复议直接起诉  复议后起诉
                                  %1$s  %1$s
                        8  4  12  0  24  1  0  0  0  1  2  0  1  1  4
                        """.formatted(RESULTS.replace("\t", "  "))),
                arguments("labels split over two lines, 结果 over 维持", """
                        行政复议\t\t\t\t\t行政诉讼
                        \t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉
                        %1$s\t%1$s\t%1$s
                        %2$s\t%2$s\t%2$s
                        8\t4\t12\t0\t24\t1\t0\t0\t0\t1\t2\t0\t1\t1\t4
                        """.formatted("结果\t结果\t其他\t尚未\t总", "维持\t纠正\t结果\t审结\t计")),
                arguments("a header one cell per line", """
                        行政复议
                        行政诉讼
                        %1$s
                        未经复议直接起诉
                        复议后起诉
                        %1$s
                        %1$s
                        8\t4\t12\t0\t24\t1\t0\t0\t0\t1\t2\t0\t1\t1\t4
                        """.formatted(RESULTS.replace("\t", "\n"))),
                arguments("the values on two lines", """
                        行政复议\t\t\t\t\t行政诉讼
                        \t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉
                        %1$s\t%1$s\t%1$s
                        8\t4\t12\t0\t24\t1\t0\t0\t0\t1
                        2\t0\t1\t1\t4
                        """.formatted(RESULTS)),
                arguments("a row per group", """
                        项目\t%s
                        行政复议\t8\t4\t12\t0\t24
                        未经复议直接起诉\t1\t0\t0\t0\t1
                        复议后起诉\t2\t0\t1\t1\t4
                        """.formatted(RESULTS)),
                arguments("a row per group under labels split over two lines, 结果 over 维持", """
                        项目\t结果\t结果\t其他\t尚未\t总计
                        \t维持\t纠正\t结果\t审结\t
                        行政复议\t8\t4\t12\t0\t24
                        未经复议直接起诉\t1\t0\t0\t0\t1
                        复议后起诉\t2\t0\t1\t1\t4
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tablesInTheFormatsOrder")
    void readsTableFourInTheFormatsOrderWithoutAFinding(String layout, String table) {
        CheckResult result = check(table);

        assertThat(cells(result)).isEqualTo(CELLS);
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("STR-12", "ARI-04", "ARI-05", "ARI-06");
    }

    @Test
    void readsATableShortOfAGroupUnderItsHeader() {
        CheckResult result = check("""
                行政复议\t\t\t\t\t行政诉讼
                \t\t\t\t\t未经复议直接起诉
                %1$s\t%1$s
                24\t8\t4\t12\t0\t1\t1\t0\t0\t0
                """.formatted(TOTAL_FIRST));

        Map<String, String> twoGroups = new LinkedHashMap<>(CELLS);
        twoGroups.keySet().removeIf(cell -> cell.startsWith("suit_after_review."));
        assertThat(cells(result)).isEqualTo(twoGroups);
        assertThat(result.findings()).extracting(Finding::message)
                .contains("表四应有15个数据单元格，实际识别到10个", INNER_ORDER);
    }

    @Test
    void reportsATableFourTurnedOver() {
        CheckResult result = check("""
                \t行政复议\t行政诉讼（未经复议直接起诉）\t行政诉讼（复议后起诉）
                结果维持\t8\t1\t2
                结果纠正\t4\t0\t0
                其他结果\t12\t0\t1
                尚未审结\t0\t0\t1
                总计\t24\t1\t4
                """);

        assertThat(cells(result)).isEqualTo(CELLS);
        assertThat(result.findings()).extracting(Finding::message).contains("表四列的排列与标准格式不一致："
                + "印作“结果维持、结果纠正、其他结果、尚未审结、总计各占一行”，标准格式为“结果维持、结果纠正、其他结果、尚未审结、总计各占一列”");
    }

    @Test
    void reportsTableThreePrintedWithItsColumnsInAnotherOrder() throws Exception {
        String text = Files.readString(Path.of("fixtures/parse/t3-columns-in-another-order.txt"));

        assertThat(CHECKER.check(text, "表三").findings()).extracting(Finding::message).contains("表三列的排列与标准格式不一致："
                + "印作“商业企业、科研机构、社会公益组织、法律服务机构、其他、自然人、总计”，"
                + "标准格式为“自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计”");
    }

    /** Tables three with a column the format lacks, its header separated by spaces, and the same table by tabs. */
    static Stream<Arguments> tableThreeWithAnExtraColumnSeparatedBySpaces() {
        return Stream.of(
                arguments("ARI-03/pass-space-separated-subtotal-column-in-the-legal-person-group.txt",
                        "ARI-03/pass-subtotal-column-in-the-legal-person-group.txt"),
                arguments("STR-22/fail-space-aligned-subtotal-column-in-the-legal-person-group.txt",
                        "ARI-03/pass-subtotal-column-in-the-legal-person-group.txt"),
                arguments("STR-22/fail-space-separated-subtotal-column.txt", "STR-22/fail-subtotal-column.txt"),
                arguments("ARI-03/pass-space-aligned-subtotal-column-after-the-legal-person-columns.txt",
                        "STR-22/fail-subtotal-column.txt"),
                arguments("ARI-03/pass-single-space-separated-subtotal-column-after-the-legal-person-columns.txt",
                        "ARI-03/pass-subtotal-column-after-the-legal-person-columns.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableThreeWithAnExtraColumnSeparatedBySpaces")
    void readsTableThreeWithAColumnTheFormatLacksBesideTheColumnsItsHeaderLineNames(String spaced, String tabbed)
            throws Exception {
        CheckResult result = CHECKER.check(Files.readString(Path.of("fixtures/rules", spaced)), spaced);
        CheckResult expected = CHECKER.check(Files.readString(Path.of("fixtures/rules", tabbed)), tabbed);

        assertThat(tableThree(result)).hasSize(tableThree(expected).size()).isEqualTo(tableThree(expected));
        assertThat(result.report().table("t3").extras()).extracting(ExtraLine::label).containsExactly("小计");
    }

    /**
     * Tables three with their header aligned by runs of spaces and columns the format lacks wherever their names
     * stand in it, or with a remark column left blank, and the same table by tabs.
     */
    static Stream<Arguments> tableThreeWithColumnsTheFormatLacksAnywhereInItsHeader() {
        return Stream.of(
                arguments("ARI-03/pass-space-aligned-subtotal-column-on-a-line-of-its-own.txt",
                        "STR-22/fail-subtotal-column.txt", List.of("小计")),
                arguments("ARI-03/pass-space-aligned-for-a-fixed-width-font-subtotal-column-on-a-line-of-its-own.txt",
                        "STR-22/fail-subtotal-column.txt", List.of("小计")),
                arguments("ARI-03/pass-space-aligned-subtotal-column-first-in-the-group-on-a-line-of-its-own.txt",
                        "ARI-03/pass-subtotal-column-in-the-legal-person-group.txt", List.of("小计")),
                arguments("ARI-03/pass-space-aligned-subtotal-and-remark-columns-on-a-line-of-their-own.txt",
                        "STR-22/fail-subtotal-column.txt", List.of("小计", "备注")),
                arguments("ARI-03/pass-space-separated-subtotal-and-remark-columns-with-blank-remarks.txt",
                        "STR-22/fail-subtotal-column.txt", List.of("小计", "备注")),
                arguments("ARI-03/pass-space-aligned-total-column-printed-first.txt",
                        "STR-22/fail-subtotal-column.txt", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableThreeWithColumnsTheFormatLacksAnywhereInItsHeader")
    void readsTableThreeByWhereItsAlignedHeaderNamesEachColumn(String spaced, String tabbed, List<String> extras)
            throws Exception {
        CheckResult result = CHECKER.check(Files.readString(Path.of("fixtures/rules", spaced)), spaced);
        CheckResult expected = CHECKER.check(Files.readString(Path.of("fixtures/rules", tabbed)), tabbed);

        assertThat(tableThree(result)).hasSize(tableThree(expected).size()).isEqualTo(tableThree(expected));
        assertThat(result.report().table("t3").extras()).extracting(ExtraLine::label)
                .containsExactlyElementsOf(extras);
    }

    @Test
    void placesNoColumnTheFormatLacksAloneOnALineOfAHeaderThatIsNotAligned() throws Exception {
        // "小计" under the group's columns, each line of the header starting at its start: it may stand anywhere
        String text = Files.readString(Path.of("fixtures/rules/STR-22/fail-space-separated-subtotal-column.txt"))
                .replace("法律服务机构  其他  小计\n", "法律服务机构  其他\n小计\n");

        CheckResult result = CHECKER.check(text, "小计 alone");

        assertThat(result.report().table("t3").extras()).extracting(ExtraLine::label)
                .containsExactly("第8列起的多余数据");
    }

    private static Map<String, String> tableThree(CheckResult result) {
        return result.report().table("t3").cellList().stream()
                .collect(Collectors.toMap(Cell::id, ColumnOrderTest::value, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void reportsNoOrderForTheSeedWhoseTablesFollowTheFormat() {
        assertThat(CHECKER.check(TestRules.seed(), "seed").report().tables())
                .allSatisfy(table -> assertThat(table.deviations()).noneMatch(deviation -> deviation.columnOrder()));
    }

    private static CheckResult check(String table) {
        return CHECKER.check(TITLE + table, "表四");
    }

    /** The table's cells by id without its prefix ("review.total"), each as its value. */
    private static Map<String, String> cells(CheckResult result) {
        return result.report().table("t4").cellList().stream().collect(Collectors.toMap(
                cell -> cell.id().substring("t4.".length()), ColumnOrderTest::value, (a, b) -> a, LinkedHashMap::new));
    }

    private static String value(Cell cell) {
        return cell.value() == null ? cell.raw() : cell.value().toPlainString();
    }

    /** Cells from groups and their five values in the format's order of columns. */
    private static Map<String, String> cells(String... groupsAndValues) {
        List<String> columns = List.of("upheld", "corrected", "other", "pending", "total");
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < groupsAndValues.length; i += 2) {
            String[] values = groupsAndValues[i + 1].split(" ");
            for (int c = 0; c < columns.size(); c++) {
                cells.put(groupsAndValues[i] + "." + columns.get(c), values[c]);
            }
        }
        return cells;
    }
}
