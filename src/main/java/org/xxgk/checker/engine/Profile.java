package org.xxgk.checker.engine;

import org.xxgk.checker.Severity;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a deployment adjusts the rule set without editing rules: rules raised or lowered to another severity, and
 * rules switched off, always by rule id ({@code rules/profiles/*.yaml}, or {@code check --skip} for one run).
 *
 * @param name       the profile's name
 * @param severities the severity each listed rule takes instead of its own
 * @param disabled   the rules that do not run
 */
public record Profile(String name, Map<String, Severity> severities, Set<String> disabled) {
    /** No adjustment: every rule as written. */
    public static final Profile NONE = new Profile("", Map.of(), Set.of());

    public Profile {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
    }

    /** This profile with more rules switched off: they are not reported. */
    public Profile skipping(Set<String> ruleIds) {
        if (ruleIds.isEmpty()) {
            return this;
        }
        Set<String> all = new HashSet<>(disabled);
        all.addAll(ruleIds);
        return new Profile(name, severities, all);
    }

    /** The severity a rule's findings take under this profile. */
    Severity severity(RuleMetadata rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }
}
