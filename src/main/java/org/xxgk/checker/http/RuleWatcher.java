package org.xxgk.checker.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import org.xxgk.checker.engine.RuleSetLoader;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Loads the rule set, then watches its directory and reloads it once a change has settled. Loads run one at a time
 * on a thread of their own, never on the event loop.
 *
 * <p>It polls a hash of the files' contents rather than using a {@code WatchService}: polling sees edits on bind
 * mounts and network file systems that deliver no events, needs no registration of new subfolders, and a burst of
 * writes (an editor's save, a {@code git pull}) becomes one reload because the hash must hold still for one interval.
 */
final class RuleWatcher {
    private final Vertx vertx;
    private final LiveRuleSet rules;
    private final long intervalMillis;
    private final WorkerExecutor loader;
    private volatile boolean stopped;
    private volatile long timer = -1;
    // Touched only by the tasks of the ordered single-thread executor.
    private String seen;
    private String loaded;

    RuleWatcher(Vertx vertx, LiveRuleSet rules, long intervalMillis) {
        this.vertx = vertx;
        this.rules = rules;
        this.intervalMillis = intervalMillis;
        this.loader = vertx.createSharedWorkerExecutor("xxgk-rules", 1);
    }

    /** Loads the rule set for the first time and starts watching; completes when that first load has finished. */
    Future<LiveRuleSet.Attempt> start() {
        return loader.executeBlocking(() -> {
            seen = fingerprint(rules.directory());
            loaded = seen;
            return rules.reload();
        }, true).onComplete(done -> schedule());
    }

    void stop() {
        stopped = true;
        vertx.cancelTimer(timer);
        loader.close();
    }

    private void schedule() {
        if (!stopped) {
            timer = vertx.setTimer(intervalMillis, id -> loader.executeBlocking(this::poll, true)
                    .onComplete(done -> schedule()));
        }
    }

    /** Reloads when the files differ from those last loaded and have not changed since the previous poll. */
    private Void poll() {
        String now = fingerprint(rules.directory());
        if (!now.equals(seen)) {
            seen = now;
        } else if (!now.equals(loaded)) {
            loaded = now;
            rules.reload();
        }
        return null;
    }

    /** The rule files' hash, or (when missing or a file vanished while it was read) a state compared like one. */
    private static String fingerprint(Path directory) {
        try {
            return RuleSetLoader.sha256(directory);
        } catch (UncheckedIOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
