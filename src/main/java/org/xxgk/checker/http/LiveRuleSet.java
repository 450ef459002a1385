package org.xxgk.checker.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xxgk.checker.Checker;
import org.xxgk.checker.engine.RuleSetException;
import org.xxgk.checker.format.FileProblem;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set the service checks with. A reload compiles the directory into a new {@link Checker} and swaps it in
 * whole; a request holds the checker it started with, so checks in flight finish on the old rules. A rule set that
 * does not compile replaces nothing: the last good one goes on serving and its problems are kept for {@code /health}.
 */
public final class LiveRuleSet {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRuleSet.class);

    private final Path directory;
    private final AtomicReference<Loaded> current = new AtomicReference<>();
    private volatile Attempt lastAttempt;

    /**
     * A compiled rule set, when it was put in service, and the failures of its rules while running on reports: a
     * rule that compiles may still break on some report ("scope.substring(50)"), which only running shows.
     */
    public record Loaded(Checker checker, Instant at, int generation, RunFailures failures) {
        Loaded(Checker checker, Instant at, int generation) {
            this(checker, at, generation, new RunFailures());
        }
    }

    /** The distinct failures of a rule set's rules while running, each with how often and when last; a few kept. */
    public static final class RunFailures {
        /** Enough to name every broken rule of an edit; more would only repeat them for other reports. */
        private static final int KEPT = 20;

        /** A failure's message (the rule, its file and condition), how often it happened, and when last. */
        public record Failure(String message, int count, Instant last) {
        }

        private final Map<String, Failure> byMessage = new LinkedHashMap<>();

        synchronized void add(String message) {
            Failure known = byMessage.get(message);
            if (known != null || byMessage.size() < KEPT) {
                byMessage.put(message, new Failure(message, known == null ? 1 : known.count() + 1, Instant.now()));
            }
        }

        public synchronized List<Failure> list() {
            return List.copyOf(byMessage.values());
        }
    }

    /** The outcome of the latest load: no problems when it compiled. */
    public record Attempt(Instant at, List<FileProblem> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    public LiveRuleSet(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** The rule set in service, or {@code null} until one has compiled. */
    public Loaded current() {
        return current.get();
    }

    /** The latest load, or {@code null} before the first one has finished. */
    public Attempt lastAttempt() {
        return lastAttempt;
    }

    /** Compiles the directory and puts it in service if it compiles. Blocking: call it off the event loop. */
    synchronized Attempt reload() {
        Loaded previous = current.get();
        try {
            Checker checker = Checker.load(directory);
            Loaded loaded = new Loaded(checker, Instant.now(), previous == null ? 1 : previous.generation() + 1);
            current.set(loaded);
            lastAttempt = new Attempt(loaded.at(), List.of());
            LOG.info("规则集已{}：{}（{} {}），{} 条规则，sha256 {}", previous == null ? "加载" : "重新加载", directory,
                    checker.ruleSet().name(), checker.ruleSet().version(), checker.ruleSet().rules().size(),
                    checker.ruleSet().sha256());
        } catch (RuleSetException e) {
            lastAttempt = new Attempt(Instant.now(), e.problems());
            LOG.warn("规则集 {} 无法编译，{}：\n  {}", directory,
                    previous == null ? "服务没有可用的规则集" : "继续使用上一版规则集（sha256 "
                            + previous.checker().ruleSet().sha256() + "）",
                    String.join("\n  ", e.problems().stream().map(FileProblem::toString).toList()));
        } catch (RuntimeException e) {
            // A defect of the loader must not end the watch; the rule set in service goes on serving.
            lastAttempt = new Attempt(Instant.now(), List.of(new FileProblem(directory, 0, 0, "加载规则集时出错",
                    String.valueOf(e))));
            LOG.error("加载规则集 {} 时出错", directory, e);
        }
        return lastAttempt;
    }
}
