package org.xxgk.checker.narrative;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Figures listed one for each subject listed before them, paired up as claims read them. */
class RespectiveFiguresTest {
    private static final List<String> UNITS = List.of("件", "起");
    private static final List<String> SHARED = List.of("申请", "案件", "结果");
    private static final List<String> ACTS = List.of("收到", "受理", "新收", "接收", "收办", "办结", "办理", "答复", "处理",
            "结转", "予以公开", "部分公开", "不予公开", "无法提供", "复议", "诉讼", "起诉");
    private static final List<String> ACT_NAMES = List.of("平台", "窗口");
    private static final List<String> THINGS = List.of("数量", "总数", "事项", "信息公开申请");
    private static final List<String> RATES = List.of("纠错率", "败诉率");
    private final RespectiveFigures figures = new RespectiveFigures(UNITS, SHARED, ACTS, ACT_NAMES, THINGS, RATES);

    private String paired(String sentence) {
        return figures.pairUp(Sentences.normalize(sentence)).text();
    }

    /** The figures a claim's pattern reads in the paired sentence as its own, in order. */
    private List<String> ownFigures(String sentence, String pattern) {
        RespectiveFigures.Paired paired = figures.pairUp(Sentences.normalize(sentence));
        Matcher match = ClaimPatterns.compile(pattern).matcher(paired.text());
        List<String> own = new ArrayList<>();
        while (match.find()) {
            if (paired.ownFigure(match)) {
                own.add(match.group("N"));
            }
        }
        return own;
    }

    @Test
    void pairsEachFigureWithItsSubject() {
        assertThat(paired("本年度收到政府信息公开行政复议、行政诉讼案件24件、4件。"))
                .isEqualTo("本年度收到政府信息公开行政复议24件、行政诉讼案件4件。");
        assertThat(paired("行政复议和行政诉讼案件分别为25件和4起。")).isEqualTo("行政复议25件和行政诉讼案件4起。");
    }

    @Test
    void readsFiguresListedInTurnOrAfterAColon() {
        assertThat(paired("全年收到、办结政府信息公开申请依次为550件、557件。"))
                .isEqualTo("全年收到政府信息公开申请550件、办结政府信息公开申请557件。");
        assertThat(paired("全年收到、办结政府信息公开申请分别为：550件、557件。"))
                .isEqualTo("全年收到政府信息公开申请550件、办结政府信息公开申请557件。");
        // a colon after other words ends the subjects' clause: the figures after it are no list of theirs
        assertThat(paired("全年收到、办结政府信息公开申请情况如下：550件、557件。"))
                .isEqualTo("全年收到、办结政府信息公开申请情况如下:550件、557件。");
    }

    @Test
    void givesAFigureWithoutAUnitTheLastOnes() {
        assertThat(paired("收到行政复议、行政诉讼案件24、4件")).isEqualTo("收到行政复议24件、行政诉讼案件4件");
    }

    @Test
    void splitsSubjectsAtTheListCommaBeforeAWordsAnd() {
        assertThat(paired("及时办理自然人、法人和其他组织申请520件、25件"))
                .isEqualTo("及时办理自然人520件、法人和其他组织申请25件");
        assertThat(paired("全年收到、办结申请545件、557件，上年结转、结转下年度申请23件、11件。"))
                .isEqualTo("全年收到申请545件、办结申请557件,上年结转23件、结转下年度申请11件。");
    }

    @Test
    void givesBareActsTheThingTheLastIsDoneTo() {
        assertThat(paired("全年收到、办结政府信息公开申请分别为550件、557件。"))
                .isEqualTo("全年收到政府信息公开申请550件、办结政府信息公开申请557件。");
        assertThat(paired("本年新收、上年结转政府信息公开申请分别为546件、23件。"))
                .isEqualTo("本年新收政府信息公开申请546件、上年结转政府信息公开申请23件。");
        // a thing of its own (行政复议), an act after other words than a time (依法受理), a time after the act
        assertThat(paired("行政复议、行政诉讼案件24件、4件")).isEqualTo("行政复议24件、行政诉讼案件4件");
        assertThat(paired("依法受理、办结政府信息公开申请545件、557件"))
                .isEqualTo("依法受理545件、办结政府信息公开申请557件");
        assertThat(paired("上年结转、结转下年度申请23件、11件")).isEqualTo("上年结转23件、结转下年度申请11件");
    }

