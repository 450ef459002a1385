package org.xxgk.checker.conformance;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.engine.RuleMetadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/README.md is generated from the rules' metadata and fixtures, and must be regenerated when they change. */
class RuleCatalogueTest {

    @Test
    void theCatalogueIsUpToDateWithTheRules() throws IOException {
        Path fixtures = Path.of("fixtures/rules");
        String generated = new CatalogueWriter(TestRules.checker(), FixtureSuite.load(fixtures), fixtures).write();
        String committed = Files.readString(TestRules.RULES.resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(committed).as("rules/README.md is stale: run  java -jar target/xxgk-checker.jar rules doc")
                .isEqualTo(generated);
    }

    @Test
    void everyRuleIsDocumentedWithAnExampleWhereItFires() throws IOException {
        String catalogue = Files.readString(TestRules.RULES.resolve("README.md"), StandardCharsets.UTF_8);

        for (RuleMetadata rule : TestRules.checker().ruleSet().rules()) {
            String entry = catalogue.substring(catalogue.indexOf("### " + rule.id() + " "));
            entry = entry.substring(0, entry.indexOf("\n### ") < 0 ? entry.length() : entry.indexOf("\n### "));
            assertThat(entry).as(rule.id()).contains(rule.title(), rule.clause(TestRules.checker().ruleSet().formats()), "触发示例：", "不触发示例：", " → ");
        }
    }
}
