package org.xxgk.checker;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The library API: one checker, many checks, from a path, a string, bytes or a stream, on several threads. */
class CheckerTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String MUTANT = TestRules.clean().replace("\n8\t4\t12\t0\t24\t", "\n8\t4\t12\t0\t25\t");

    @Test
    void everyKindOfSourceGivesTheSameResult() throws IOException {
        byte[] bytes = MUTANT.getBytes(StandardCharsets.UTF_8);
        List<CheckResult> results = List.of(
                CHECKER.check(MUTANT, "string"),
                CHECKER.check(bytes, "bytes", CheckOptions.DEFAULT),
                CHECKER.check(new ByteArrayInputStream(bytes), "stream", CheckOptions.DEFAULT));

        assertThat(results).extracting(CheckResult::findings).containsOnly(results.get(0).findings());
        assertThat(results.get(0).findings()).extracting(Finding::ruleId).containsExactly("ARI-04", "XC-08", "META-08", "META-11",
                "NAR-03", "XC-01", "XC-02");
        assertThat(CHECKER.check(TestRules.SEED).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void checksFromManyThreadsAtOnceGiveTheSameFindingsAsOneByOne() throws Exception {
        List<String> reports = List.of(TestRules.clean(), MUTANT,
                TestRules.clean().replace("\t545\t0\t0\t0\t0\t0\t545\t", "\t546\t0\t0\t0\t0\t0\t545\t"),
                TestRules.clean().replace("\n(七) 总计", "\n小计\t\t1\t0\t0\t0\t0\t0\t1\n(七) 总计"));
        List<List<Finding>> expected = reports.stream().map(text -> CHECKER.check(text, "one").findings()).toList();
        assertThat(expected).extracting(List::size).containsExactly(5, 7, 8, 6);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int which = i % reports.size();
                runs.add(pool.submit(() -> CHECKER.check(reports.get(which), "many").findings().equals(expected.get(which))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
