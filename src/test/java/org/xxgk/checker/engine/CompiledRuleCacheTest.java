package org.xxgk.checker.engine;

import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.Checker;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.conformance.Fixture;
import org.xxgk.checker.conformance.FixtureSuite;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CompiledRuleCacheTest {
    private static final Path WRONG_TOTAL = Path.of("fixtures/reports/2024-laocheng-wrong-total.txt");

    @TempDir
    Path work;

    private List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> file.toString().endsWith(".kpkg")).sorted().toList();
        }
    }

    private Path copyOfRules() throws IOException {
        Path rules = work.resolve("rules");
        FileUtils.copyDirectory(TestRules.RULES.toFile(), rules.toFile());
        return rules;
    }

    @Test
    void rulesTakenFromTheCacheGiveEveryFixtureExactlyItsExpectedFindings() throws Exception {
        CompiledRuleCache cache = CompiledRuleCache.in(work.resolve("cache"));
        RuleSet compiled = RuleSetLoader.load(TestRules.RULES, cache);
        Path entry = entries(work.resolve("cache")).get(0);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(0));

        RuleSet cached = RuleSetLoader.load(TestRules.RULES, cache);

        // the entry was read (a read marks it used), not compiled again beside it
        assertThat(entries(work.resolve("cache"))).containsExactly(entry);
        assertThat(Files.getLastModifiedTime(entry).toMillis()).isGreaterThan(0);
        assertThat(cached.rules()).map(RuleMetadata::id).isEqualTo(compiled.rules().stream().map(RuleMetadata::id).toList());
        Checker checker = Checker.of(cached);
        List<String> differences = new ArrayList<>();
        List<Fixture> fixtures = FixtureSuite.load(Path.of("fixtures/rules")).fixtures();
        for (Fixture fixture : fixtures) {
            FixtureSuite.run(checker, fixture).differences().forEach(difference -> differences.add(fixture.name() + ": " + difference));
        }
        assertThat(fixtures).hasSizeGreaterThan(150);
        assertThat(differences).isEmpty();
    }

    @Test
    void anEditedRuleIsCompiledAfreshAndADamagedEntryIsReplaced() throws Exception {
        Path rules = copyOfRules();
        Path cache = work.resolve("cache");
        RuleSetLoader.load(rules, CompiledRuleCache.in(cache));
        List<Path> before = entries(cache);
        Path rule = rules.resolve("arithmetic/ARI-04.drl");
        Files.writeString(rule, Files.readString(rule, StandardCharsets.UTF_8).replace("≠ 总计", "不等于总计"),
                StandardCharsets.UTF_8);

        Checker edited = Checker.of(RuleSetLoader.load(rules, CompiledRuleCache.in(cache)));
        List<Path> added = new ArrayList<>(entries(cache));
        added.removeAll(before);
        Path entry = added.get(0);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(whole, whole.length / 2));
        Checker repaired = Checker.of(RuleSetLoader.load(rules, CompiledRuleCache.in(cache)));
        Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        RuleSetLoader.load(rules, CompiledRuleCache.in(cache));

        assertThat(before).hasSize(1);
        assertThat(added).hasSize(1);
        assertThat(edited.check(WRONG_TOTAL).findings().get(0).message()).contains("8+4+12+0=24 不等于总计 25");
        assertThat(repaired.check(WRONG_TOTAL).findings().get(0).message()).contains("8+4+12+0=24 不等于总计 25");
        // rewritten whole: the next load read it
        assertThat(Files.getLastModifiedTime(entry).toMillis()).isGreaterThan(0);
        assertThat(entries(cache)).hasSize(2);
    }

    @Test
    void anEntryHoldingAnythingButCompiledRulesIsNotReadButReplaced() throws Exception {
        Path cache = work.resolve("cache");
        RuleSetLoader.load(TestRules.RULES, CompiledRuleCache.in(cache));
        Path entry = entries(cache).get(0);
        List<List<?>> foreign = List.of(List.of("no rules"), List.of(new java.awt.Point(1, 2)));
        for (List<?> content : foreign) {
            try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(entry))) {
                out.writeObject(new ArrayList<>(content));
            }
            Files.setLastModifiedTime(entry, FileTime.fromMillis(0));

            RuleSet rules = RuleSetLoader.load(TestRules.RULES, CompiledRuleCache.in(cache));

            assertThat(Checker.of(rules).check(WRONG_TOTAL).findings().get(0).ruleId()).isEqualTo("ARI-04");
            // written again (a read would only have marked it used): the next load reads compiled rules
            assertThat(CompiledRuleCache.in(cache).read(entry.getFileName().toString().replace(".kpkg", ""))).isPresent();
        }
    }

    @Test
    void anEntryChangedAfterItWasWrittenOrWrittenForOtherRulesIsNeverRun() throws Exception {
        Path rules = copyOfRules();
        Path cache = work.resolve("cache");
        RuleSetLoader.load(rules, CompiledRuleCache.in(cache));
        Path entry = entries(cache).get(0);
        byte[] whole = Files.readAllBytes(entry);
        // one character of the compiled rules changed, as a flipped bit does: ARI-04 would no longer report
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("ARI-04");
        Files.write(entry, text.replaceFirst("ARI-04", "ARI-05").getBytes(StandardCharsets.ISO_8859_1));

        Checker afterDamage = Checker.of(RuleSetLoader.load(rules, CompiledRuleCache.in(cache)));
        Path rule = rules.resolve("arithmetic/ARI-04.drl");
        String original = Files.readString(rule, StandardCharsets.UTF_8);
        Files.writeString(rule, original.replace("@severity(\"ERROR\")", "@severity(\"WARNING\")"), StandardCharsets.UTF_8);
        RuleSetLoader.load(rules, CompiledRuleCache.in(cache));
        Files.writeString(rule, original, StandardCharsets.UTF_8);
        // the entry of the edited rules put under the key of the original ones
        Path other = entries(cache).stream().filter(path -> !path.equals(entry)).findFirst().orElseThrow();
        Files.copy(other, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Checker afterSwap = Checker.of(RuleSetLoader.load(rules, CompiledRuleCache.in(cache)));

        for (Checker checker : List.of(afterDamage, afterSwap)) {
            assertThat(checker.check(WRONG_TOTAL).findings().get(0)).satisfies(finding -> {
                assertThat(finding.ruleId()).isEqualTo("ARI-04");
                assertThat(finding.severity()).isEqualTo(org.xxgk.checker.Severity.ERROR);
            });
        }
    }

    @Test
    void entriesAreReadableByOtherUsersAndWhatAKilledWriterLeftGoes() throws Exception {
        Path cache = Files.createDirectories(work.resolve("cache"));
        Path abandoned = Files.writeString(cache.resolve("abc.partial"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000L));
        Path writing = Files.writeString(cache.resolve("def.partial"), "being written");

        RuleSetLoader.load(TestRules.RULES, CompiledRuleCache.in(cache));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(entries(cache).get(0))))
                .isEqualTo("rw-r--r--");
        assertThat(abandoned).doesNotExist();
        assertThat(writing).exists();
    }

    @Test
    void aRuleSetForManyReportsIsCompiledAndKeptButNeverRead() throws Exception {
        Path cache = work.resolve("cache");

        RuleSetLoader.load(TestRules.RULES, CompiledRuleCache.in(cache).writeOnly());

        String key = entries(cache).get(0).getFileName().toString().replace(".kpkg", "");
        assertThat(CompiledRuleCache.in(cache).read(key)).isPresent();
        assertThat(CompiledRuleCache.in(cache).writeOnly().read(key)).isEmpty();
    }

    @Test
    void filesWhoseTextsJoinAlikeHaveKeysOfTheirOwn() {
        Path base = Path.of("/rules");
        String one = CompiledRuleCache.key(base, Map.of(base.resolve("a.drl"), "rule a\0b.drl\0rule b"));
        String two = CompiledRuleCache.key(base, Map.of(base.resolve("a.drl"), "rule a", base.resolve("b.drl"), "rule b"));

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void theEntriesUsedLeastRecentlyGoBeyondSixteen() throws Exception {
        Path cache = Files.createDirectories(work.resolve("cache"));
        for (int i = 0; i < 20; i++) {
            Path old = Files.writeString(cache.resolve("old-" + i + ".kpkg"), "");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path notAnEntry = Files.writeString(cache.resolve("notes.txt"), "");

        RuleSetLoader.load(TestRules.RULES, CompiledRuleCache.in(cache));

        List<String> kept = entries(cache).stream().map(entry -> entry.getFileName().toString()).toList();
        assertThat(kept).hasSize(16).doesNotContain("old-0.kpkg", "old-4.kpkg").contains("old-5.kpkg", "old-19.kpkg")
                .anyMatch(name -> name.matches("[0-9a-f]{64}\\.kpkg"));
        assertThat(notAnEntry).exists();
    }

    @Test
    void aCacheThatCannotBeWrittenIsPassedOver() throws Exception {
        Path blocked = Files.writeString(work.resolve("a-file"), "not a directory");

        RuleSet rules = RuleSetLoader.load(TestRules.RULES, CompiledRuleCache.in(blocked.resolve("cache")));

        assertThat(Checker.of(rules).check(WRONG_TOTAL).findings().get(0).ruleId()).isEqualTo("ARI-04");
        assertThat(Files.readString(blocked)).isEqualTo("not a directory");
    }

    @Test
    void theEnvironmentNamesTheCacheOrSwitchesItOff() {
        Path home = Path.of("/home/staff");

        assertThat(CompiledRuleCache.configured(Map.of(), home).directory()).contains(home.resolve(".cache/xxgk-checker"));
        assertThat(CompiledRuleCache.configured(Map.of("XDG_CACHE_HOME", "/var/cache/staff"), home).directory())
                .contains(Path.of("/var/cache/staff/xxgk-checker"));
        assertThat(CompiledRuleCache.configured(Map.of("XXGK_CACHE", "/srv/rules-cache", "XDG_CACHE_HOME", "/x"), home)
                .directory()).contains(Path.of("/srv/rules-cache"));
        assertThat(CompiledRuleCache.configured(Map.of("XXGK_CACHE", "OFF"), home).directory()).isEmpty();
    }
}
