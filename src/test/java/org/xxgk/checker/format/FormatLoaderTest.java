package org.xxgk.checker.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The words by which 表四 is read are format data: loaded from format.yaml, and a broken list named at its line. */
class FormatLoaderTest {
    private static final Path FORMATS = Path.of("rules/formats");

    @TempDir
    Path rules;

    @Test
    void loadsTableFoursWordsOfExtraLinesFromEachFormat() throws IOException, FormatException {
        FormatCatalog catalog = FormatLoader.load(copyOfFormats(), rules);

        for (FormatDefinition format : catalog.formats()) {
            ExtraLineWords words = format.layout("t4").orElseThrow().extraLineWords();
            assertThat(words.total()).as(format.id()).containsExactly("合计", "小计", "共计", "汇总");
            assertThat(words.remark()).as(format.id()).containsExactly("备注", "说明");
            assertThat(words.sum()).as(format.id()).containsExactly("总计", "累计", "总数");
            assertThat(words.group()).as(format.id()).containsExactly("复议", "诉讼", "起诉");
            assertThat(format.layout("t3").orElseThrow().extraLineWords()).isEqualTo(ExtraLineWords.NONE);
        }
    }

    @Test
    void namesAMissingOrBrokenListOfWordsWithItsFileAndLine() throws IOException {
        Path formats = copyOfFormats();
        Path file = formats.resolve("2021/format.yaml");
        edit(file, "    total_words: [合计, 小计, 共计, 汇总]\n", "");
        edit(file, "remark_words: [备注, 说明]", "remark_words: 备注");
        edit(file, "group_words: [复议, 诉讼, 起诉]", "group_words: [复议, \"\", 起诉]");
        // typed with a Chinese input method: one word that no report prints
        edit(file, "sum_words: [总计, 累计, 总数]", "sum_words: [总计，累计, 总数]");
        edit(file, "    header: [申请人情况, 本列数据的勾稽关系为]\n",
                "    header: [申请人情况, 本列数据的勾稽关系为]\n    sum_words: [总计]\n");
        List<String> lines = Files.readAllLines(file);

        FormatException thrown = catchThrowableOfType(() -> FormatLoader.load(formats, rules), FormatException.class);

        // the file is read as far as its value: a list written as one word stops it before the other problems
        assertThat(thrown.problems()).extracting(FileProblem::toString).singleElement().asString()
                .startsWith("formats/2021/format.yaml:" + lineOf(lines, "remark_words: 备注") + ":")
                .contains("格式定义文件无法解析：“remark_words”应为列表");

        edit(file, "remark_words: 备注", "remark_words: [备注, 说明]");
        thrown = catchThrowableOfType(() -> FormatLoader.load(formats, rules), FormatException.class);

        assertThat(thrown.problems()).extracting(FileProblem::toString).containsExactly(
                wordsRunTogether(lines, "sum_words: [总计，累计, 总数]", "总计", "累计"),
                "formats/2021/format.yaml:" + lineOf(lines, "sum_words: [总计]") + ": 表格 t3 按标签读取（kind: grid），"
                        + "不读“sum_words”：这个词表只用于按位置读取的表格（kind: positional）",
                "formats/2021/format.yaml:" + lineOf(lines, "- id: t4") + ": 表格 t4 缺少“total_words”：按位置读取的表格"
                        + "（kind: positional）须写明 total_words、remark_words、sum_words、group_words，不需要的写 []",
                "formats/2021/format.yaml:" + lineOf(lines, "group_words:") + ": 表格 t4 的“group_words”中有空的词："
                        + "空的词与任何标签都相符，请删去");
    }

    @Test
    void readsTheTotalWordsOfATableOfBlocksAndRefusesThemUnderAGrid() throws IOException, FormatException {
        Path formats = copyOfFormats();
        Path file = formats.resolve("2021/format.yaml");
        edit(file, "    total_words: [合计, 小计, 共计, 汇总, 总计]\n", "    total_words: [合计, \"\"]\n");
        edit(file, "    header: [申请人情况, 本列数据的勾稽关系为]\n",
                "    header: [申请人情况, 本列数据的勾稽关系为]\n    total_words: [合计]\n");
        List<String> lines = Files.readAllLines(file);

        FormatException thrown = catchThrowableOfType(() -> FormatLoader.load(formats, rules), FormatException.class);

        assertThat(thrown.problems()).extracting(FileProblem::toString).containsExactly(
                "formats/2021/format.yaml:" + lineOf(lines, "total_words: [合计, \"\"]") + ": 表格 t2 的“total_words”中有空的词："
                        + "空的词与任何标签都相符，请删去",
                "formats/2021/format.yaml:" + lineOf(lines, "total_words: [合计]") + ": 表格 t3 按标签读取（kind: grid），"
                        + "不读“total_words”：这个词表只用于按位置读取的表格（kind: positional）和分块的表格（kind: blocks）");

        edit(file, "    total_words: [合计, \"\"]\n", "");
        edit(file, "    total_words: [合计]\n", "");
        // a table of blocks may leave the list out: its rows printed in parts are then all summed
        assertThat(FormatLoader.load(formats, rules).byId("2021").orElseThrow().layout("t2").orElseThrow()
                .extraLineWords().total()).isEmpty();
    }

