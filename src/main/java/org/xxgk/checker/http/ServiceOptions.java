package org.xxgk.checker.http;

import org.xxgk.checker.ingest.ReportReader;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the HTTP service runs.
 *
 * @param host           the address to listen on
 * @param port           the port, 0 for any free one
 * @param rules          the rule directory, watched for changes
 * @param bodyLimit      the largest request body accepted, in bytes; larger ones get 413
 * @param checkThreads   worker threads that run checks (checks are CPU-bound: one per core)
 * @param maxPending     checks running or waiting at once; one more is answered 503 at once
 * @param reloadInterval how often the rule directory is looked at; a change is loaded once it has been still this long
 */
public record ServiceOptions(String host, int port, Path rules, long bodyLimit, int checkThreads, int maxPending,
                             Duration reloadInterval) {

    public ServiceOptions {
        if (bodyLimit <= 0 || checkThreads <= 0 || maxPending <= 0 || reloadInterval.isNegative() || reloadInterval.isZero()) {
            throw new IllegalArgumentException("body limit, threads, pending checks and reload interval must be positive");
        }
    }

    /** Port 8080 on every interface, a 10 MB body limit, a thread per core and 16 pending checks per thread. */
    public static ServiceOptions defaults(Path rules) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServiceOptions("0.0.0.0", 8080, rules, ReportReader.DEFAULT_MAX_BYTES, cores, 16 * cores,
                Duration.ofMillis(500));
    }

    public ServiceOptions withHost(String value) {
        return new ServiceOptions(value, port, rules, bodyLimit, checkThreads, maxPending, reloadInterval);
    }

    public ServiceOptions withPort(int value) {
        return new ServiceOptions(host, value, rules, bodyLimit, checkThreads, maxPending, reloadInterval);
    }

    public ServiceOptions withBodyLimit(long bytes) {
        return new ServiceOptions(host, port, rules, bytes, checkThreads, maxPending, reloadInterval);
    }

    public ServiceOptions withCheckThreads(int threads) {
        return new ServiceOptions(host, port, rules, bodyLimit, threads, maxPending, reloadInterval);
    }

    public ServiceOptions withMaxPending(int checks) {
        return new ServiceOptions(host, port, rules, bodyLimit, checkThreads, checks, reloadInterval);
    }

    public ServiceOptions withReloadInterval(Duration interval) {
        return new ServiceOptions(host, port, rules, bodyLimit, checkThreads, maxPending, interval);
    }
}
