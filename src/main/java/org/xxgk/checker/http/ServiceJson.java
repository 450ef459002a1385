package org.xxgk.checker.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.xxgk.checker.engine.RuleMetadata;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.format.BlockSpec;
import org.xxgk.checker.format.ColumnSpec;
import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.format.RowSpec;
import org.xxgk.checker.format.SectionSpec;
import org.xxgk.checker.format.TableKind;
import org.xxgk.checker.format.TableLayout;

import java.util.List;
import java.util.TreeMap;

/** The JSON of the service's descriptive endpoints: health, the rule list and the table layouts. */
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
     * directory's latest change does not compile (the previous rule set still serves), else UP.
     */
    static JsonObject health(LiveRuleSet rules) {
        LiveRuleSet.Loaded loaded = rules.current();
        LiveRuleSet.Attempt attempt = rules.lastAttempt();
        String status = attempt == null ? "STARTING"
                : loaded == null ? "DOWN"
                : attempt.succeeded() ? "UP" : "DEGRADED";
        JsonObject health = new JsonObject().put("status", status);
        if (loaded != null) {
            health.put("ruleSet", ruleSet(loaded));
        }
        if (attempt != null && !attempt.succeeded()) {
            health.put("problems", problems(attempt.problems()));
            health.put("problemsSince", attempt.at().toString());
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
                    .put("clause", rule.clause())
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

    /** The formats with their table layouts, from which the page draws the tables as the format prints them. */
    static JsonObject formats(FormatCatalog catalog) {
        JsonArray formats = new JsonArray();
        for (FormatDefinition format : catalog.formats()) {
            JsonArray sections = new JsonArray();
            for (SectionSpec section : format.sections()) {
                sections.add(new JsonObject().put("id", section.id()).put("heading", section.heading()));
            }
            JsonArray tables = new JsonArray();
            for (TableLayout layout : format.tables()) {
                tables.add(layout(layout));
            }
            formats.add(new JsonObject()
                    .put("id", format.id())
                    .put("name", format.name())
                    .put("clause", format.clause())
                    .put("yearFrom", format.yearFrom())
                    .put("yearTo", format.yearTo())
                    .put("sections", sections)
                    .put("tables", tables));
        }
        return new JsonObject().put("formats", formats);
    }

    private static JsonObject layout(TableLayout layout) {
        JsonObject json = new JsonObject()
                .put("id", layout.id())
                .put("table", layout.table())
                .put("name", layout.name())
                .put("title", layout.title())
                .put("section", layout.sectionId())
                .put("kind", layout.kind().name());
        if (layout.kind() == TableKind.BLOCKS) {
            JsonArray blocks = new JsonArray();
            for (BlockSpec block : layout.blocks()) {
                blocks.add(new JsonObject().put("label", block.label())
                        .put("columns", columns(block.columns()))
                        .put("rows", rows(block.rows())));
            }
            json.put("blocks", blocks);
        } else {
            json.put("columns", columns(layout.columns())).put("rows", rows(layout.rows()));
        }
        return json;
    }

    private static JsonArray columns(List<ColumnSpec> columns) {
        JsonArray out = new JsonArray();
        for (ColumnSpec column : columns) {
            out.add(new JsonObject().put("id", column.id()).put("label", column.label())
                    .put("short", column.shortLabel()).put("group", column.group()));
        }
        return out;
    }

    private static JsonArray rows(List<RowSpec> rows) {
        JsonArray out = new JsonArray();
        for (RowSpec row : rows) {
            out.add(new JsonObject().put("id", row.id()).put("label", row.label())
                    .put("short", row.shortLabel()).put("groups", new JsonArray(row.groups())));
        }
        return out;
    }
}