    @Test
    void namesTheLineOfAListWrittenAboveTheTablesId() throws IOException {
        Path formats = copyOfFormats();
        Path file = formats.resolve("2021/format.yaml");
        edit(file, "    group_words: [复议, 诉讼, 起诉]\n", "");
        edit(file, "  - id: t4\n", "  - group_words: [复议, \"\", 起诉]\n    id: t4\n");
        List<String> lines = Files.readAllLines(file);

        FormatException thrown = catchThrowableOfType(() -> FormatLoader.load(formats, rules), FormatException.class);

        assertThat(thrown.problems()).extracting(FileProblem::toString).containsExactly(
                "formats/2021/format.yaml:" + lineOf(lines, "- group_words:") + ": 表格 t4 的“group_words”中有空的词："
                        + "空的词与任何标签都相符，请删去");
    }

    @Test
    void takesAnEmptyListAsNoWords() throws IOException, FormatException {
        Path formats = copyOfFormats();
        edit(formats.resolve("2021/format.yaml"), "remark_words: [备注, 说明]", "remark_words: []");

        FormatCatalog catalog = FormatLoader.load(formats, rules);

        assertThat(catalog.newest().layout("t4").orElseThrow().extraLineWords().remark()).isEmpty();
    }

    @Test
    void loadsThePortalsWordsAndNamesABlankOrRunTogetherOneAtItsLine() throws IOException, FormatException {
        Path formats = copyOfFormats();
        PortalWords portal = FormatLoader.load(formats, rules).newest().portal();
        assertThat(portal.controls()).contains("当前位置", "分享到");
        assertThat(portal.isControl("当前位置：首页>政务公开")).isTrue();
        assertThat(portal.isControl("上一篇：2023年度报告")).isTrue();
        assertThat(portal.isControl("打印")).isTrue();
        assertThat(portal.isControl("打印机采购")).isFalse();
        assertThat(portal.statesPublication("PUBDATE")).isTrue();
        assertThat(portal.informationBarFields()).contains("索引号", "主题分类", "浏览次数");
        assertThat(portal.namesPart("top-Nav2 main")).isTrue();
        assertThat(portal.namesPart("font-size")).isTrue();
        assertThat(portal.namesPart("canvas font16 article-content")).isFalse();

        Path file = formats.resolve("2021/format.yaml");
        edit(file, "buttons: [打印, 关闭, 返回顶部, 收藏]", "buttons: [打印, \"\", 收藏]");
        edit(file, "neighbour_links: [上一篇, 下一篇]", "neighbour_links: [上一篇，下一篇]");
        List<String> lines = Files.readAllLines(file);

        FormatException thrown = catchThrowableOfType(() -> FormatLoader.load(formats, rules), FormatException.class);

        assertThat(thrown.problems()).extracting(FileProblem::toString).containsExactly(
                wordsRunTogether(lines, "neighbour_links: [上一篇，下一篇]", "上一篇", "下一篇"),
                "formats/2021/format.yaml:" + lineOf(lines, "buttons:") + ": portal 的“buttons”中有空的词：空的词与任何文字"
                        + "都相符，网页的每一段都会被当作网站的栏目去掉，请删去");
    }

    private Path copyOfFormats() throws IOException {
        Path formats = rules.resolve("formats");
        for (String format : List.of("2019", "2021")) {
            Files.createDirectories(formats.resolve(format));
            Files.copy(FORMATS.resolve(format).resolve("format.yaml"), formats.resolve(format).resolve("format.yaml"));
        }
        return formats;
    }

    private static void edit(Path file, String before, String after) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(before);
        Files.writeString(file, text.replace(before, after), StandardCharsets.UTF_8);
    }

    /** The problem of two words of a list joined by a Chinese comma on the line that holds {@code text}. */
    private static String wordsRunTogether(List<String> lines, String text, String first, String second) {
        int line = lineOf(lines, text);
        return "formats/2021/format.yaml:" + line + ":" + (lines.get(line - 1).indexOf(first + "，") + 1)
                + ": 列表项“" + first + "，" + second + "”中有中文逗号“，”：几个词语应使用英文逗号分隔，如 [" + first + ", "
                + second + "]（要查找的文字本身含有这个标点时，请给这一项加英文引号）";
    }

    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }
}
