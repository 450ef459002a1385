package org.xxgk.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The five steps of README's 修改规则, as written there, on copies of the rules and fixtures. */
class PolicyStaffWalkthroughTest {

    @Test
    void theReadmesFiveStepsMakeAWorkingRule(@TempDir Path work) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Path inUse = work.resolve("rules");
        Path rules = work.resolve("我的规则");
        Path fixtures = work.resolve("fixtures/我的规则");
        CheckCommandTest.copy(TestRules.RULES, inUse);
        CheckCommandTest.copy(Path.of("fixtures/rules"), work.resolve("fixtures/rules"));

        // 第一步：复制一份规则目录和它的用例
        assertThat(readme).contains("cp -r rules 我的规则", "cp -r fixtures/rules fixtures/我的规则");
        CheckCommandTest.copy(inUse, rules);
        CheckCommandTest.copy(work.resolve("fixtures/rules"), fixtures);

        // 第二步：新建规则
        assertThat(readme).contains("rules new NAR-11 --rules 我的规则");
        CheckCommandTest.Run created = CheckCommandTest.run("rules", "new", "NAR-11", "--rules", rules.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        Path rule = rules.resolve("narrative/NAR-11.drl");
        assertThat(rule).exists();
        assertThat(fixtures.resolve("NAR-11/fail-example.txt")).exists();
        assertThat(work.resolve("fixtures/rules/NAR-11")).as("the fixtures of the rules in use").doesNotExist();

        // 第三步：修改规则, exactly the edit the README shows
        String before = codeAfter(readme, "<!-- policy-edit-before -->");
        String after = codeAfter(readme, "<!-- policy-edit-after -->");
        String text = Files.readString(rule, StandardCharsets.UTF_8);
        assertThat(text).contains(before);
        Files.writeString(rule, text.replace(before, after), StandardCharsets.UTF_8);

        // 第四步：校验和测试
        CheckCommandTest.Run check = CheckCommandTest.run("rules", "check", rules.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        CheckCommandTest.Run test = CheckCommandTest.run("rules", "test", rules.toString());
        assertThat(test.exitCode()).as(test.out()).isZero();
        assertThat(test.out()).contains("✓ NAR-11");

        // 第五步：看修改的影响，然后使用
        CheckCommandTest.Run diff = CheckCommandTest.run("rules", "diff", TestRules.RULES.toString(), rules.toString(),
                "fixtures/reports");
        assertThat(diff.exitCode()).isZero();
        assertThat(diff.out()).contains("+ [WARNING] NAR-11 第六部分只有24个字，内容过少").doesNotContain("\n- ");
        CheckCommandTest.Run used = CheckCommandTest.run("check", "--rules", rules.toString(), TestRules.SEED.toString());
        assertThat(used.out()).contains("NAR-11", "第六部分只有24个字");
    }

    /** The code block that follows a marker in the README, without its fence. */
    private static String codeAfter(String readme, String marker) {
        String rest = readme.substring(readme.indexOf(marker));
        int start = rest.indexOf("```\n") + 4;
        return rest.substring(start, rest.indexOf("\n```", start));
    }
}
