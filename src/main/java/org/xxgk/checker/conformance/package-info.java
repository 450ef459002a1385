/**
 * The rule fixtures as a conformance suite: {@code fixtures/rules/<ID>/pass-*.txt} must not make rule ID fire,
 * {@code fail-*.txt} must give exactly the findings of its {@code .expected.json}. The JUnit suite and
 * {@code rules test} both run it, so a rule is tested by adding files, never code.
 */
package org.xxgk.checker.conformance;
