package org.xxgk.checker.conformance;

import java.util.List;

/**
 * What running a fixture showed.
 *
 * @param fixture     the fixture
 * @param differences how the findings differ from what the fixture expects; empty when it passed
 */
public record FixtureOutcome(Fixture fixture, List<String> differences) {

    public boolean passed() {
        return differences.isEmpty();
    }
}
