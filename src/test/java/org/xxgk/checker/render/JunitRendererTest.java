package org.xxgk.checker.render;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Severity;
import org.xxgk.checker.TestRules;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** JUnit XML stays well-formed whatever a report or its file name holds. */
class JunitRendererTest {

    @Test
    void controlCharactersThatXmlCannotHoldBecomeReplacementCharacters() throws Exception {
        // a file name with a control character, as a careless export leaves them
        CheckResult result = TestRules.checker().check(TestRules.seed().getBytes(StandardCharsets.UTF_8),
                "年报\u0001第\u001F版.txt", CheckOptions.DEFAULT);
        StringWriter out = new StringWriter();

        ResultWriter junit = new JunitRenderer(Severity.ERROR).writer(out);
        junit.add(result);
        junit.notChecked("坏\u0000名.txt", "无法读取\uD800");
        junit.finish();

        String xml = out.toString();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(xml).contains("name=\"年报\uFFFD第\uFFFD版.txt\"", "name=\"坏\uFFFD名.txt\"", "无法读取\uFFFD")
                .doesNotContain("\u0001", "\u0000");
    }
}
