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
        ReportReader reader = new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings());
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

    @Test
    void theRequiredPrintHoldsForEverySentenceThatMeetsAPatternsRequirements() throws IOException {
        ReportReader reader = new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings());
        TextVocabulary vocabulary = VocabularyLoader.load(Path.of("rules"), null, new ArrayList<>());
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> reports = Files.list(Path.of("fixtures/reports"))) {
            for (Path report : reports.sorted().toList()) {
                Sentences.of(reader.read(report, ReportReader.DEFAULT_MAX_BYTES)).forEach(s -> sentences.add(s.normalized()));
            }
        }
        int met = 0;
        int unmet = 0;
        int ruledOut = 0;
        for (ClaimSpec claim : vocabulary.claims()) {
            for (List<List<String>> requirements : claim.requirements()) {
                CharPrint required = CharPrint.required(requirements.stream()
                        .map(words -> words.stream().map(CharPrint::of).toArray(CharPrint[]::new))
                        .toArray(CharPrint[][]::new));
                for (String sentence : sentences) {
                    boolean meets = requirements.stream().allMatch(words -> words.stream().anyMatch(sentence::contains));
                    boolean may = CharPrint.of(sentence).mayContain(required);
                    if (meets) {
                        met++;
                        assertThat(may).as("%s in “%s”", requirements, sentence).isTrue();
                    } else {
                        unmet++;
                        ruledOut += may ? 0 : 1;
                    }
                }
            }
        }
        assertThat(met).isPositive();
        assertThat((double) ruledOut / unmet).as("share of sentences ruled out without looking at words").isGreaterThan(0.5);
    }

    @Test
    void aRequirementContributesOnlyTheCharactersAllItsWordsShare() {
        CharPrint required = CharPrint.required(new CharPrint[][] {
                {CharPrint.of("收到"), CharPrint.of("受理")}, {CharPrint.of("申请")}});
        assertThat(CharPrint.of("受理申请").mayContain(required)).isTrue();
        assertThat(CharPrint.of("收到申请").mayContain(required)).isTrue();
        assertThat(CharPrint.of("申请").mayContain(required)).as("neither 收到 nor 受理 has a character both share").isTrue();
        assertThat(CharPrint.of("收到来信").mayContain(required)).isFalse();
        assertThat(CharPrint.required(new CharPrint[0][])).isEqualTo(CharPrint.of(""));
    }
}