    @Test
    void givesEachSubjectTheOneFigureAfterGe() {
        assertThat(paired("本年度收到政府信息公开行政复议、行政诉讼案件各2件。"))
                .isEqualTo("本年度收到政府信息公开行政复议2件、行政诉讼案件2件。");
        assertThat(paired("行政复议和行政诉讼案件各1起")).isEqualTo("行政复议1起和行政诉讼案件1起");
        assertThat(paired("全年共收到、办结政府信息公开申请各12件，无结转。"))
                .isEqualTo("全年共收到12件、办结政府信息公开申请12件,无结转。");
        assertThat(paired("予以公开、部分公开、不予公开各2件")).isEqualTo("予以公开2件、部分公开2件、不予公开2件");
    }

    @Test
    void leavesOneFigureForEachWithoutAClearList() {
        // a 和 after the last 、 may join two subjects or stand inside one: no count tells
        assertThat(paired("依法、规范办理行政复议和行政诉讼案件各2件")).isEqualTo("依法、规范办理行政复议和行政诉讼案件各2件");
        assertThat(paired("共收到申请各2件")).isEqualTo("共收到申请各2件");
        assertThat(paired("行政复议、行政诉讼案件,各2件")).isEqualTo("行政复议、行政诉讼案件,各2件");
    }

    @Test
    void aFigureIsItsOwnPairsOnlyForAReadingBegunInThatPair() {
        assertThat(paired("全年受理、处理依申请公开545件、557件。")).isEqualTo("全年受理545件、处理依申请公开557件。");
        // "受理…申请…557件" read from the first pair into the second is no 受理 of 557
        assertThat(ownFigures("全年受理、处理依申请公开545件、557件。", "受理…申请…{N}件")).isEmpty();
        assertThat(ownFigures("全年受理、处理依申请公开545件、557件。", "受理…{N}件")).containsExactly("545");
        assertThat(ownFigures("全年受理、处理依申请公开545件、557件。", "处理…{N}件")).containsExactly("557");
    }

    @Test
    void aReadingBegunBeforeTheListMayTakeAnyOfItsFigures() {
        assertThat(paired("行政复议案件24件,其中维持、纠正8件、5件。")).isEqualTo("行政复议案件24件,其中维持8件、纠正5件。");
        // "行政复议…纠正5件": the claim's subject stands before the list
        assertThat(ownFigures("行政复议案件24件,其中维持、纠正8件、5件。", "行政复议…纠正{N}件")).containsExactly("5");
        assertThat(ownFigures("行政复议案件24件,其中维持、纠正8件、5件。", "维持…{N}件")).containsExactly("8");
    }

    @Test
    void aReadingBegunInTheWordsTheSubjectsShareMayTakeALaterItemsFigure() {
        assertThat(paired("收到的申请中自然人、法人或其他组织分别为540件、5件。"))
                .isEqualTo("收到的申请中自然人540件、法人或其他组织5件。");
        assertThat(ownFigures("收到的申请中自然人、法人或其他组织分别为540件、5件。", "收到…法人或其他组织{N}件"))
                .containsExactly("5");
        assertThat(ownFigures("收到的申请中自然人、法人或其他组织分别为540件、5件。", "收到…自然人{N}件"))
                .containsExactly("540");
        assertThat(ownFigures("行政复议案件维持、纠正分别为8件、5件。", "行政复议…纠正{N}件")).containsExactly("5");
        assertThat(ownFigures("行政复议案件维持、纠正分别为8件、5件。", "行政复议…维持{N}件")).containsExactly("8");
    }

    @Test
    void aSharedWordThatEndsTheFirstSubjectIsPartOfTheFirstItem() {
        // "收到申请" is the first item, not words shared before it: reading on from it is no reading of "办结557件"
        assertThat(ownFigures("全年收到申请、办结分别为545件、557件。", "收到…办结{N}件")).isEmpty();
        assertThat(ownFigures("收到的申请中自然人、办结分别为545件、557件。", "收到…办结{N}件")).containsExactly("557");
    }

    @Test
    void aReadingOfTheWordsTheSubjectsShareTakesNoItemsFigure() {
        // after the last item: the channels are shares of what was received
        assertThat(paired("通过网上、当面、信函方式收到政府信息公开申请分别为500件、40件、5件。"))
                .isEqualTo("通过网上500件、当面40件、信函方式收到政府信息公开申请5件。");
        assertThat(ownFigures("通过网上、当面、信函方式收到政府信息公开申请分别为500件、40件、5件。", "收到…申请…{N}件"))
                .isEmpty();
        assertThat(ownFigures("通过网上、信函方式分别收到申请540件、5件。", "收到…申请…{N}件")).isEmpty();
        // before the first item, or before the list: the reading holds without the items
        assertThat(ownFigures("收到的申请中网上、当面分别为500件、45件。", "收到…申请…{N}件")).isEmpty();
        assertThat(ownFigures("收到政府信息公开申请,通过网上、当面分别为500件、45件。", "收到…申请…{N}件")).isEmpty();
    }

