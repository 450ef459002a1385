package org.xxgk.checker.narrative;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.ingest.ReportReader;
import org.xxgk.checker.report.Report;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims the prose makes, read with the project's vocabulary: which figures are counts of the year's work. */
class NarrativeReaderTest {
    private static final String TITLE = "老城区人民政府2024年政府信息公开工作年度报告";

    /** The claims of a report whose part 一 has these lines, as "id=value". */
    private static List<String> claims(String... overview) {
        return claimsOf(Stream.concat(Stream.of(TITLE, "一、总体情况"), Stream.of(overview)).toArray(String[]::new));
    }

    private static List<String> claimsOf(String... lines) {
        Report report = new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings()).read(String.join("\n", lines));
        return TestRules.checker().ruleSet().prose(report).claims().stream()
                .map(claim -> claim.id() + "=" + claim.value().toPlainString()).toList();
    }

    @Test
    void anApproximateFigureIsNoCount() {
        assertThat(claims("（二）依申请公开：全年共收到政府信息公开申请550件。")).containsExactly("applications.new=550");
        assertThat(claims("（二）依申请公开：全年共收到政府信息公开申请约550件。")).isEmpty();
        assertThat(claims("（二）依申请公开：全年共收到政府信息公开申请550件左右。")).isEmpty();
        assertThat(claims("（二）依申请公开：全年办结政府信息公开申请557件，其中予以公开近80件。"))
                .containsExactly("results.total=557");
    }

    @Test
    void aFigureThatEndsARangeIsNoCount() {
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请540至550件。")).isEmpty();
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请540-550件。")).isEmpty();
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请540件至550件。")).isEmpty();
        // a date range before the figure is none
        assertThat(claims("（二）依申请公开：2024年1月至12月，共收到政府信息公开申请545件。"))
                .containsExactly("applications.new=545");
    }

    @Test
    void figuresAfterAnApproximateCountAreItsParts() {
        assertThat(claims("（二）依申请公开：全年共收到政府信息公开申请约550件，通过网上平台收到申请500件。")).isEmpty();
    }

    @Test
    void aCountSinceAnEarlierYearIsNoCountOfTheYear() {
        assertThat(claims("（二）依申请公开：自2019年新《条例》施行以来，累计收到政府信息公开申请2380件。")).isEmpty();
        assertThat(claims("（二）依申请公开：今年以来，共收到政府信息公开申请550件。")).containsExactly("applications.new=550");
        assertThat(claims("（二）依申请公开：2024年以来，累计收到政府信息公开申请550件。"))
                .containsExactly("applications.new=550");
    }

    @Test
    void theHeadingOfThePartTellsWhatItsSentencesSpeakOf() {
        // a county government's own work as the review body is none of its cases about disclosure
        assertThat(claims("（五）监督保障：全年共收到行政复议申请156件，依法受理138件。")).isEmpty();
        assertThat(claimsOf(TITLE, "一、总体情况", "概述。", "四、政府信息公开行政复议、行政诉讼情况", "本年度我镇行政复议为2件。"))
                .containsExactly("review.total=2");
        assertThat(claimsOf(TITLE, "一、总体情况", "概述。", "二、主动公开政府信息情况", "概述。",
                "三、收到和处理政府信息公开申请情况", "本年度共收到申请550件。")).containsExactly("applications.new=550");
    }

    @Test
    void aListOfPartsEndingInDengGoesOn() {
        assertThat(openLists("（二）依申请公开：全年办结政府信息公开申请557件，其中予以公开80件、无法提供185件等。"))
                .containsExactly("results.total", "results.granted", "results.unavailable 等");
    }

    @Test
    void aNoteInBracketsAfterTheLastPartDoesNotHideDeng() {
        assertThat(openLists("（二）依申请公开：全年办结557件，其中予以公开80件（占14.4%）、不予公开127件（占22.8%）等。"))
                .contains("results.denied 等");
        assertThat(openLists("（二）依申请公开：全年办结557件，其中予以公开80件、不予公开127件(占22.8%)等情形。"))
                .contains("results.denied 等");
        // 等 inside the bracket is of that one part's reasons, not of the list
        assertThat(openLists("（二）依申请公开：全年办结557件，其中予以公开80件、不予公开127件（主要涉及第三方合法权益等）。"))
                .containsExactly("results.total", "results.granted", "results.denied");
    }

    /** The claims of a report whose part 一 has these lines, as their ids, each marked "等" if it ends an open list. */
    private static List<String> openLists(String... overview) {
        Report report = new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings())
                .read(String.join("\n", Stream.concat(Stream.of(TITLE, "一、总体情况"), Stream.of(overview)).toList()));
        return TestRules.checker().ruleSet().prose(report).claims().stream()
                .map(claim -> claim.id() + (claim.endsOpenList() ? " 等" : "")).toList();
    }

    @Test
    void readsACountInChineseNumeralsBeforeAUnitClaimsCountIn() {
        assertThat(claims("（二）依申请公开：全年共收到政府信息公开申请五百五十件。")).containsExactly("applications.new=550");
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请一百零五件，结转下年度十二件。"))
                .containsExactly("applications.new=105", "applications.carried_out=12");
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请两件，上年结转二十三件。"))
                .containsExactly("applications.new=2", "applications.carried_in=23");
    }

    @Test
    void numeralsThatCountNothingClaimsCountStayWords() {
        // idioms, plans, articles, part numbers, a vague or inexact count, a lone 一 (一件事, 一起)
        assertThat(claims("（二）依申请公开：推进“一件事一次办”，落实“十四五”规划和《条例》第三十三条，一是收到申请一件。"))
                .isEmpty();
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请几十件。")).isEmpty();
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请二十多件。")).isEmpty();
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请约五百件。")).isEmpty();
        // a numeral before a unit and more words is part of a phrase
        assertThat(claims("（二）依申请公开：受理申请后逐件登记，办好十件民生实事。")).isEmpty();
        assertThat(claims("（二）依申请公开：收到申请后，推行“三件套”答复模板。")).isEmpty();
        assertThat(claims("（二）依申请公开：受理的申请主要集中在两件事上。")).isEmpty();
    }

    @Test
    void timesAreNoCountOfCases() {
        // appearances in court, trainings and visits are counted in 次, and so are cases now and then: none is read
        assertThat(claims("（二）依申请公开：我单位负责人出庭参加行政诉讼两次。")).isEmpty();
        assertThat(claims("（二）依申请公开：组织开展行政复议、行政诉讼案例培训各2次。")).isEmpty();
        assertThat(claims("（二）依申请公开：政府信息公开专栏访问量12万次，开展行政复议应诉培训3次。")).isEmpty();
    }

    @Test
    void readsACountThatComesBeforeWhatItCounts() {
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请545件，另有12件结转至2025年继续办理。"))
                .containsExactly("applications.new=545", "applications.carried_out=12");
        assertThat(claims("（二）依申请公开：全年共有24件政府信息公开申请答复被申请行政复议，共有5件被提起行政诉讼。"))
                .containsExactly("review.total=24", "suits.total=5");
        // after 其中, 有 or a comma the count is mostly a part of another ("无法提供185件，其中5件被申请行政复议")
        assertThat(claims("（二）依申请公开：全年收到政府信息公开申请545件，其中3件因需征求第三方意见结转至2025年办理。"))
                .containsExactly("applications.new=545");
        assertThat(claims("（四）行政复议：无法提供185件，其中5件被申请行政复议。")).containsExactly("results.unavailable=185");
        assertThat(claims("（四）行政复议：行政复议案件24件，其中2件被提起行政诉讼。")).containsExactly("review.total=24");
    }

    @Test
    void aCountBeforeWhatItCountsIsTheNearestOne() {
        // the figure before 予以公开 is not the one carried over
        assertThat(claims("（二）依申请公开：全年办结政府信息公开申请557件，其中90件予以公开，另有11件结转下年度办理。"))
                .containsExactly("results.total=557", "applications.carried_out=11", "results.granted=90");
        // carried over into this year is carried in
        assertThat(claims("（二）依申请公开：上年度尚有23件申请结转至本年度办理。")).isEmpty();
        assertThat(claims("（二）依申请公开：2023年收到政府信息公开申请500件，其中23件结转至2024年办理。")).isEmpty();
        // nor is a count of applications all concluded one carried over
        assertThat(claims("（二）依申请公开：全年共有545件申请按期办结，无结转下年度申请。")).isEmpty();
    }

    @Test
    void barelyListedActsShareTheThingTheLastIsDoneTo() {
        assertThat(claims("（二）依申请公开：全年收到、办结政府信息公开申请分别为550件、557件。"))
                .containsExactly("applications.new=550", "results.total=557");
        assertThat(claims("（二）依申请公开：本年新收、上年结转政府信息公开申请分别为546件、23件。"))
                .containsExactly("applications.new=546", "applications.carried_in=23");
        // ways of one act: each figure is a share of what was received; things of their own keep their figures
        assertThat(claims("全年网上受理、信函受理政府信息公开申请分别为500件、45件。")).isEmpty();
        assertThat(claims("全年政府信息公开申请、上年结转申请分别为546件、23件。"))
                .containsExactly("applications.carried_in=23");
    }

    @Test
    void applicationsOfAllKindsAreNoCountOfDisclosureApplications() {
        assertThat(claims("（二）依申请公开：全年收到、办结各类申请分别为1200件、1190件，其中政府信息公开申请545件。")).isEmpty();
        assertThat(claims("（二）依申请公开：全年共收到各类政府信息公开申请545件。")).containsExactly("applications.new=545");
        // applicants of all kinds make no applications of all kinds, unless the sentence says so again
        assertThat(claims("（二）依申请公开：全年共收到各类申请人提出的政府信息公开申请546件。"))
                .containsExactly("applications.new=546");
        assertThat(claims("（二）依申请公开：全年共办结各类申请主体提交的申请556件。")).containsExactly("results.total=556");
        assertThat(claims("（二）依申请公开：全年共收到各类申请人提出的各类申请1200件。")).isEmpty();
        assertThat(claims("（二）依申请公开：全年收到各类申请事项1200件。")).isEmpty();
    }

    @Test
    void aCountAmongTheRequestsReceivedOrConcludedIsNoneOfTheirTotal() {
        for (String sentence : List.of("（二）依申请公开：全年办结的政府信息公开申请中，通过政府网站在线提交的申请412件。",
                "（二）依申请公开：在办结的政府信息公开申请中，因申请人逾期未补正而终止办理的有154件。",
                "（二）依申请公开：已办结的申请当中，申请人主动撤回申请5件。",
                "（二）依申请公开：全年答复的政府信息公开申请中，有412件申请通过网站提交。",
                "（二）依申请公开：全年收到的政府信息公开申请中，通过政府网站在线提交的申请412件。",
                "（二）依申请公开：本年新收的申请中，申请人主动撤回申请5件。")) {
            assertThat(claims(sentence)).as(sentence).isEmpty();
        }
        // the total stated among them is read
        assertThat(claims("（二）依申请公开：在办结的557件申请中，予以公开80件。"))
                .containsExactly("results.total=557", "results.granted=80");
        assertThat(claims("（二）依申请公开：全年办结政府信息公开申请557件，其中通过网站提交的申请412件。"))
                .containsExactly("results.total=557");
    }

    @Test
    void readsConcludedRequestsOfCitizensLegalPersonsAndOtherOrganizations() {
        assertThat(claims("（二）依申请公开：全年共依法答复公民、法人和其他组织提出的政府信息公开申请556件。"))
                .containsExactly("results.total=556");
        assertThat(claims("（二）依申请公开：全年共办结自然人、法人或者其他组织的政府信息公开申请556件。"))
                .containsExactly("results.total=556");
        // applicants named after another clause are no object of 答复
        assertThat(claims("（二）依申请公开：为规范答复工作，公民、法人和其他组织提出的政府信息公开申请545件均已登记。")).isEmpty();
    }

    /** The shares of a report whose part 一 has these lines, as "id=figure:percent". */
    private static List<String> shares(String... overview) {
        Report report = new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings())
                .read(String.join("\n", Stream.concat(Stream.of(TITLE, "一、总体情况"), Stream.of(overview)).toList()));
        return TestRules.checker().ruleSet().prose(report).claims().stream().filter(claim -> claim.percent() != null)
                .map(claim -> claim.id() + "=" + claim.value().toPlainString() + ":" + claim.percent().toPlainString())
                .toList();
    }

    @Test
    void eachShareOfAListGoesWithItsOwnFigure() {
        assertThat(shares("全年予以公开、部分公开、不予公开分别为80件、0件、127件，占比分别为14.4%、0%、22.8%。"))
                .containsExactly("share.results=80:14.4", "share.results=0:0", "share.results=127:22.8");
        assertThat(shares("全年予以公开80件和不予公开127件，分别占新收申请的14.7%和23.3%。"))
                .containsExactly("share.results_of_new=80:14.7", "share.results_of_new=127:23.3");
    }

    @Test
    void theSharesOfEveryListInASentenceGoWithTheirFigures() {
        assertThat(shares("全年予以公开、不予公开分别为80件、127件，占比分别为14.4%、22.8%，部分公开、无法提供分别为0件、185件，"
                + "占比分别为0%、33.2%。")).containsExactly("share.results=80:14.4", "share.results=127:22.8",
                "share.results=0:0", "share.results=185:33.2");
        assertThat(shares("全年予以公开、不予公开依次为：80件、127件，占比依次为：14.4%、22.8%。"))
                .containsExactly("share.results=80:14.4", "share.results=127:22.8");
    }

    @Test
    void sharesNotAsManyAsTheirFiguresGoWithNone() {
        assertThat(shares("全年予以公开、部分公开、不予公开分别为80件、0件、127件，分别占14.4%、22.8%。")).isEmpty();
        assertThat(shares("全年予以公开80件、不予公开127件，分别占14.4%、0%、22.8%。")).isEmpty();
        assertThat(shares("全年予以公开80件，部分公开0件，不予公开127件，占比分别为14.4%、0%、22.8%。")).isEmpty();
    }

    @Test
    void eachShareStatedAfterItsOwnFigureGoesWithIt() {
        assertThat(shares("全年予以公开80件（占14.4%）、部分公开0件（占0%）、不予公开127件（占22.8%）。"))
                .containsExactly("share.results=80:14.4", "share.results=0:0", "share.results=127:22.8");
        assertThat(shares("全年予以公开80件，占14.4%，不予公开127件，占比22.8%。"))
                .containsExactly("share.results=80:14.4", "share.results=127:22.8");
        assertThat(shares("全年办结557件（占收到申请的100%），其中予以公开80件（占14.4%）、不予公开127件（占22.8%）。"))
                .containsExactly("share.results=80:14.4", "share.results=127:22.8");
    }

    @Test
    void aShareAfterAnotherFigureIsNoneOfTheList() {
        // 5件 is no result: its share is the increase's, and a later figure than the first is mostly a part of it
        assertThat(shares("全年予以公开80件（占14.4%），较上年增加5件（占1%）。")).containsExactly("share.results=80:14.4");
        assertThat(shares("全年予以公开80件（占14.4%），较上年，不予公开127件（占22.8%）。"))
                .containsExactly("share.results=80:14.4");
    }

    /** The rates of a report whose part 一 has these lines whose numerator the tables give, as "id=percent". */
    private static List<String> rates(String... overview) {
        Report report = new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings())
                .read(String.join("\n", Stream.concat(Stream.of(TITLE, "一、总体情况"), Stream.of(overview)).toList()));
        return TestRules.checker().ruleSet().prose(report).claims().stream()
                .filter(claim -> claim.percent() != null && claim.value() == null)
                .map(claim -> claim.id() + "=" + claim.percent().toPlainString()).toList();
    }

    @Test
    void readsTheCorrectionRateOfReviewsAndOfLawsuits() {
        assertThat(rates("（二）依申请公开：本年度行政复议纠错率为20.8%。")).containsExactly("rate.review_corrected=20.8");
        assertThat(rates("（二）依申请公开：本年度行政复议被纠错5件，纠错率20.8%。"))
                .containsExactly("rate.review_corrected=20.8");
        assertThat(rates("（二）依申请公开：本年度行政诉讼被纠错率为0。")).containsExactly("rate.suits_corrected=0");
        assertThat(rates("（二）依申请公开：行政复议案件纠错率为20.8%，行政诉讼案件纠错率为0。"))
                .containsExactly("rate.review_corrected=20.8", "rate.suits_corrected=0");
    }

    @Test
    void listedCorrectionRatesGoToTheirCasesInTurn() {
        for (String sentence : List.of("（二）依申请公开：行政复议、行政诉讼的纠错率分别为20.8%、0%。",
                "（二）依申请公开：行政复议和行政诉讼纠错率分别为20.8%和0%。",
                "（二）依申请公开：行政复议、行政诉讼被纠错分别为5件、0件，纠错率分别为20.8%、0%。",
                "（二）依申请公开：收到行政复议案件24件、行政诉讼案件4件，行政复议、行政诉讼的纠错率分别为20.8%、0%。")) {
            assertThat(rates(sentence)).as(sentence)
                    .containsExactlyInAnyOrder("rate.review_corrected=20.8", "rate.suits_corrected=0");
        }
        assertThat(rates("（二）依申请公开：行政诉讼、行政复议纠错率分别为0%、20.8%。"))
                .containsExactlyInAnyOrder("rate.review_corrected=20.8", "rate.suits_corrected=0");
        assertThat(rates("（二）依申请公开：行政复议、行政诉讼的纠错率依次为：20.8%、0%。"))
                .containsExactlyInAnyOrder("rate.review_corrected=20.8", "rate.suits_corrected=0");
    }

    @Test
    void aCorrectionRateListedWithAnotherRateGetsItsOwnPercentage() {
        // 按时答复率 is no rate respective_rates lists, but a rate all the same: the first percentage is its own
        for (String sentence : List.of("（二）依申请公开：行政复议按时答复率、纠错率分别为100%、20.8%。",
                "（二）依申请公开：行政复议纠错率、按时答复率分别为20.8%、100%。",
                "（二）依申请公开：行政复议维持率、纠错率分别为66.7%、20.8%。")) {
            assertThat(rates(sentence)).as(sentence).containsExactly("rate.review_corrected=20.8");
        }
    }

    @Test
    void aCorrectionRateOfSomethingElseIsNoneOfTheYearsCases() {
        for (String sentence : List.of("（二）依申请公开：上年行政复议纠错率为30%。",
                "（二）依申请公开：行政复议纠错率同比下降4.2个百分点。",
                "（二）依申请公开：全区各部门行政复议纠错率为30%。",
                "（二）依申请公开：行政复议和行政诉讼纠错率为10%。",
                "（二）依申请公开：纠错率为20%。",
                "（二）依申请公开：复议后起诉案件纠错率为0。",
                "（五）监督保障：全年办理行政复议案件156件，纠错率12%。")) {
            assertThat(rates(sentence)).as(sentence).isEmpty();
        }
    }
}
