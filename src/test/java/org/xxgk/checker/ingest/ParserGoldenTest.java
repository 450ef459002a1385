package org.xxgk.checker.ingest;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.render.FactsRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's golden files: each fixtures/parse/NAME.txt must read into exactly NAME.facts.json (every cell id,
 * value and place). After a deliberate parser change, review the difference and rewrite the golden file with
 * {@code xxgk-checker facts NAME.txt > NAME.facts.json}.
 */
class ParserGoldenTest {
    private static final Path GOLDEN = Path.of("fixtures/parse");

    @TestFactory
    Stream<DynamicTest> everySourceReadsIntoItsGoldenFacts() throws IOException {
        ReportReader reader = new ReportReader(TestRules.checker().ruleSet().formats(), TestRules.checker().ruleSet().bodyNameEndings());
        FactsRenderer facts = new FactsRenderer();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList().stream()
                    .map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
                        String name = source.getFileName().toString().replaceFirst("\\.txt$", "");
                        String expected = Files.readString(GOLDEN.resolve(name + ".facts.json"), StandardCharsets.UTF_8);
                        String actual = facts.render(reader.read(source, CheckOptions.DEFAULT.maxBytes()));
                        assertThat(actual).isEqualToIgnoringNewLines(expected);
                    }));
        }
    }
}
