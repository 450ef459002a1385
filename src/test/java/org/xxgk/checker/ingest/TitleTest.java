package org.xxgk.checker.ingest;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.format.FormatException;
import org.xxgk.checker.format.FormatLoader;
import org.xxgk.checker.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The body and the year are read from the title however real titles put them. */
class TitleTest {
    private final ReportReader reader = new ReportReader(TestRules.checker().ruleSet().formats(),
            TestRules.checker().ruleSet().bodyNameEndings());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "老城区人民政府 2024 年政府信息公开工作年度报告|老城区人民政府|2024",
            "# 某某市生态环境局2022年度政府信息公开工作年度报告|某某市生态环境局|2022",
            "2023年某某镇人民政府政府信息公开工作年度报告|某某镇人民政府|2023",
            "关于某某县2021年政府信息公开年度报告|某某县|2021",
            "政府信息公开工作年度报告||",
            "青山县交通运输局关于2024年度政府信息公开工作的年度报告|青山县交通运输局|2024",
            "二〇二三年政府信息公开工作年度报告（青山县交通运输局）|青山县交通运输局|2023",
            "老城区人民政府2024年度政府信息公开工作报告|老城区人民政府|2024",
            "老城区人民政府关于2024年度政府信息公开工作情况的报告|老城区人民政府|2024",
            "老城区人民政府政府信息公开工作2024年度报告|老城区人民政府|2024",
            "老城区人民政府政府信息公开工作 2024 年年度报告|老城区人民政府|2024",
            "青山县交通运输局政府信息公开2024年度报告|青山县交通运输局|2024",
            "青山县交通运输局2024年度报告|青山县交通运输局|2024",
            "江城县人民政府信息公开工作2024年度报告|江城县人民政府|2024",
            "江城县人民政府2024年信息公开工作年度报告|江城县人民政府|2024",
            "江城县人民政府信息公开工作年度报告|江城县人民政府|",
            "老城区人民政府２０２４年政府信息公开工作年度报告|老城区人民政府|2024",
            "江城市2024年政府信息公开年报|江城市|2024",
            "江城市第１２３中学２０２４年度政府信息公开工作年度报告|江城市第１２３中学|2024",
            "老城区人民政府政府信息公开工作2024年年报|老城区人民政府|2024",
            "老城区人民政府二O二四年政府信息公开工作年度报告|老城区人民政府|2024",
            "老城区人民政府二0二四年政府信息公开工作年度报告|老城区人民政府|2024",
            "附件1\\n\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "发布日期：2025-01-20\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "老城区人民政府\\n2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "老政办〔2025〕3号\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "浏览次数：1234  【打印】【关闭】\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "【打印】【关闭】\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "【字体：大 中 小】\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "主题分类：综合政务\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            // lines opened by the words of a portal's controls (format.yaml's portal) name other pages, not this one
            "上一篇：老城区人民政府2023年政府信息公开工作年度报告\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "您的位置：首页 - 政府信息公开年报 - 老城区人民政府2024年政府信息公开工作年度报告\\n"
                    + "老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "2025年1月20日\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "2025-01-20 10:30\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "索引号\\t11410100MB1234567X/2025-00012\\t发布机构\\t老城区人民政府办公室\\t主题分类\\t综合政务\\n"
                    + "老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "2024年政府信息公开工作年度报告\\n老城区人民政府|老城区人民政府|2024",
            "2024年政府信息公开工作年度报告\\n（青山县交通运输局）|青山县交通运输局|2024",
            "政府信息公开工作年度报告\\n老城区人民政府\\n（2024年度）|老城区人民政府|2024",
            "老城区人民政府政府信息公开工作年度报告\\n（2024年度）|老城区人民政府|2024",
            "老城区人民政府政府信息公开工作年度报告\\n（2024）|老城区人民政府|2024",
            "老城区人民政府政府信息公开工作年度报告\\n二〇二四年度|老城区人民政府|2024",
            "政府信息公开工作年度报告（2024年度）||2024",
            "老城区人民政府政府信息公开工作年度报告\\n2025年1月20日|老城区人民政府|",
            "2024年政府信息公开工作年度报告\\n发布机构：老城区人民政府办公室||2024",
            "2024年政府信息公开工作年度报告\\n本报告由老城区人民政府办公室编制。||2024",
            "目录\\n一、总体情况\\n二、主动公开政府信息情况\\n三、收到和处理政府信息公开申请情况\\n"
                    + "老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "目  录\\n一、总体情况……1\\n（一）主动公开……1\\n二、主动公开政府信息情况……2\\n三、收到和处理政府信息公开申请情况……3\\n"
                    + "\\n老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "目录\\n一、总体情况\\n二、主动公开政府信息情况\\n"
                    + "老城区人民政府2024年政府信息公开工作年度报告|老城区人民政府|2024",
            "一、总体情况\\n二、主动公开政府信息情况\\n老城区人民政府2024年政府信息公开工作年度报告||"})
    void readsTheBodyAndTheYearFromTheTitle(String title, String organization, Integer year) {
        Report report = reader.read(title.replace("\\n", "\n").replace("\\t", "\t") + "\n\n一、总体情况\n\n正文。\n");

        assertThat(report.organization()).isEqualTo(organization == null ? "" : organization);
        assertThat(report.year()).isEqualTo(year);
    }

    @org.junit.jupiter.api.Test
    void theLineUnderATitleThatGivesWhatItLacksIsPartOfTheTitleNotThePreamble() {
        Report report = reader.read("# 老城区人民政府政府信息公开工作年度报告\n（2024年度）\n\n本报告依据条例编制。\n\n一、总体情况\n\n正文。\n");

        assertThat(report.title()).isEqualTo("老城区人民政府政府信息公开工作年度报告 （2024年度）");
        assertThat(report.titleLine()).isEqualTo(1);
        assertThat(report.preamble().text()).isEqualTo("本报告依据条例编制。");
    }

    @org.junit.jupiter.api.Test
    void aFieldOfTheInformationBarIsNoPartOfTheTitleOnceFormatYamlNamesIt(@TempDir Path rules)
            throws IOException, FormatException {
        // a field no portal of the fixtures has: taken for the start of the title until the format names it
        String text = "服务对象：社会公众\n老城区人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n";
        assertThat(reader.read(text).organization()).isEqualTo("服务对象：社会公众老城区人民政府");

        Path formats = rules.resolve("formats");
        for (String format : List.of("2019", "2021")) {
            Path file = formats.resolve(format).resolve("format.yaml");
            Files.createDirectories(file.getParent());
            String yaml = Files.readString(TestRules.RULES.resolve("formats").resolve(format).resolve("format.yaml"));
            assertThat(yaml).contains("information_bar_fields: [日期,");
            Files.writeString(file, yaml.replace("information_bar_fields: [日期,", "information_bar_fields: [服务对象, 日期,"));
        }
        ReportReader edited = new ReportReader(FormatLoader.load(formats, rules),
                TestRules.checker().ruleSet().bodyNameEndings());

        Report report = edited.read(text);
        assertThat(report.organization()).isEqualTo("老城区人民政府");
        assertThat(report.titleLine()).isEqualTo(2);
    }

    @org.junit.jupiter.api.Test
    void aFirstParagraphThatIsNoTitleStaysInThePreamble() {
        Report report = reader.read("本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2024年1月1日至12月31日。\n\n一、总体情况\n\n正文。\n");

        assertThat(report.title()).isEmpty();
        assertThat(report.preamble().text()).contains("统计期限");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"四、政府信息公开行政复议、行政诉讼情况|s4", "## 第五部分 存在的主要问题及改进情况|s5"})
    void aHeadingOnTheFirstLineIsASectionNotATitle(String heading, String section) {
        Report report = reader.read(heading + "\n\n正文。\n");

        assertThat(report.title()).isEmpty();
        assertThat(report.sections()).extracting(s -> s.id()).containsExactly(section);
    }
}
