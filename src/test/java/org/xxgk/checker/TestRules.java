package org.xxgk.checker;

import org.xxgk.checker.engine.RuleSetException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own rule set and seed report, loaded once for all tests of a run. */
public final class TestRules {
    public static final Path RULES = Path.of("rules");
    public static final Path SEED = Path.of("fixtures/reports/2024-laocheng.txt");
    /** The seed with its narrative defects repaired: no finding above INFO, the base for one-defect variants. */
    public static final Path CLEAN = Path.of("fixtures/reports/2024-laocheng-repaired.txt");

    private static Checker checker;

    private TestRules() {
    }

    /** A checker over {@code rules/}; compiled on first use and shared, as a deployment would. */
    public static synchronized Checker checker() {
        if (checker == null) {
            try {
                checker = Checker.load(RULES);
            } catch (RuleSetException e) {
                throw new IllegalStateException("rules/ does not load: " + e.problems(), e);
            }
        }
        return checker;
    }

    /** The seed report's text. */
    public static String seed() {
        return read(SEED);
    }

    /** The repaired seed's text. */
    public static String clean() {
        return read(CLEAN);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
