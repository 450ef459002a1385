package org.xxgk.checker;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.render.JsonRenderer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports damaged at random, as copying, converting and editing by hand damage them, each get a result (findings,
 * or why they cannot be read) and never an exception. The edits are drawn from a fixed seed, so a failure names a
 * mutant that can be made again.
 */
class MutatedReportsTest {
    private static final long SEED = 20261129L;
    private static final int MUTANTS = 1_500;
    /** What a table's text is made of, and some characters no report should hold. */
    private static final String PALETTE = "0123456789０１２３４５６７８９\t|｜ —/（）()一二三四五六七八九十、第.．\n\u3000%年月日元件项"
            + "：:，。-－总计合计其他※*\r\uFEFF\u00A0#【】<>&\u0000\uD800\u200B";
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void everyMutantOfTheBundledReportsGetsAResult() throws IOException {
        List<String> reports = new ArrayList<>();
        for (Path file : reportFiles()) {
            reports.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        Checker checker = TestRules.checker();
        JsonRenderer json = new JsonRenderer(checker.ruleSet());
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < MUTANTS; n++) {
            int report = random.nextInt(reports.size());
            List<String> edits = new ArrayList<>();
            byte[] mutant = mutate(reports.get(report), random, edits);
            try {
                json.entry(checker.check(mutant, "mutant", CheckOptions.DEFAULT));
            } catch (RuntimeException e) {
                failures.add("mutant " + n + " of report " + report + " " + edits + ": " + e);
            }
        }

        assertThat(failures).isEmpty();
    }

    /** The bundled example reports, as text and as web pages. */
    private static List<Path> reportFiles() throws IOException {
        try (Stream<Path> text = Files.list(Path.of("fixtures/reports"));
             Stream<Path> html = Files.list(Path.of("fixtures/reports-html"))) {
            return Stream.concat(text.filter(file -> file.toString().endsWith(".txt")),
                    html.filter(file -> file.toString().endsWith(".html"))).sorted().toList();
        }
    }

    /** One to six random edits of a report's text, then sometimes GB18030 instead of UTF-8, sometimes a byte broken. */
    private static byte[] mutate(String report, Random random, List<String> edits) {
        StringBuilder text = new StringBuilder(report);
        int count = 1 + random.nextInt(6);
        for (int e = 0; e < count && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            int lineStart = text.lastIndexOf("\n", at - 1) + 1;
            int lineEnd = text.indexOf("\n", at) < 0 ? text.length() : text.indexOf("\n", at);
            switch (random.nextInt(8)) {
                case 0 -> {
                    char c = PALETTE.charAt(random.nextInt(PALETTE.length()));
                    text.setCharAt(at, c);
                    edits.add("set " + at + " " + (int) c);
                }
                case 1 -> {
                    char c = PALETTE.charAt(random.nextInt(PALETTE.length()));
                    text.insert(at, c);
                    edits.add("insert " + at + " " + (int) c);
                }
                case 2 -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(40));
                    text.delete(at, end);
                    edits.add("delete " + at + "-" + end);
                }
                case 3 -> {
                    text.setLength(at);
                    edits.add("cut " + at);
                }
                case 4 -> {
                    text.insert(lineEnd, "\n" + text.substring(lineStart, lineEnd));
                    edits.add("repeat line at " + lineStart);
                }
                case 5 -> {
                    text.delete(lineStart, Math.min(text.length(), lineEnd + 1));
                    edits.add("drop line at " + lineStart);
                }
                case 6 -> {
                    if (lineEnd < text.length()) {
                        text.setCharAt(lineEnd, random.nextBoolean() ? '\t' : ' ');
                    }
                    edits.add("join line at " + lineStart);
                }
                default -> {
                    int from = random.nextInt(text.length());
                    String copied = text.substring(from, Math.min(text.length(), from + random.nextInt(300)));
                    text.insert(at, copied);
                    edits.add("copy " + from + "+" + copied.length() + " to " + at);
                }
            }
        }
        byte[] bytes = text.toString().getBytes(random.nextInt(10) == 0 ? GB18030 : StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(10) == 0) {
            int at = random.nextInt(bytes.length);
            bytes[at] = (byte) random.nextInt(256);
            edits.add("byte " + at);
        }
        return bytes;
    }
}
