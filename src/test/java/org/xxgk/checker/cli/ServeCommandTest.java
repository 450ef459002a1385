package org.xxgk.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} refuses to start without a usable rule set, as {@code check} does. */
class ServeCommandTest {

    @Test
    void aRuleSetThatCannotBeUsedStopsTheServiceWithExitCode2(@TempDir Path dir) {
        CheckCommandTest.Run run = CheckCommandTest.run("serve", "--host", "127.0.0.1", "--port", "0",
                "--rules", dir.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("xxgk-checker 服务：http://127.0.0.1:");
        assertThat(run.err()).contains("规则集无法使用，共 1 处问题", "规则目录不存在或不是目录");
    }

    @Test
    void refusesAPortOutOfRange() {
        CheckCommandTest.Run run = CheckCommandTest.run("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port 应在 0 到 65535 之间");
    }

    @Test
    void refusesABodyBudgetSmallerThanTwiceTheLargestBody() {
        // a gzip body of the largest size allowed is held with its decompressed bytes: with a budget of less than
        // twice the limit it would never fit, and be told to retry for ever
        CheckCommandTest.Run run = CheckCommandTest.run("serve", "--port", "0", "--max-body", "10", "--max-buffered", "15");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-buffered 不得小于 --max-body 的两倍");
    }
}
