package org.xxgk.checker.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.xxgk.checker.engine.RuleMetadata;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.format.FileProblem;

import java.util.List;
import java.util.TreeMap;

/** The JSON of the service's descriptive endpoints: health and the rule list (the table layouts: FormatsRenderer). */
final class ServiceJson {
    private ServiceJson() {
    }

    static JsonObject ruleSet(LiveRuleSet.Loaded loaded) {
        RuleSet ruleSet = loaded.checker().ruleSet();
        return new JsonObject()
                .put("path", ruleSet.directory().toString().replace('\\', '/'))
                .put("name", ruleSet.name())
                .put("version", ruleSet.version())
                .put("sha256", ruleSet.sha256())
                .put("rules", ruleSet.rules().size())
                .put("loadedAt", loaded.at().toString())
                .put("generation", loaded.generation());
    }

    /**
     * {@code /health}: STARTING until the first load, DOWN when no rule set ever compiled, DEGRADED when the
     * directory's latest change does not compile (the previous rule set still serves) or a rule of the set in service
     * broke while checking a report, else UP.
     */
    static JsonObject health(LiveRuleSet rules) {
        LiveRuleSet.Loaded loaded = rules.current();
        LiveRuleSet.Attempt attempt = rules.lastAttempt();
        List<LiveRuleSet.RunFailures.Failure> failures = loaded == null ? List.of() : loaded.failures().list();
        String status = attempt == null ? "STARTING"
                : loaded == null ? "DOWN"
                : attempt.succeeded() && failures.isEmpty() ? "UP" : "DEGRADED";
        JsonObject health = new JsonObject().put("status", status);
        if (loaded != null) {
            health.put("ruleSet", ruleSet(loaded));
        }
        if (attempt != null && !attempt.succeeded()) {
            health.put("problems", problems(attempt.problems()));
            health.put("problemsSince", attempt.at().toString());
        }
        if (!failures.isEmpty()) {
            JsonArray out = new JsonArray();
            failures.forEach(failure -> out.add(new JsonObject().put("message", failure.message())
                    .put("count", failure.count()).put("last", failure.last().toString())));
            health.put("failures", out);
        }
        return health;
    }

    private static JsonArray problems(List<FileProblem> problems) {
        JsonArray out = new JsonArray();
        for (FileProblem problem : problems) {
            out.add(new JsonObject()
                    .put("file", problem.file().toString().replace('\\', '/'))
                    .put("line", problem.line())
                    .put("column", problem.column())
                    .put("message", problem.message())
                    .put("text", problem.toString()));
        }
        return out;
    }

    static JsonObject rules(LiveRuleSet.Loaded loaded) {
        JsonArray rules = new JsonArray();
        for (RuleMetadata rule : loaded.checker().ruleSet().rules()) {
            rules.add(new JsonObject()
                    .put("id", rule.id())
                    .put("severity", rule.severity().name())
                    .put("title", rule.title())
                    .put("clause", rule.clause(loaded.checker().ruleSet().formats()))
                    .put("group", rule.group())
                    .put("file", rule.file().toString().replace('\\', '/')));
        }
        JsonArray profiles = new JsonArray();
        new TreeMap<>(loaded.checker().ruleSet().profiles()).forEach((id, profile) -> {
            JsonObject severity = new JsonObject();
            new TreeMap<>(profile.severities()).forEach((rule, level) -> severity.put(rule, level.name()));
            profiles.add(new JsonObject()
                    .put("id", id)
                    .put("name", profile.name())
                    .put("severity", severity)
                    .put("disabled", new JsonArray(profile.disabled().stream().sorted().toList())));
        });
        return new JsonObject().put("ruleSet", ruleSet(loaded)).put("rules", rules).put("profiles", profiles);
    }
}
