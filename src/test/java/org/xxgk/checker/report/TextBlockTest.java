package org.xxgk.checker.report;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.TestRules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TextBlock#find}: every match with the line it starts on, counted as a plain count of the line breaks before it. */
class TextBlockTest {

    @Test
    void eachMatchCarriesTheLineItStartsOn() {
        String text = "收到申请100余\n\n\n共5件，其中3件予以公开\n\n2024年办结7件\n末行9";
        TextBlock block = new TextBlock(text, 12, 18);

        for (String regex : List.of("\\d+", "[0-9]+[万千百]?余[ \\t　]*$", "\\n", "^", "件")) {
            assertThat(block.find(regex)).as(regex).extracting(TextMatch::line).containsExactlyElementsOf(plainLines(text, regex, 12));
        }
        assertThat(block.find("\\d+")).extracting(TextMatch::text).containsExactly("100", "5", "3", "2024", "7", "9");
        assertThat(block.find("\\d+").get(1).context()).isEqualTo("共5件，其中3件予以公开");
        // a match on the line break that ends a line stands on that line (it used to throw)
        assertThat(block.find("\\n").get(0).context()).isEqualTo("收到申请100余");
    }

    @Test
    void theSectionsOfTheSeedGiveTheLinesOfAPlainCount() {
        for (Section section : TestRules.checker().check(TestRules.seed(), "seed").report().sections()) {
            TextBlock body = section.body();
            assertThat(body.find("[0-9０-９]+")).extracting(TextMatch::line)
                    .containsExactlyElementsOf(plainLines(body.text(), "[0-9０-９]+", body.firstLine()));
        }
    }

    @Test
    void digitsAreCountedHalfAndFullWidth() {
        assertThat(new TextBlock("收到申请１２件\n办结3件", 1, 2).digits()).isEqualTo(3);
        assertThat(new TextBlock("存在重形式轻内容等现象。\n（二）下一步将加强培训。", 1, 2).digits()).isZero();
        // a figure written in words is no digit
        assertThat(new TextBlock("共十二件", 1, 1).digits()).isZero();
    }

    private static List<Integer> plainLines(String text, String regex, int firstLine) {
        Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        List<Integer> lines = new java.util.ArrayList<>();
        while (matcher.find()) {
            lines.add(firstLine + (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count());
        }
        return lines;
    }
}
