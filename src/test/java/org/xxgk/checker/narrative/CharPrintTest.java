package org.xxgk.checker.narrative;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.ingest.ReportReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The prints that let topics and claims skip searching a sentence for a word it cannot hold. */
class CharPrintTest {

    @Test
    void aSentenceMayContainEveryWordItHoldsAndRulesOutMostItDoesNot() throws IOException {
        ReportReader reader = new ReportReader(TestRules.checker().ruleSet().formats());
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> reports = Files.list(Path.of("fixtures/reports"))) {
            for (Path report : reports.sorted().toList()) {
                Sentences.of(reader.read(report, ReportReader.DEFAULT_MAX_BYTES)).forEach(s -> sentences.add(s.normalized()));
            }
        }
        assertThat(sentences).hasSizeGreaterThan(100);

        int absent = 0;
        int ruledOut = 0;
        for (String sentence : sentences) {
            CharPrint print = CharPrint.of(sentence);
            for (int length = 1; length <= 4; length++) {
                for (int at = 0; at + length <= sentence.length(); at++) {
                    assertThat(print.mayContain(CharPrint.of(sentence.substring(at, at + length))))
                            .as("“%s” in “%s”", sentence.substring(at, at + length), sentence).isTrue();
                }
            }
            // two-character words of the other sentences, as the vocabulary's mostly are
            for (String other : sentences) {
                if (other.length() >= 2 && !sentence.contains(other.substring(0, 2))) {
                    absent++;
                    ruledOut += print.mayContain(CharPrint.of(other.substring(0, 2))) ? 0 : 1;
                }
            }
        }
        assertThat((double) ruledOut / absent).as("share of absent words ruled out").isGreaterThan(0.9);
    }
}
