package org.xxgk.checker.http;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing the rule directory of a running service: a compiling edit replaces the rules, a broken one does not. */
@ExtendWith(VertxExtension.class)
class RuleReloadTest {
    private static final String MUTANT = TestRules.seed().replace("\n8\t4\t12\t0\t24\t", "\n8\t4\t12\t0\t25\t");
    private static final Duration INTERVAL = Duration.ofMillis(200);

    @TempDir
    Path rules;
    private Path ari04;
    private String original;

    @BeforeEach
    void copyRules() throws IOException {
        try (Stream<Path> files = Files.walk(TestRules.RULES)) {
            for (Path source : files.toList()) {
                Path target = rules.resolve(TestRules.RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        ari04 = rules.resolve("arithmetic/ARI-04.drl");
        original = Files.readString(ari04, StandardCharsets.UTF_8);
        assertThat(original).contains("@severity(\"ERROR\")");
    }

    @Test
    void aCompilingEditReplacesTheRuleSetOnceItsWritesHaveSettled(Vertx vertx) throws Exception {
        try (ServiceClient http = ServiceClient.start(vertx, options())) {
            String sha = health(http).getJsonObject("ruleSet").getString("sha256");
            // `rules doc` regenerating the README changes no rule: nothing is reloaded
            Files.writeString(rules.resolve("README.md"), "# regenerated\n", StandardCharsets.UTF_8);
            Thread.sleep(3 * INTERVAL.toMillis());
            assertThat(health(http).getJsonObject("ruleSet").getInteger("generation")).isEqualTo(1);

            String warning = original.replace("@severity(\"ERROR\")", "@severity(\"WARNING\")");
            // Saves spread over three poll intervals: one reload, after the last of them.
            for (int i = 0; i < 30; i++) {
                Files.writeString(ari04, warning + "\n// save " + i + "\n", StandardCharsets.UTF_8);
                Thread.sleep(INTERVAL.toMillis() / 10);
            }

            JsonObject reloaded = awaitHealth(http, health -> health.getJsonObject("ruleSet").getInteger("generation") > 1);
            Thread.sleep(3 * INTERVAL.toMillis());
            JsonObject settled = health(http);
            JsonObject entry = http.postText("/api/v1/check", MUTANT).bodyAsJsonObject();

            assertThat(reloaded.getString("status")).isEqualTo("UP");
            assertThat(reloaded.getJsonObject("ruleSet").getString("sha256")).isNotEqualTo(sha);
            assertThat(settled.getJsonObject("ruleSet").getInteger("generation")).isEqualTo(2);
            assertThat(entry.getString("verdict")).isEqualTo("PASS");
            assertThat(entry.getJsonArray("findings").getJsonObject(0).getString("ruleId")).isEqualTo("ARI-04");
            assertThat(entry.getJsonArray("findings").getJsonObject(0).getString("severity")).isEqualTo("WARNING");
        }
    }

    @Test
    void aBrokenEditKeepsTheLastGoodRuleSetAndHealthNamesTheFileAndLine(Vertx vertx) throws Exception {
        try (ServiceClient http = ServiceClient.start(vertx, options())) {
            String sha = health(http).getJsonObject("ruleSet").getString("sha256");
            String broken = original.replaceFirst("\nwhen\n", "\nwhen\n    \\$oops : ]]] (\n");
            int brokenLine = lineOf(broken, "$oops");
            Files.writeString(ari04, broken, StandardCharsets.UTF_8);

            JsonObject degraded = awaitHealth(http, health -> health.getString("status").equals("DEGRADED"));
            JsonObject problem = degraded.getJsonArray("problems").getJsonObject(0);
            JsonObject entry = http.postText("/api/v1/check", MUTANT).bodyAsJsonObject();

            assertThat(problem.getString("file")).isEqualTo("arithmetic/ARI-04.drl");
            assertThat(problem.getInteger("line")).isEqualTo(brokenLine);
            assertThat(problem.getString("text")).startsWith("arithmetic/ARI-04.drl:" + brokenLine);
            assertThat(degraded.getJsonObject("ruleSet").getString("sha256")).isEqualTo(sha);
            assertThat(entry.getString("verdict")).isEqualTo("FAIL");
            assertThat(entry.getJsonArray("findings").getJsonObject(0).getString("severity")).isEqualTo("ERROR");

            Files.writeString(ari04, original, StandardCharsets.UTF_8);
            JsonObject repaired = awaitHealth(http, health -> health.getString("status").equals("UP"));
            assertThat(repaired.containsKey("problems")).isFalse();
            assertThat(repaired.getJsonObject("ruleSet").getInteger("generation")).isEqualTo(2);
        }
    }

    @Test
    void healthNamesEveryBrokenFileOfAnEditAtOnce(Vertx vertx) throws Exception {
        try (ServiceClient http = ServiceClient.start(vertx, options())) {
            Files.writeString(ari04, original.replaceFirst("\nwhen\n", "\nwhen\n    \\$oops : ]]] (\n"), StandardCharsets.UTF_8);
            Path profile = rules.resolve("profiles/example-province.yaml");
            Files.writeString(profile, Files.readString(profile, StandardCharsets.UTF_8)
                    .replace("NAR-05: ERROR", "NAR-05: SERIOUS"), StandardCharsets.UTF_8);
            Path ruleSet = rules.resolve("ruleset.yaml");
            Files.writeString(ruleSet, Files.readString(ruleSet, StandardCharsets.UTF_8)
                    .replace("\nversion:", "\nverison:"), StandardCharsets.UTF_8);

            // the watcher may load once before the last file is written: the load after it names all three
            JsonObject degraded = awaitHealth(http, health -> health.getString("status").equals("DEGRADED")
                    && health.getJsonArray("problems").encode().contains("ruleset.yaml"));
            List<JsonObject> problems = degraded.getJsonArray("problems").stream().map(JsonObject.class::cast).toList();

            assertThat(problems.stream().map(problem -> problem.getString("file")).distinct())
                    .containsExactly("arithmetic/ARI-04.drl", "profiles/example-province.yaml", "ruleset.yaml");
            assertThat(problems).extracting(problem -> problem.getString("text"))
                    .contains("profiles/example-province.yaml:7: 严重程度“SERIOUS”无效（应为 ERROR、WARNING 或 INFO）");
        }
    }

    @Test
    void aRuleThatBreaksWhileCheckingIsNamedAndHealthIsDegradedUntilTheRulesAreReloaded(Vertx vertx) throws Exception {
        try (ServiceClient http = ServiceClient.start(vertx, options())) {
            // compiles, but breaks on every check that reaches it
            Files.writeString(ari04, original.replace("SumCheck(rule == \"ARI-04\")",
                    "SumCheck(rule == \"ARI-04\", scope.substring(50).length() > 0)"), StandardCharsets.UTF_8);
            awaitHealth(http, health -> health.getJsonObject("ruleSet").getInteger("generation") == 2);

            var answer = http.postText("/api/v1/check", MUTANT);
            http.postText("/api/v1/check", MUTANT);
            JsonObject degraded = health(http);

            assertThat(answer.statusCode()).isEqualTo(500);
            assertThat(answer.bodyAsJsonObject().getString("error")).contains("arithmetic/ARI-04.drl", "ARI-04", "scope.substring(50)");
            assertThat(degraded.getString("status")).isEqualTo("DEGRADED");
            JsonObject failure = degraded.getJsonArray("failures").getJsonObject(0);
            assertThat(failure.getString("message")).contains("arithmetic/ARI-04.drl");
            assertThat(failure.getInteger("count")).isEqualTo(2);

            Files.writeString(ari04, original, StandardCharsets.UTF_8);
            JsonObject repaired = awaitHealth(http, health -> health.getString("status").equals("UP"));
            assertThat(repaired.containsKey("failures")).isFalse();
            assertThat(repaired.getJsonObject("ruleSet").getInteger("generation")).isEqualTo(3);
        }
    }

    private ServiceOptions options() {
        return ServiceOptions.defaults(rules).withReloadInterval(INTERVAL);
    }

    private static JsonObject health(ServiceClient http) {
        return http.get("/health").bodyAsJsonObject();
    }

    private static JsonObject awaitHealth(ServiceClient http, Predicate<JsonObject> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject health = health(http);
        while (!condition.test(health)) {
            assertThat(System.nanoTime()).as("health never became as expected; last: %s", health).isLessThan(deadline);
            Thread.sleep(50);
            health = health(http);
        }
        return health;
    }

    private static int lineOf(String text, String token) {
        return (int) text.substring(0, text.indexOf(token)).chars().filter(c -> c == '\n').count() + 1;
    }
}
