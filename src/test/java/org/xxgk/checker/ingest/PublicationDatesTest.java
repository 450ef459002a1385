package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.StatedPublication;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication date a page states where a portal's information bar prints it, labelled, above the report's first
 * part; or in a web page's metadata. A date without such a label says when the report was written.
 */
class PublicationDatesTest {
    private static final String TITLE = "老城区人民政府2024年政府信息公开工作年度报告";
    private static final String PART_ONE = "\n一、总体情况\n本年度主动公开政府信息2640条。\n";
    private final ReportReader reader = new ReportReader(TestRules.checker().ruleSet().formats(),
            TestRules.checker().ruleSet().bodyNameEndings());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "发布日期：2025-01-20|2025-01-20",
            "发布时间：2025-01-20 10:30:00|2025-01-20",
            "发布日期：2025年01月20日|2025-01-20",
            "发布日期:2025/1/20|2025-01-20",
            "公开日期：2025.01.20|2025-01-20",
            "发布于 2025-01-20|2025-01-20",
            "来源：老城区人民政府办公室 发布时间：2025-01-20|2025-01-20",
            "索引号：\\t11410302MB1234567X/2025-00012\\t发布日期：\\t2025-01-20|2025-01-20",
            "发布日期\\t2025-01-20\\t文号\\t老政办〔2025〕3号|2025-01-20",
            // typed in full width, as Word files may be; fields set off by an ideographic space
            "发布日期：２０２５年４月１０日|2025-04-10",
            "公开日期：２０２５－０１－２０|2025-01-20",
            "来源：老城区人民政府办公室\u3000发布时间：2025-01-20|2025-01-20",
    })
    void readsALabelledDateInTheInformationBarAboveTheTitle(String infoBar, String date) {
        StatedPublication stated = stated(infoBar.replace("\\t", "\t") + "\n" + TITLE + PART_ONE);

        assertThat(stated).isEqualTo(StatedPublication.onLine(LocalDate.parse(date), 1));
    }

    @Test
    void readsALabelledDateUnderTheTitle() {
        assertThat(stated("\n" + TITLE + "\n发布时间：2025-03-20 09:00:00  来源：区政府办\n" + PART_ONE))
                .isEqualTo(StatedPublication.onLine(LocalDate.of(2025, 3, 20), 3));
    }

    @Test
    void aLabelWithFullWidthFormsIsMatchedAsTheLinesAreInHalfWidth() {
        PublicationDates dates = new PublicationDates(List.of("发布日期（北京时间）"));

        assertThat(dates.read(List.of("发布日期（北京时间）：２０２５－０１－２０"), 1))
                .isEqualTo(StatedPublication.onLine(LocalDate.of(2025, 1, 20), 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // when it was written or signed, not published
            "成文日期：2025-04-10\n" + TITLE + PART_ONE,
            "2025年4月10日\n" + TITLE + PART_ONE,
            TITLE + "\n2025年4月10日\n" + PART_ONE,
            TITLE + PART_ONE + "\n老城区人民政府\n2025年4月10日\n",
            // a part's text, no information bar
            TITLE + PART_ONE + "本报告发布日期：2025-04-10。\n",
            // no such day
            "发布日期：2025-02-30\n" + TITLE + PART_ONE,
    })
    void takesNoOtherDate(String text) {
        assertThat(stated(text)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PubDate", "pubdate", "FirstPublishedTime", "publishdate"})
    void readsTheDateAWebPagesMetadataStates(String name) {
        String page = "<html><head><meta name=\"keywords\" content=\"2024-12-31\"><meta name=\"" + name
                + "\" content=\"2025-04-02 10:30\"></head><body><h1>" + TITLE + "</h1><h2>一、总体情况</h2>"
                + "<p>本年度主动公开政府信息2640条。</p></body></html>";

        assertThat(stated(page)).isEqualTo(StatedPublication.inMetadata(LocalDate.of(2025, 4, 2), name));
    }

    @Test
    void aDateTheWebPagesTextStatesWinsOverItsMetadata() {
        String page = "<html><head><meta name=\"PubDate\" content=\"2025-04-02T10:30:00+08:00\"></head><body><h1>"
                + TITLE + "</h1><p>发布日期：2025-03-20</p><h2>一、总体情况</h2><p>本年度主动公开政府信息2640条。</p>"
                + "</body></html>";

        assertThat(stated(page)).isEqualTo(StatedPublication.onLine(LocalDate.of(2025, 3, 20), 2));
    }

    private StatedPublication stated(String text) {
        return reader.read(text).statedPublication();
    }
}
