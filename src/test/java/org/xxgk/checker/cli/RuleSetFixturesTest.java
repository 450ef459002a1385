package org.xxgk.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

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
    void rulesTestFailsARuleWithoutAFailFixtureAndBothCommandsNameTheMisnamedFiles() throws IOException {
        Path rules = ruleSetWithFixtures("rules");
        Path ari04 = work.resolve("fixtures/rules/ARI-04");
        // renamed without its fail- prefix, the rule's only fail fixture is no fixture
        Files.move(ari04.resolve("fail-review-total.txt"), ari04.resolve("wrong-total.txt"));
        Files.move(ari04.resolve("fail-review-total.expected.json"), ari04.resolve("wrong-total.expected.json"));
        Files.writeString(ari04.resolve("fail-gone.expected.json"), "{\"findings\": [{\"message\": \"表四\"}]}");
        // a new rule with no fixtures at all
        Files.writeString(rules.resolve("narrative/NAR-99.drl"),
                Files.readString(rules.resolve("narrative/NAR-10.drl")).replace("NAR-10", "NAR-99"));
        String misnamed = ari04.resolve("wrong-total.txt") + " 的文件名不以 pass- 或 fail- 开头，没有作为用例运行";
        String orphan = ari04.resolve("fail-gone.expected.json") + " 是预期结果文件，但旁边没有用例 fail-gone.*";

        CheckCommandTest.Run test = CheckCommandTest.run("rules", "test", rules.toString());
        CheckCommandTest.Run check = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.out()).contains("提示：" + misnamed, "提示：" + orphan)
                .containsPattern("✗ ARI-04    \\d+ 个用例都通过，但缺少触发用例（fail-\\*），应放在 "
                        + Pattern.quote(ari04.toString()))
                .contains("✗ NAR-99    缺少触发（fail-*）和不触发（pass-*）用例")
                .contains("条未通过；", "缺少用例的规则：ARI-04、NAR-99")
                .doesNotContain("wrong-total.expected.json");
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("提示：" + misnamed, "提示：" + orphan, "规则“ARI-04”缺少触发用例（fail-*）",
                "规则“NAR-99”缺少触发（fail-*）和不触发（pass-*）用例");
    }

    @Test
    void rulesCheckRefusesTheTemplatesTodoMetadataWhichRulesTestStillRuns() throws IOException {
        Path rules = ruleSetWithFixtures("rules");
        CheckCommandTest.run("rules", "new", "NAR-11", "--rules", rules.toString());

        CheckCommandTest.Run check = CheckCommandTest.run("rules", "check", rules.toString());
        CheckCommandTest.Run test = CheckCommandTest.run("rules", "test", rules.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("narrative/NAR-11.drl:13: 规则“NAR-11”的 @title 仍是模板中的“TODO 规则标题”")
                .contains("narrative/NAR-11.drl:14: 规则“NAR-11”的 @clause 仍是模板中的“TODO 依据的条款”")
                .doesNotContain("@message");
        assertThat(test.exitCode()).as(test.out()).isZero();
        assertThat(test.out()).contains("✓ NAR-11");
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
    void aRuleFileSavedWithAnotherEndingIsNamedBesideTheProblemsItCauses() throws IOException {
        Path rules = ruleSetWithFixtures("rules");
        // the profile disables META-07, which is no longer read: the load fails for it
        Files.move(rules.resolve("metadata/META-07.drl"), rules.resolve("metadata/META-07.drl.txt"));

        CheckCommandTest.Run run = CheckCommandTest.run("rules", "check", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsSubsequence("共 2 处问题",
                "profiles/example-province.yaml:9: 规则编号“META-07”不存在",
                "metadata/META-07.drl.txt: 文件名不以 .drl 结尾，其中的规则没有读取（请改名为 META-07.drl");
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
