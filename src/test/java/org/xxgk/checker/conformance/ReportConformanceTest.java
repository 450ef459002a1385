package org.xxgk.checker.conformance;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole reports under fixtures/reports give exactly the findings their .expected.json lists, of every rule. */
class ReportConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyReportGivesExactlyItsExpectedFindings() throws IOException {
        FixtureSuite suite = FixtureSuite.loadReports(Path.of("fixtures/reports"));
        assertThat(suite.fixtures()).extracting(Fixture::name).contains("2024-laocheng");
        return suite.fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(), fixture.file().toUri(),
                () -> assertThat(FixtureSuite.run(TestRules.checker(), fixture).differences()).isEmpty()));
    }
}
