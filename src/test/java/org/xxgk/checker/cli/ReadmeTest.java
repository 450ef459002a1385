package org.xxgk.checker.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README shows the exact output of its example: this keeps it true. */
class ReadmeTest {

    @Test
    void theReadmesExampleOutputIsWhatTheCheckerPrints() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String block = readme.substring(readme.indexOf("<!-- example-output -->"), readme.indexOf("<!-- /example-output -->"));
        String shown = block.substring(block.indexOf("```\n") + 4, block.lastIndexOf("```")).strip();

        CheckCommandTest.Run run = CheckCommandTest.run("check", "fixtures/reports/2024-laocheng-wrong-total.txt");

        assertThat(run.exitCode()).isEqualTo(1);
        // the rule set's hash changes with every rule edit; the README shows the one it was written with
        assertThat(withoutHash(run.out().strip())).isEqualTo(withoutHash(shown));
        assertThat(readme).contains("java -jar target/xxgk-checker.jar check fixtures/reports/2024-laocheng-wrong-total.txt");
    }

    private static String withoutHash(String text) {
        return text.replaceAll("sha256 [0-9a-f]{12}", "sha256 …");
    }
}
