package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.Section;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six parts are found under the headings real reports give them, and a report so written gets the seed's
 * findings: no part reported missing, no table lost to a part not found. A table of contents, before the text or
 * after it, and an interpretation appended to the report or put before it open no parts.
 */
class PartHeadingTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String SEED = TestRules.seed();
    private static final List<String> SEED_FINDINGS = findings(CHECKER.check(SEED, "seed"));
    private static final String SEED_PART_SIX = CHECKER.check(SEED, "seed").report().section("s6").body().text();
    private static final String TITLE = "# 老城区人民政府 2024 年政府信息公开工作年度报告\n";

    /** The parts of an interpretation of the seed, under its headline. */
    private static final String INTERPRETATION_PARTS = """
            一、总体情况

            2024年，我区共收到政府信息公开申请545件。

            二、主动公开政府信息情况

            全年主动公开政府信息2640条。

            三、收到和处理政府信息公开申请情况

            本年新收申请545件，结转11件。

            四、政府信息公开行政复议、行政诉讼情况

            行政复议24件，行政诉讼4件。

            五、存在的主要问题及改进情况

            公开及时性不足。

            六、其他需要报告的事项

            未收取信息处理费。
            """;

    /** Part 一's topics listed under items numbered as the parts are, worded as the parts' titles. */
    private static final String ITEMS_NAMED_AS_PARTS = """
            一、主动公开政府信息情况
            本年度主动公开信息。
            二、收到和处理政府信息公开申请情况
            本年度依申请公开。
            三、政府信息管理
            规范管理。
            四、政府信息公开行政复议、行政诉讼情况
            无。
            五、监督保障
            加强监督。
            """;

    /** Part 一's topics listed under items numbered as the parts are, worded nearly as the parts' titles. */
    private static final String ITEMS_RESEMBLING_PARTS = """
            一、主动公开情况
            本年度主动公开信息。
            二、依申请公开情况
            本年度依申请公开。
            三、政府信息管理情况
            规范管理。
            四、行政复议和行政诉讼情况
            无。
            五、监督保障情况
            加强监督。
            """;

    static Stream<Arguments> rewrites() {
        return Stream.of(
                Arguments.of("部分写作“第一部分”，第一部分的条目以“一、”编号、措辞同各部分标题", (UnaryOperator<String>) seed ->
                        withItemsInPartOne(headedAsParts(seed), ITEMS_NAMED_AS_PARTS)),
                Arguments.of("部分写作“第一部分”，第一部分的条目以“一、”编号、措辞近似各部分标题", (UnaryOperator<String>) seed ->
                        withItemsInPartOne(headedAsParts(seed), ITEMS_RESEMBLING_PARTS)),
                Arguments.of("第一至第五部分写作“第一部分”，第六部分写作“六、”，第一部分有编号条目", (UnaryOperator<String>) seed ->
                        withItemsInPartOne(headedAsParts(seed), ITEMS_NAMED_AS_PARTS).replace("第六部分 ", "六、")),
                Arguments.of("部分写作“第一部分”，第五部分有条目“四、”措辞同第四部分标题", (UnaryOperator<String>) seed ->
                        headedAsParts(seed).replace("存在问题：\n", "存在问题：\n\n四、政府信息公开行政复议、行政诉讼情况\n")),
                Arguments.of("部分写作“第一部分”，第一部分的条目编号到“七、”", (UnaryOperator<String>) seed -> headedAsParts(seed)
                        .replaceAll("(?m)^\\(([一二三四五])\\) ([^：\n]+)：", "$1、$2\n\n")
                        .replace("在应对社会评议方面", "\n\n六、社会评议\n\n在应对社会评议方面")
                        .replace("2024 年，我区积极做好", "\n\n七、责任追究\n\n2024 年，我区积极做好")),
                Arguments.of("部分写作“第一部分”，正文后附政策解读", (UnaryOperator<String>) seed -> headedAsParts(seed) + """

                        《老城区人民政府2024年政府信息公开工作年度报告》解读

                        """ + INTERPRETATION_PARTS),
                Arguments.of("标题套【】", (UnaryOperator<String>) seed -> seed
                        .replaceAll("(?m)^#+ *([一二三四五六]、[^\t\n]*)$", "【$1】")),
                Arguments.of("第三部分标题写作“依申请公开政府信息情况”", (UnaryOperator<String>) seed -> seed
                        .replace("三、收到和处理政府信息公开申请情况", "三、依申请公开政府信息情况")),
                Arguments.of("表格上方有引导句，再重复部分标题", (UnaryOperator<String>) seed -> seed
                        .replace("三、收到和处理政府信息公开申请情况\n",
                                "三、收到和处理政府信息公开申请情况\n\n本年度收到和处理政府信息公开申请情况如下表：\n\n"
                                        + "收到和处理政府信息公开申请情况\n")),
                Arguments.of("每张表上方重复部分标题", (UnaryOperator<String>) seed -> seed
                        .replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n\n主动公开政府信息情况\n")
                        .replace("四、政府信息公开行政复议、行政诉讼情况\n",
                                "四、政府信息公开行政复议、行政诉讼情况\n\n**政府信息公开行政复议、行政诉讼情况**\n")),
                Arguments.of("第六部分的内容接在标题后", (UnaryOperator<String>) PartHeadingTest::partSixOnItsHeadingLine),
                Arguments.of("标题不编号，第二、三部分措辞略有不同", (UnaryOperator<String>) seed -> seed
                        .replaceAll("(?m)^(#+ *)[一二三四五六]、", "$1")
                        .replace("主动公开政府信息情况", "主动公开政府信息的情况")
                        .replace("收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请的情况")),
                Arguments.of("正文前的目录，各部分下列出条目", (UnaryOperator<String>) seed -> seed.replace(TITLE, TITLE + """

                        目录
                        一、总体情况
                        （一）主动公开
                        （二）依申请公开
                        二、主动公开政府信息情况
                        三、收到和处理政府信息公开申请情况
                        四、政府信息公开行政复议、行政诉讼情况
                        五、存在的主要问题及改进情况
                        （一）存在的主要问题
                        （二）改进情况
                        六、其他需要报告的事项
                        """)),
                Arguments.of("正文后的目录", (UnaryOperator<String>) seed -> seed + """

                        目　录

                        一、总体情况……1
                        二、主动公开政府信息情况……2
                        三、收到和处理政府信息公开申请情况……3
                        四、政府信息公开行政复议、行政诉讼情况……5
                        五、存在的主要问题及改进情况……6
                        六、其他需要报告的事项……6
                        """),
                Arguments.of("正文后附政策解读", (UnaryOperator<String>) seed -> seed + """

                        《老城区人民政府2024年政府信息公开工作年度报告》解读

                        """ + INTERPRETATION_PARTS),
                Arguments.of("正文后紧接一图读懂，标题有逗号", (UnaryOperator<String>) seed -> seed + """

                        一图读懂：坚持公开为常态，江城市2024年政府信息公开工作年度报告解读
                        """ + INTERPRETATION_PARTS),
                Arguments.of("正文前有一图读懂", (UnaryOperator<String>) seed -> """
                        一图读懂老城区人民政府2024年政府信息公开工作年度报告

                        """ + INTERPRETATION_PARTS + "\n" + seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewrites")
    void theSixPartsAreFoundAndTheReportGetsTheSeedsFindings(String name, UnaryOperator<String> rewrite) {
        String text = rewrite.apply(SEED);
        assertThat(text).isNotEqualTo(SEED);

        CheckResult result = CHECKER.check(text, name);

        assertThat(result.report().sections()).extracting(Section::id)
                .containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
        assertThat(result.report().section("s6").body().text()).isEqualTo(SEED_PART_SIX);
        assertThat(findings(result)).isEqualTo(SEED_FINDINGS);
    }

    @Test
    void aPartWithATableIsNoEntryOfATableOfContents() {
        // parts 一 and 二 without text (printed as images), then part 三 with its table, then part 一 named again
        String text = SEED.replaceFirst("(?s)(## 一、总体情况\n).*?(### 三、)", "$1\n## 二、主动公开政府信息情况\n\n$2")
                .replace("#### 四、", "一、总体情况\n\n#### 四、");

        CheckResult result = CHECKER.check(text, "empty parts");

        assertThat(result.report().sections()).extracting(Section::id)
                .containsExactly("s1", "s2", "s3", "s1", "s4", "s5", "s6");
        assertThat(result.report().hasTable("t3")).isTrue();
    }

    @Test
    void aPartsTextOnItsHeadingsLineIsTheStartOfItsBody() {
        String text = partSixOnItsHeadingLine(SEED);
        int headingLine = text.lines().toList().indexOf(text.lines().filter(line -> line.contains("六、")).findFirst()
                .orElseThrow()) + 1;

        Section six = CHECKER.check(text, "six").report().sections().get(5);

        assertThat(six.heading()).isEqualTo("六、其他需要报告的事项");
        assertThat(six.number()).isEqualTo("六");
        assertThat(six.line()).isEqualTo(headingLine);
        assertThat(six.body().firstLine()).isEqualTo(headingLine);
        assertThat(six.body().text()).isEqualTo("本单位 2024 年度未收取政府信息公开信息处理费。");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"一、基本情况", "第一部分 基本情况", "一、年度工作情况"})
    void partOneUnderItsOwnNumberWithATitleOfItsOwnIsPartOneRetitled(String heading) {
        String text = SEED.replace("## 一、总体情况", "## " + heading);

        CheckResult result = CHECKER.check(text, heading);

        assertThat(result.report().sections()).extracting(Section::id)
                .containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
        Section one = result.report().section("s1");
        assertThat(one.heading()).isEqualTo(heading);
        assertThat(one.retitled()).isTrue();
        assertThat(one.body().text()).startsWith("(一) 主动公开");
        assertThat(result.report().sections()).filteredOn(Section::retitled).hasSize(1);
        // the seed's findings (part 一's topics found in its text), and the title named
        List<String> findings = findings(result);
        assertThat(findings).filteredOn(finding -> finding.contains("STR-12"))
                .containsExactly("WARNING STR-12 第一部分标题“" + heading + "”与标准格式“一、总体情况”不一致");
        assertThat(findings).filteredOn(finding -> !finding.contains("STR-12")).isEqualTo(SEED_FINDINGS);
    }

    @Test
    void aNumberedLineIsNoRetitledPartWhenAnotherPartIsMissingToo() {
        String text = SEED.replace("## 一、总体情况", "## 一、基本情况").replace("#### 五、存在的主要问题及改进情况", "");

        CheckResult result = CHECKER.check(text, "two parts missing");

        assertThat(result.report().sections()).extracting(Section::id).containsExactly("s2", "s3", "s4", "s6");
        assertThat(findings(result)).contains("ERROR STR-01 缺少第一部分“总体情况”", "ERROR STR-01 缺少第五部分“存在的主要问题及改进情况”");
    }

    @Test
    void aNumberedSentenceIsNoRetitledPart() {
        String text = SEED.replace("## 一、总体情况", "一、2024年，我区政府信息公开工作平稳有序。");

        CheckResult result = CHECKER.check(text, "sentence");

        assertThat(result.report().sections()).extracting(Section::id).containsExactly("s2", "s3", "s4", "s5", "s6");
        assertThat(findings(result)).contains("ERROR STR-01 缺少第一部分“总体情况”");
    }

    @Test
    void aPartWithATableEndsWhereTheNextPartsTableBeginsWhenThatPartHasNoHeading() {
        String text = SEED.replace("#### 四、政府信息公开行政复议、行政诉讼情况\n", "");

        CheckResult result = CHECKER.check(text, "part 四 without its heading");

        assertThat(result.report().sections()).extracting(Section::id).containsExactly("s1", "s2", "s3", "s5", "s6");
        assertThat(result.report().section("s3").body().text()).endsWith("四、结转下年度继续办理\t\t11\t0\t0\t0\t0\t0\t11\t");
        assertThat(result.report().table("t3").extras()).isEmpty();
        assertThat(result.report().table("t4").cell("t4.review.total").value()).isEqualByComparingTo("24");
        assertThat(findings(result)).contains("ERROR STR-01 缺少第四部分“政府信息公开行政复议、行政诉讼情况”")
                .noneMatch(finding -> finding.contains("STR-05"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"\t", " ", "  ", "\t ", " #### "})
    void aPartsHeadingRunIntoTheLastRowOfTheTableAboveOpensThePartAndLeavesTheRowItsValues(String between) {
        String row = "四、结转下年度继续办理\t\t11\t0\t0\t0\t0\t0\t11";
        String text = SEED.replace(row + "\t\n\n#### 四、", row + between + "四、");
        int rowLine = text.lines().toList().indexOf(row + between + "四、政府信息公开行政复议、行政诉讼情况") + 1;

        CheckResult result = CHECKER.check(text, "heading after the last row");

        assertThat(result.report().sections()).extracting(Section::id)
                .containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
        Section four = result.report().section("s4");
        assertThat(four.heading()).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
        assertThat(four.line()).isPositive().isEqualTo(rowLine);
        assertThat(result.report().section("s3").body().lastLine()).isEqualTo(rowLine);
        assertThat(result.report().section("s3").body().text()).endsWith(row);
        assertThat(result.report().table("t3").cell("t3.applications.carried_out.total").value())
                .isEqualByComparingTo("11");
        assertThat(result.report().table("t4").cell("t4.review.total").value()).isEqualByComparingTo("24");
        assertThat(findings(result)).isEqualTo(SEED_FINDINGS);
    }

    @Test
    void aLineNamingTheNextPartsSubjectEndsNoPartWithoutThatTableBelowIt() {
        // part 四 left out with its table; part 三 says in a line without punctuation that there were no such cases
        String text = SEED.replaceFirst("(?s)#### 四、政府信息公开行政复议、行政诉讼情况\n.*?\n\n(#### 五、)",
                "本年度未发生政府信息公开行政复议、行政诉讼案件\n\n$1");

        CheckResult result = CHECKER.check(text, "no table four");

        assertThat(result.report().section("s3").body().text()).endsWith("本年度未发生政府信息公开行政复议、行政诉讼案件");
        assertThat(result.report().hasTable("t4")).isFalse();
    }

    @Test
    void tableFourIsReadInPartFourHeadedAsAPartWhenAnItemOfPartOneIsNumberedFour() {
        String text = withItemsInPartOne(headedAsParts(SEED), ITEMS_NAMED_AS_PARTS);

        CheckResult result = CHECKER.check(text, "items numbered as parts");

        assertThat(result.report().section("s1").body().text()).startsWith(ITEMS_NAMED_AS_PARTS.strip())
                .endsWith("未产生责任追究结果。");
        assertThat(result.report().section("s4").heading()).isEqualTo("第四部分 政府信息公开行政复议、行政诉讼情况");
        assertThat(result.report().table("t4").cell("t4.review.total").value()).isEqualByComparingTo("24");
    }

    @Test
    void aWrongTotalOfTableFourUnderPartsHeadedAsPartsIsFoundAsInTheSeed() {
        UnaryOperator<String> wrongTotal = text -> text.replace("8\t4\t12\t0\t24\t", "8\t4\t12\t0\t25\t");
        List<String> seedFindings = findings(CHECKER.check(wrongTotal.apply(SEED), "seed"));

        CheckResult result = CHECKER.check(wrongTotal.apply(withItemsInPartOne(headedAsParts(SEED), ITEMS_NAMED_AS_PARTS)),
                "items numbered as parts");

        assertThat(seedFindings).contains("ERROR ARI-04 表四行政复议：8+4+12+0=24 ≠ 总计 25");
        assertThat(findings(result)).isEqualTo(seedFindings);
    }

    /** The seed with its parts headed "第一部分 总体情况" … "第六部分 其他需要报告的事项". */
    private static String headedAsParts(String seed) {
        return seed.replaceAll("(?m)^(#+ *)([一二三四五六])、", "$1第$2部分 ");
    }

    /** The text with items listed at the start of part 一, under its heading "第一部分 总体情况". */
    private static String withItemsInPartOne(String text, String items) {
        return text.replace("## 第一部分 总体情况\n", "## 第一部分 总体情况\n" + items);
    }

    /** The seed's part 六 as one line: "六、其他需要报告的事项：本单位…未收取…信息处理费。". */
    private static String partSixOnItsHeadingLine(String seed) {
        return seed.replaceFirst("#+ *六、其他需要报告的事项\\s+", "六、其他需要报告的事项：");
    }

    private static List<String> findings(CheckResult result) {
        return result.findings().stream()
                .map(finding -> finding.severity() + " " + finding.ruleId() + " " + finding.message()).toList();
    }
}
