package org.xxgk.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code facts} does when its input, its rules or its output is not as it should be. */
class FactsCommandTest {
    private static final String SEED = "fixtures/reports/2024-laocheng.txt";

    @Test
    void aFileOverTheSizeLimitIsNamedAsSuchAndMaxSizeLetsItBeRead(@TempDir Path dir) throws IOException {
        Path large = dir.resolve("large.txt");
        Files.writeString(large, Files.readString(Path.of(SEED)) + "\n" + "。".repeat(4 * 1024 * 1024),
                StandardCharsets.UTF_8);

        CheckCommandTest.Run refused = CheckCommandTest.run("facts", "--text", large.toString());
        CheckCommandTest.Run read = CheckCommandTest.run("facts", "--text", "--max-size", "20", large.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("xxgk-checker: " + large + " 超过 10 MB 的大小上限（12.0 MB），可用 --max-size 放宽");
        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.out().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("    1  " + Files.readAllLines(Path.of(SEED)).get(0));
    }

    @Test
    void aMissingRuleDirectoryIsNamedEvenForTheText(@TempDir Path dir) {
        Path missing = dir.resolve("no-rules");

        CheckCommandTest.Run run = CheckCommandTest.run("facts", "--text", "--rules", missing.toString(), SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("xxgk-checker: 规则目录不存在或不是目录：" + missing);
    }

    @Test
    void anEmptyFileNameIsNoFolder() {
        CheckCommandTest.Run run = CheckCommandTest.run("facts", "--text", "");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("xxgk-checker: 找不到文件：（文件名为空）" + System.lineSeparator());
    }

    @Test
    void aReaderThatStopsReadingEndsTheCommandQuietly(@TempDir Path dir) throws IOException, InterruptedException {
        // far more lines than a pipe holds, so that writing goes on after the reader has gone
        Path lengthy = dir.resolve("long.txt");
        Files.writeString(lengthy, Files.readString(Path.of(SEED)) + "\n正文。".repeat(200_000), StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "facts", "--text", lengthy.toString()).start();

        String first = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)).readLine();
        process.getInputStream().close();

        assertThat(process.waitFor()).isZero();
        assertThat(first).isEqualTo("# " + lengthy + "（UTF-8）");
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void outputThatCannotBeWrittenFailsEveryCommand() {
        Writer full = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();

        String[][] commands = {{"facts", SEED}, {"facts", "--text", SEED}, {"check", SEED}, {"rules", "list"},
                {"--help"}, {"--version"}};
        for (String[] args : commands) {
            int code = Main.run(new PrintWriter(full), new PrintWriter(err, true), args);

            assertThat(code).as(String.join(" ", args)).isEqualTo(2);
        }
        assertThat(err.toString().lines()).hasSize(commands.length).containsOnly(Main.OUTPUT_FAILED);
    }
}