    @Test
    void waysOfOneActAreToldByTheirShapeNotByAPreposition() {
        // the act after the last way, and none in the ways: whatever opens them, the figures are the ways' shares
        assertThat(ownFigures("2024年依托网上平台、来信、来访收到政府信息公开申请分别为500件、40件、5件。", "收到…申请…{N}件"))
                .isEmpty();
        assertThat(ownFigures("2024年网上、信函、当面收到的政府信息公开申请分别为500件、40件、5件。", "收到…申请…{N}件"))
                .isEmpty();
        assertThat(ownFigures("2024年网上提交、现场提交受理的政府信息公开申请分别为500件、45件。", "受理…申请…{N}件"))
                .isEmpty();
        assertThat(ownFigures("2024年网上申请、来信、来访收到政府信息公开申请分别为500件、40件、5件。", "申请…收到…{N}件"))
                .isEmpty();
        assertThat(ownFigures("2024年当面、通过信函、通过网上收到政府信息公开申请分别为40件、5件、500件。", "收到…申请…{N}件"))
                .isEmpty();
        // each way may end in the act itself
        assertThat(ownFigures("2024年政府网站受理、来信邮寄受理、现场窗口受理政府信息公开申请分别为500件、40件、5件。",
                "受理…申请…{N}件")).isEmpty();
        assertThat(ownFigures("2024年网上、信函收到政府信息公开申请各2件。", "收到…申请…{N}件")).isEmpty();
        // a reading begun in the last way's own words reads the act too
        assertThat(ownFigures("2024年当面、来信、网上申请平台收到政府信息公开申请分别为5件、40件、500件。", "申请…收到…{N}件"))
                .isEmpty();
    }

    @Test
    void anActThatNamesAWayIsNoActOfTheItem() {
        // 受理平台 is where requests came in: the ways share the last item's 收到
        assertThat(ownFigures("2024年通过网上受理平台、信函、当面收到政府信息公开申请分别为500件、40件、5件。", "收到…申请…{N}件"))
                .isEmpty();
        assertThat(ownFigures("2024年受理窗口、网上收到政府信息公开申请分别为45件、500件。", "收到…申请…{N}件")).isEmpty();
        // an act after the name is the item's own: the items are two acts
        assertThat(ownFigures("2024年网上受理平台受理、依法办结政府信息公开申请分别为545件、556件。", "办结…{N}件"))
                .containsExactly("556");
    }

    @Test
    void aLaterItemsOwnWordsBeforeTheClaimKeepItsFigure() {
        assertThat(ownFigures("被申请政府信息公开行政复议、提起行政诉讼案件分别为24件、5件。", "行政诉讼…{N}件"))
                .containsExactly("5");
        assertThat(ownFigures("收到政府信息公开申请、依法办结申请分别为545件、556件。", "办结…{N}件")).containsExactly("556");
        assertThat(ownFigures("共收到政府信息公开申请、共办结申请分别为545件、556件。", "办结…{N}件")).containsExactly("556");
        assertThat(ownFigures("依申请公开办结、继续结转下年度办理的申请分别为557件、12件。", "结转…{N}件"))
                .containsExactly("12");
        // an act in an earlier item makes the items acts of their own, whatever words of a means or 通过 they hold
        assertThat(ownFigures("2024年受理、依法办结政府信息公开申请分别为545件、556件。", "办结…{N}件")).containsExactly("556");
        assertThat(ownFigures("收到政府信息公开申请、按照规定方式办结申请分别为545件、556件。", "办结…{N}件"))
                .containsExactly("556");
        assertThat(ownFigures("依申请公开办结、经正常渠道结转下年度办理的申请分别为557件、12件。", "结转…{N}件"))
                .containsExactly("12");
        assertThat(ownFigures("通过政府网站收到申请、依法办结申请分别为545件、556件。", "办结…{N}件")).containsExactly("556");
        // a way names no kind of thing (的), and no later one a time (年)
        assertThat(ownFigures("审核通过的申请、依法办结申请分别为545件、556件。", "办结…{N}件")).containsExactly("556");
        assertThat(ownFigures("2024年通过保密审查的拟公开事项、依法办结的申请分别为2600件、556件。", "办结…{N}件"))
                .containsExactly("556");
        assertThat(ownFigures("2024年经审核通过的主动公开事项、全年收到的政府信息公开申请分别为2640件、546件。", "收到…申请…{N}件"))
                .containsExactly("546");
        assertThat(ownFigures("2024年政策解读稿件、全年收到政府信息公开申请分别为120件、546件。", "收到…申请…{N}件"))
                .containsExactly("546");
        // an earlier item that names what is counted is no way either
        assertThat(ownFigures("政府信息公开申请数量、依法办结数量分别为545件、556件。", "办结…{N}件")).containsExactly("556");
        assertThat(ownFigures("依申请公开事项、依法办结事项分别为545件、556件。", "办结…{N}件")).containsExactly("556");
        assertThat(ownFigures("当年新增政府信息公开申请、按时答复申请分别为545件、556件。", "答复…{N}件")).containsExactly("556");
    }

