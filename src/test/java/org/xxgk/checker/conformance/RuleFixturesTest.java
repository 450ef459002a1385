package org.xxgk.checker.conformance;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.engine.RuleMetadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every rule fixture under fixtures/rules: adding a rule means adding files, not test code. */
class RuleFixturesTest {
    private static final Path FIXTURES = Path.of("fixtures/rules");

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesExactlyItsExpectedFindings() throws IOException {
        FixtureSuite suite = FixtureSuite.load(FIXTURES);
        assertThat(suite.fixtures()).isNotEmpty();
        return suite.fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(), fixture.file().toUri(),
                () -> {
                    FixtureOutcome outcome = FixtureSuite.run(TestRules.checker(), fixture);
                    assertThat(outcome.differences()).as(fixture.name()).isEmpty();
                }));
    }

    @Test
    void everyRuleHasAFixtureWhereItFiresAndOneWhereItStaysQuiet() throws IOException {
        FixtureSuite suite = FixtureSuite.load(FIXTURES);
        List<String> ruleIds = TestRules.checker().ruleSet().rules().stream().map(RuleMetadata::id).toList();
        assertThat(suite.rulesWith(true)).as("rules with a fail-* fixture").containsAll(ruleIds);
        assertThat(suite.rulesWith(false)).as("rules with a pass-* fixture").containsAll(ruleIds);
        assertThat(ruleIds).as("fixture folders name existing rules")
                .containsAll(suite.ruleIds());
    }
}
