package org.xxgk.checker.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.xxgk.checker.Finding;
import org.xxgk.checker.PreviousReport;
import org.xxgk.checker.PreviousReports;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.narrative.NarrativeFacts;
import org.xxgk.checker.narrative.NarrativeReader;
import org.xxgk.checker.narrative.Publication;
import org.xxgk.checker.narrative.TextVocabulary;
import org.xxgk.checker.report.Report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final ClaimTable claims;
    private final NarrativeReader narrative;
    private final List<String> bodyNameEndings;
    /** Sessions are reset and reused rather than built per check: building one costs as much as running it. */
    private final KieSessionsPool sessions;
    private final List<RuleMetadata> rules;
    private final Map<String, RuleMetadata> rulesByName;
    private final Map<String, Profile> profiles;
    private final String name;
    private final String version;

    RuleSet(Path directory, String name, String version, String sha256, FormatCatalog formats, RelationTable relations,
            ClaimTable claims, TextVocabulary vocabulary, KieBase kieBase, List<RuleMetadata> rules,
            Map<String, Profile> profiles) {
        this.name = name;
        this.version = version;
        this.profiles = Map.copyOf(profiles);
        this.directory = directory;
        this.sha256 = sha256;
        this.formats = formats;
        this.relations = relations;
        this.claims = claims;
        this.narrative = new NarrativeReader(vocabulary);
        this.bodyNameEndings = vocabulary.bodyNameEndings();
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        // one entry per id; of several DRL rules with one id, the one named by the id itself speaks for it
        this.rules = rules.stream()
                .sorted(Comparator.comparing(RuleMetadata::id).thenComparing(rule -> !rule.name().equals(rule.id())))
                .filter(distinctBy(RuleMetadata::id)).toList();
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

    /** The rule set's name, from {@code ruleset.yaml}. */
    public String name() {
        return name;
    }

    /** The rule set's version, from {@code ruleset.yaml}. */
    public String version() {
        return version;
    }

    /** The deployment profiles of {@code profiles/}, by id (the file name). */
    public Map<String, Profile> profiles() {
        return profiles;
    }

    /** The ids of every rule that reports findings. */
    public java.util.Set<String> ruleIds() {
        return rules.stream().map(RuleMetadata::id).collect(Collectors.toUnmodifiableSet());
    }

    /** SHA-256 over the rule set's files, so that a verdict can be re-checked with exactly the same rules. */
    public String sha256() {
        return sha256;
    }

    /** How the names of the body types end ({@code text/bodies.yaml}), which the reader knows a body's name by. */
    public List<String> bodyNameEndings() {
        return bodyNameEndings;
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

    /** The facts of a report's prose, read with this rule set's vocabulary ({@code text/}). */
    public NarrativeFacts prose(Report report) {
        return narrative.read(report);
    }

    /** Runs every rule over a report, without a publication date but the one its page states. */
    public List<Finding> findings(Report report) {
        return findings(report, prose(report), null, Profile.NONE);
    }

    /** Runs every rule over a report without last year's report beside it. */
    public List<Finding> findings(Report report, NarrativeFacts prose, LocalDate published, Profile profile) {
        return findings(report, prose, published, PreviousReports.NONE.previousOf(report), profile);
    }

    /**
     * Runs every rule over a report and returns the findings, most serious first.
     *
     * @param prose     the facts of the report's prose ({@link #prose(Report)})
     * @param published the date the report was published, which wins over the one its page states; {@code null}
     *                  when not given
     * @param previous  last year's report of the same body, or why there is none
     * @param profile   the severities and switched-off rules of the deployment
     * @throws RuleExecutionException when a rule fails on the report (a defect of the rule, not of the report)
     */
    public List<Finding> findings(Report report, NarrativeFacts prose, LocalDate published, PreviousReport previous,
                                  Profile profile) {
        List<Object> facts = new ArrayList<>();
        facts.add(report);
        facts.add(Publication.of(published, report.statedPublication()));
        if (report.readable()) {
            facts.addAll(report.tables());
            facts.addAll(report.sections());
            facts.addAll(SectionPlacement.of(report.sections()));
            Arithmetic arithmetic = new Arithmetic(relations.evaluateUnsound(report));
            facts.add(arithmetic);
            // only the relations and claims that fail are facts: a sound report's checks cost the rules nothing
            facts.addAll(arithmetic.failures());
            if (arithmetic.failures().size() >= 2) {
                // failures may share one wrong cell; finding it needs the relations that hold as well
                facts.addAll(SuspectCell.among(relations.evaluate(report), report));
            }
            CrossYear acrossYears = relations.acrossYears(report, previous);
            facts.add(acrossYears);
            facts.addAll(acrossYears.failures());
            facts.addAll(acrossYears.gaps());
            facts.addAll(prose.topics());
            facts.addAll(prose.claims());
            facts.addAll(prose.dateRanges());
            facts.addAll(prose.malformedDates());
            facts.addAll(prose.citations());
            facts.add(prose.years());
            if (prose.body() != null) {
                facts.add(prose.body());
            }
            claims.evaluate(report, prose.claims()).stream().filter(check -> !check.holds()).forEach(facts::add);
        }
        FindingCollector collector = new FindingCollector(rulesByName, profile,
                // the findings cite the format in force for the report's year; without a year, the one it follows
                report.year() == null ? report.format() : formats.forYear(report.year()));
        StatelessKieSession session = sessions.newStatelessKieSession();
        session.setGlobal("findings", collector);
        try {
            session.execute(facts);
        } catch (RuntimeException e) {
            throw new RuleExecutionException(e, directory, rulesByName);
        }
        return collector.findings();
    }
}
