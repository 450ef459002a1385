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
 * @param maxBuffered    the bytes of request bodies held at once, being read or checked (a compressed one counts its
 *                       decompressed bytes too); a request they do not fit gets 503
 * @param checkThreads   worker threads that run checks (checks are CPU-bound: one per core)
 * @param maxPending     checks running or waiting at once; one more is answered 503 at once
 * @param reloadInterval how often the rule directory is looked at; a change is loaded once it has been still this long
 */
public record ServiceOptions(String host, int port, Path rules, long bodyLimit, long maxBuffered, int checkThreads,
                             int maxPending, Duration reloadInterval) {

    public ServiceOptions {
        if (bodyLimit <= 0 || maxBuffered <= 0 || checkThreads <= 0 || maxPending <= 0 || reloadInterval.isNegative()
                || reloadInterval.isZero()) {
            throw new IllegalArgumentException(
                    "body limit, buffered bytes, threads, pending checks and reload interval must be positive");
        }
    }

    /**
     * Port 8080 on every interface, a 10 MB body limit, bodies held at once up to a quarter of the heap (a check takes
     * about three times its body: bytes, decoded text, lines), a thread per core and 16 pending checks per thread.
     */
    public static ServiceOptions defaults(Path rules) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServiceOptions("0.0.0.0", 8080, rules, ReportReader.DEFAULT_MAX_BYTES,
                Runtime.getRuntime().maxMemory() / 4, cores, 16 * cores, Duration.ofMillis(500));
    }

    public ServiceOptions withHost(String value) {
        return new ServiceOptions(value, port, rules, bodyLimit, maxBuffered, checkThreads, maxPending, reloadInterval);
    }

    public ServiceOptions withPort(int value) {
        return new ServiceOptions(host, value, rules, bodyLimit, maxBuffered, checkThreads, maxPending, reloadInterval);
    }

    public ServiceOptions withBodyLimit(long bytes) {
        return new ServiceOptions(host, port, rules, bytes, maxBuffered, checkThreads, maxPending, reloadInterval);
    }

    public ServiceOptions withMaxBuffered(long bytes) {
        return new ServiceOptions(host, port, rules, bodyLimit, bytes, checkThreads, maxPending, reloadInterval);
    }

    public ServiceOptions withCheckThreads(int threads) {
        return new ServiceOptions(host, port, rules, bodyLimit, maxBuffered, threads, maxPending, reloadInterval);
    }

    public ServiceOptions withMaxPending(int checks) {
        return new ServiceOptions(host, port, rules, bodyLimit, maxBuffered, checkThreads, checks, reloadInterval);
    }

    public ServiceOptions withReloadInterval(Duration interval) {
        return new ServiceOptions(host, port, rules, bodyLimit, maxBuffered, checkThreads, maxPending, interval);
    }
}