    @Test
    void readsALongListAndLeavesAnOverlongOneWithoutRunningOutOfStack() {
        StringBuilder subjects = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            subjects.append(i == 0 ? "" : "、").append("第").append(i).append("类");
            numbers.append(i == 0 ? "" : "、").append(i).append("件");
        }
        String overlong = "收到的申请中" + subjects + "分别为" + numbers + "。";
        // Java's regex recursed once per listed figure: 1,000 of them overflowed the stack
        assertThatCode(() -> figures.pairUp(overlong)).doesNotThrowAnyException();
        assertThat(paired("收到的申请中甲、乙、丙、丁、戊、己、庚、辛、壬、癸分别为1件、2件、3件、4件、5件、6件、7件、8件、9件、10件。"))
                .isEqualTo("收到的申请中甲1件、乙2件、丙3件、丁4件、戊5件、己6件、庚7件、辛8件、壬9件、癸10件。");
    }

    @Test
    void leavesAListWithoutAsManySubjectsAsFigures() {
        assertThat(paired("共收到申请545件、557件")).isEqualTo("共收到申请545件、557件");
        assertThat(paired("行政复议、行政诉讼案件24件、4件、1件")).isEqualTo("行政复议、行政诉讼案件24件、4件、1件");
    }

    @Test
    void leavesASubjectThatStatesAFigureOrEndsInADigit() {
        assertThat(paired("收到申请545件、办结557件和10件")).isEqualTo("收到申请545件、办结557件和10件");
        assertThat(paired("2023、2024年收到申请20件、30件")).isEqualTo("2023、2024年收到申请20件、30件");
    }

    @Test
    void leavesFiguresOfOtherUnits() {
        assertThat(paired("2023年、2024年分别发布信息100条、120条")).isEqualTo("2023年、2024年分别发布信息100条、120条");
    }

    @Test
    void pairsNothingWithoutUnits() {
        assertThat(new RespectiveFigures(List.of(), SHARED, ACTS, ACT_NAMES, THINGS, RATES)
                .pairUp("行政复议、行政诉讼案件24件、4件").text())
                .isEqualTo("行政复议、行政诉讼案件24件、4件");
    }

    private RespectiveFigures.Shares shares(String sentence) {
        String asWritten = Sentences.normalize(sentence);
        return figures.sharesGivenOut(asWritten, figures.pairUp(asWritten).text());
    }

    @Test
    void givesEachListedShareToItsFigure() {
        assertThat(shares("予以公开、部分公开、不予公开分别为80件、0件、127件，占比分别为14.4%、0%、22.8%。").text())
                .isEqualTo("予以公开80件,占比14.4%、部分公开0件,占比0%、不予公开127件,占比22.8%。");
        assertThat(shares("予以公开80件和不予公开127件分别占14.4%和22.8%").text())
                .isEqualTo("予以公开80件占14.4%和不予公开127件占22.8%");
    }

    @Test
    void marksWhereAListOfSharesGivenOutStands() {
        RespectiveFigures.Shares shares = shares("办结557件，其中予以公开80件、不予公开127件，分别占14.4%、22.8%");
        int end = shares.text().length();
        assertThat(shares.listEnd(shares.text().indexOf("14.4"))).isEqualTo(end);
        assertThat(shares.listEnd(shares.text().indexOf("22.8"))).isEqualTo(end);
        assertThat(shares.listEnd(shares.text().indexOf("557"))).isEqualTo(-1);
    }

    @Test
    void leavesSharesAsWrittenWhenNoCountTellsWhoseTheyAre() {
        // more shares than figures, fewer, figures in clauses of their own, words past a clause
        for (String sentence : List.of("予以公开80件、不予公开127件，分别占14.4%、0%、22.8%",
                "予以公开、部分公开、不予公开80件、0件、127件，分别占14.4%、22.8%",
                "予以公开80件，部分公开0件，不予公开127件，占比分别为14.4%、0%、22.8%",
                "予以公开80件、不予公开127件，与上年相比，分别占14.4%、22.8%")) {
            assertThat(shares(sentence).text()).isEqualTo(Sentences.normalize(sentence));
        }
    }

    @Test
    void leavesEveryShareAsWrittenWhenOneIsNotGivenOut() {
        // "占比14.4%" would otherwise follow 127件, which pairing put there
        assertThat(shares("予以公开、不予公开分别为80件、127件，占比14.4%、22.8%，办结率100%").text())
                .isEqualTo("予以公开、不予公开分别为80件、127件,占比14.4%、22.8%,办结率100%");
    }

    @Test
    void aShareOfAListAsWrittenIsNoneOfTheFigureBeforeIt() {
        RespectiveFigures.Shares shares = shares("不予公开127件，分别占30.0%、22.8%，其中予以公开80件，占14.4%");
        String text = shares.text();
        assertThat(shares.inListAsWritten(text.indexOf("30.0"), text.indexOf("30.0") + 4)).isTrue();
        assertThat(shares.inListAsWritten(text.indexOf("22.8"), text.indexOf("22.8") + 4)).isTrue();
        assertThat(shares.inListAsWritten(text.indexOf("14.4"), text.indexOf("14.4") + 4)).isFalse();
    }

    @Test
    void givesEachListedRateToItsSubject() {
        assertThat(shares("行政复议、行政诉讼的纠错率分别为20.8%、0%。").text())
                .isEqualTo("行政复议纠错率20.8%、行政诉讼的纠错率0%。");
        assertThat(shares("行政复议和行政诉讼纠错率为20.8%和0%").text()).isEqualTo("行政复议纠错率20.8%和行政诉讼纠错率为0%");
        assertThat(shares("行政复议纠错率、败诉率分别为20.8%、0%").text()).isEqualTo("行政复议纠错率20.8%、败诉率0%");
        // a subject that ends in 率 is a rate of its own, listed or not
        assertThat(shares("行政复议按时答复率、纠错率分别为100%、20.8%").text()).isEqualTo("行政复议按时答复率100%、纠错率20.8%");
        assertThat(shares("行政复议纠错率、按时答复率分别为20.8%、100%").text()).isEqualTo("行政复议纠错率20.8%、按时答复率100%");
        assertThat(shares("行政复议、行政诉讼的纠错率依次为：20.8%、0%").text())
                .isEqualTo("行政复议纠错率20.8%、行政诉讼的纠错率0%");
        // a last subject that names none of the rates, after one that is no rate, names no rate either
        assertThat(shares("行政复议、按时答复率分别为20.8%、100%").text()).isEqualTo("行政复议、按时答复率分别为20.8%、100%");
    }

    @Test
    void givesListedPercentagesToNoSubjectsButRatesOnes() {
        // shares of subjects without their figures: whose share of what, no count tells
        assertThat(shares("予以公开、不予公开分别占14.4%、22.8%").text()).isEqualTo("予以公开、不予公开分别占14.4%、22.8%");
        // the figures before the subjects are no figures of their rates
        assertThat(shares("行政复议24件、行政诉讼4件，行政复议、行政诉讼的纠错率分别为16.7%、0%").text())
                .isEqualTo("行政复议24件、行政诉讼4件,行政复议纠错率16.7%、行政诉讼的纠错率0%");
    }

    @Test
    void marksSharesStatedEachAfterItsOwnFigure() {
        RespectiveFigures.Shares shares = shares("予以公开80件（占14.4%）、部分公开0件（占0%）、不予公开127件（占22.8%）");
        String text = shares.text();
        assertThat(shares.listEnd(text.indexOf("14.4"))).isEqualTo(text.length());
        assertThat(shares.listEnd(text.indexOf("22.8"))).isEqualTo(text.length());
        // one figure with its share is no list; nor are two with another figure, or the end of a clause, between them
        assertThat(shares("予以公开80件（占14.4%），占比较上年上升2%").listStarts()).isEmpty();
        assertThat(shares("予以公开80件（占14.4%），办结557件，不予公开127件（占22.8%）").listStarts()).isEmpty();
        assertThat(shares("予以公开80件（占14.4%）：不予公开127件（占22.8%）").listStarts()).isEmpty();
    }
}

