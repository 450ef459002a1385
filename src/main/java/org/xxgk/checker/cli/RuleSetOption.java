package org.xxgk.checker.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --rules} option shared by every command that needs a rule set. */
final class RuleSetOption {
    static final String ENVIRONMENT = "XXGK_RULES";

    @Option(names = "--rules", paramLabel = "DIR",
            description = "规则目录（默认：环境变量 " + ENVIRONMENT + "，否则当前目录下的 rules）")
    private Path rules;

    /** The rule directory: {@code --rules}, else {@code $XXGK_RULES}, else {@code rules}. */
    Path directory() {
        if (rules != null) {
            return rules;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "rules" : fromEnvironment);
    }
}
