package org.xxgk.checker.render;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.Checker;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The text a person reads: each finding's line once, after its message unless the message names it. */
class TextRendererTest {
    private static final Checker CHECKER = TestRules.checker();

    @Test
    void aMessageThatNamesItsLinesIsNotFollowedByTheLineAgain() throws IOException {
        String appended = render("fixtures/rules/STR-02/fail-tables-in-an-appendix.txt");
        String overview = render("fixtures/rules/STR-21/fail-overview-heading.txt");

        assertThat(appended).contains("而是作为附表列在各部分之后（第32、50、82行）\n").doesNotContain("（第32行）");
        assertThat(overview).contains("报告结构沿用2008年条例时期格式（第5行“一、概述”）\n");
    }

    @Test
    void aMessageThatNamesAnotherLineIsStillFollowedByItsOwn() throws IOException {
        String repeated = render("fixtures/rules/STR-02/fail-section-six-repeated.txt");

        assertThat(repeated).containsPattern("重复出现，第41行再次出现（第[0-9]+行）\n");
    }

    private static String render(String file) throws IOException {
        StringWriter out = new StringWriter();
        new TextRenderer(CHECKER.ruleSet(), null).render(CHECKER.check(Path.of(file)),
                new PrintWriter(out));
        return out.toString();
    }
}
