package org.xxgk.checker.engine;

import org.kie.api.runtime.rule.ConsequenceException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule failed while running on a report: a defect of the rule set, reported with the rule's file and name and,
 * when a condition failed, the condition.
 */
public class RuleExecutionException extends RuntimeException {
    /** How Drools names a condition that failed: "Error evaluating constraint 'x' in [Rule "ARI-04" in /…/ARI-04.drl]". */
    private static final Pattern CONSTRAINT = Pattern.compile("Error evaluating constraint '(.*)' in \\[(.*)]", Pattern.DOTALL);
    /** The rules of one file a condition belongs to: Rule "STR-19", "STR-19 before 2021" in /…/STR-19.drl. */
    private static final Pattern RULE_IN_FILE = Pattern.compile("Rule ((?:\"[^\"]+\"(?:, )?)+) in ([^,\\]]+)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    /** How an {@code eval(…)} that failed is reported: its expression, without the rule it belongs to. */
    private static final Pattern EVAL = Pattern.compile("^(.+?) : \\[Error: ", Pattern.DOTALL);

    /**
     * @param directory the rule set's directory, against which files are named
     * @param rules     the rule set's rules by their DRL names, for their files
     */
    RuleExecutionException(RuntimeException cause, Path directory, Map<String, RuleMetadata> rules) {
        super(describe(cause, directory, rules), cause);
    }

    private static String describe(RuntimeException cause, Path directory, Map<String, RuleMetadata> rules) {
        // the rules of one id (STR-19 and "STR-19 before 2021") are named once
        Set<String> failing = new LinkedHashSet<>();
        String condition = null;
        for (Throwable link = cause; link != null; link = link.getCause() == link ? null : link.getCause()) {
            if (link instanceof ConsequenceException consequence && consequence.getRule() != null) {
                failing.add(named(consequence.getRule().getName(), null, directory, rules));
                break;
            }
            Matcher constraint = CONSTRAINT.matcher(String.valueOf(link.getMessage()));
            if (constraint.find()) {
                condition = constraint.group(1);
                // a condition shared by several rules names each of them
                Matcher rule = RULE_IN_FILE.matcher(constraint.group(2));
                while (rule.find()) {
                    for (Matcher name = QUOTED.matcher(rule.group(1)); name.find(); ) {
                        failing.add(named(name.group(1), rule.group(2).strip(), directory, rules));
                    }
                }
                break;
            }
            Matcher eval = EVAL.matcher(String.valueOf(link.getMessage()));
            if (eval.find()) {
                condition = "eval(" + eval.group(1).strip() + ")";
                failing.addAll(rulesWith(eval.group(1).strip(), directory, rules));
                break;
            }
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("");
        return (failing.isEmpty() ? "规则" : String.join("、", failing)) + "运行出错"
                // a condition spread over lines is shown on one
                + (condition == null ? "" : "（条件 " + condition.strip().replaceAll("\\s+", " ") + "）") + "：" + detail;
    }

    /**
     * The rules whose file holds an {@code eval} expression, for Drools does not say whose it was. Read only when a
     * rule has failed, so the files are read again rather than kept for every rule set.
     */
    private static Set<String> rulesWith(String expression, Path directory, Map<String, RuleMetadata> rules) {
        Set<String> named = new LinkedHashSet<>();
        for (RuleMetadata rule : rules.values()) {
            try {
                if (Files.readString(directory.resolve(rule.file()), StandardCharsets.UTF_8).contains(expression)) {
                    named.add(named(rule.name(), null, directory, rules));
                }
            } catch (IOException | RuntimeException e) {
                // a file changed or gone since the rule set was built cannot name its rule; the expression still shows
            }
        }
        return named;
    }

    /** "arithmetic/ARI-04.drl 规则“ARI-04”": the rule with its file, relative to the rule set where it can be. */
    private static String named(String rule, String file, Path directory, Map<String, RuleMetadata> rules) {
        RuleMetadata metadata = rules.get(rule);
        String where = metadata != null ? metadata.file().toString() : file == null ? null : relative(directory, file);
        return (where == null ? "" : where.replace('\\', '/') + " ") + "规则“" + (metadata != null ? metadata.id() : rule) + "”";
    }

    private static String relative(Path directory, String file) {
        try {
            Path dir = directory.toAbsolutePath().normalize();
            Path path = Path.of(file).toAbsolutePath().normalize();
            return path.startsWith(dir) ? dir.relativize(path).toString() : file;
        } catch (InvalidPathException e) {
            return file;
        }
    }
}
