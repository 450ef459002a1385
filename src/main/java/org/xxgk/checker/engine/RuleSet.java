package org.xxgk.checker.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.xxgk.checker.Finding;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.report.Report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A compiled rule set: the formats, the relation tables and the Drools rule base of one rule directory, with a
 * content hash that names it. Thread-safe: every check runs in a session of its own.
 */
public final class RuleSet {
    private final Path directory;
    private final String sha256;
    private final FormatCatalog formats;
    private final RelationTable relations;
    private final KieBase kieBase;
    private final List<RuleMetadata> rules;
    private final Map<String, RuleMetadata> rulesByName;

    RuleSet(Path directory, String sha256, FormatCatalog formats, RelationTable relations, KieBase kieBase,
            List<RuleMetadata> rules) {
        this.directory = directory;
        this.sha256 = sha256;
        this.formats = formats;
        this.relations = relations;
        this.kieBase = kieBase;
        this.rules = rules.stream().filter(distinctBy(RuleMetadata::id)).toList();
        this.rulesByName = rules.stream().collect(Collectors.toUnmodifiableMap(RuleMetadata::name, Function.identity()));
    }

    private static <T> java.util.function.Predicate<T> distinctBy(Function<T, String> key) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    /** The rule directory as it was given. */
    public Path directory() {
        return directory;
    }

    /** SHA-256 over the rule set's files, so that a verdict can be re-checked with exactly the same rules. */
    public String sha256() {
        return sha256;
    }

    public FormatCatalog formats() {
        return formats;
    }

    /** The rules that report findings, one entry per id (a file may hold several DRL rules of one id), by id. */
    public List<RuleMetadata> rules() {
        return rules;
    }

    /** Every relation of the relation tables evaluated on a report, holding or not: what the ARI rules match. */
    public List<SumCheck> sumChecks(Report report) {
        return relations.evaluate(report);
    }

    /**
     * Runs every rule over a report and returns the findings, most serious first.
     *
     * @throws RuleExecutionException when a rule fails on the report (a defect of the rule, not of the report)
     */
    public List<Finding> findings(Report report) {
        FindingCollector collector = new FindingCollector(rulesByName);
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("findings", collector);
            session.insert(report);
            report.tables().forEach(session::insert);
            report.sections().forEach(session::insert);
            session.insert(new Arithmetic(sumChecks(report)));
            session.fireAllRules();
        } catch (RuntimeException e) {
            throw new RuleExecutionException(e);
        } finally {
            session.dispose();
        }
        return collector.findings();
    }
}
