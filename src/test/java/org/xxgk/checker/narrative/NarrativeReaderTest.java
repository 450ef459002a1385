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
        Report report = new ReportReader(TestRules.checker().ruleSet().formats()).read(String.join("\n", lines));
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
        Report report = new ReportReader(TestRules.checker().ruleSet().formats()).read(String.join("\n", TITLE,
                "一、总体情况", "（二）依申请公开：全年办结政府信息公开申请557件，其中予以公开80件、无法提供185件等。"));
        assertThat(TestRules.checker().ruleSet().prose(report).claims())
                .extracting(claim -> claim.id() + (claim.endsOpenList() ? " 等" : ""))
                .containsExactly("results.total", "results.granted", "results.unavailable 等");
    }
}
