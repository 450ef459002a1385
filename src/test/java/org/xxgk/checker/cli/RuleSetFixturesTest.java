package org.xxgk.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule set and its fixtures go together: {@code rules check} and {@code rules test} say which fixtures have no
 * rule and which files were not read as rules, and a copy of the rules never writes into the fixtures of the original.
 */
class RuleSetFixturesTest {
    @TempDir
    Path work;

    /** A copy of the rules as {@code work/<name>}, with a copy of the fixtures as {@code work/fixtures/<name>}. */
    private Path ruleSetWithFixtures(String name) throws IOException {
        Path rules = work.resolve(name);
        CheckCommandTest.copy(TestRules.RULES, rules);
        CheckCommandTest.copy(Path.of("fixtures/rules"), work.resolve("fixtures").resolve(name));
        return rules;
    }

    @Test
    void rulesTestCountsAFixtureFolderWithoutItsRuleApartFromTheRules() throws IOException {
        Path rules = ruleSetWithFixtures("rules");
        CheckCommandTest.copy(work.resolve("fixtures/rules/NAR-10"), work.resolve("fixtures/rules/NAR-11"));
        int size = TestRules.checker().ruleSet().rules().size();

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "test", rules.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("用例目录 NAR-11 对应的规则不在规则集中")
                .contains(size + " 条规则通过，0 条未通过；")
                .doesNotContain("没有触发", "✗ NAR-11");
    }

    @Test
    void rulesNewOnACopyWithoutFixturesOfItsOwnSaysToCopyThemAndWritesNothing() throws IOException {
        Path mine = work.resolve("我的规则");
        CheckCommandTest.copy(TestRules.RULES, mine);

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "new", "NAR-11", "--rules", mine.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(work.resolve("fixtures/我的规则").toString(), "cp -r fixtures/rules");
        assertThat(mine.resolve("narrative/NAR-11.drl")).doesNotExist();
        assertThat(work.resolve("fixtures")).doesNotExist();
    }

    @Test
    void rulesCheckNamesARuleFileSavedWithAnotherEndingInsteadOfPassing() throws IOException {
        Path rules = ruleSetWithFixtures("rules");
        Files.move(rules.resolve("narrative/NAR-06.drl"), rules.resolve("narrative/NAR-06.drl.txt"));

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("narrative/NAR-06.drl.txt: 文件名不以 .drl 结尾，其中的规则没有读取")
                .doesNotContain("用例目录 NAR-06");
    }

    @Test
    void rulesCheckFailsOnFixturesWhoseRuleIsGone() throws IOException {
        Path rules = ruleSetWithFixtures("rules");
        Files.delete(rules.resolve("narrative/NAR-06.drl"));

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("用例目录 NAR-06 对应的规则不在规则集中");
    }

    @Test
    void rulesCheckNotesABackupBesideItsRuleAndPasses() throws IOException {
        Path rules = ruleSetWithFixtures("rules");
        Files.copy(rules.resolve("arithmetic/ARI-04.drl"), rules.resolve("arithmetic/ARI-04.drl.bak"));

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("规则集可用", "arithmetic/ARI-04.drl.bak: 文件名不以 .drl 结尾，没有读取");
    }

    @Test
    void rulesCheckWithoutFixturesChecksTheRulesAndSaysWhatItLeftOut() throws IOException {
        Path rules = work.resolve("rules");
        CheckCommandTest.copy(TestRules.RULES, rules);

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("规则集可用", "未找到用例目录 " + work.resolve("fixtures/rules")
                + "，未检查每条规则是否有用例；可用 --fixtures 指定");
    }
}
