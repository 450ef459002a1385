package org.xxgk.checker.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A progress bar on standard error for a person watching a long batch, redrawn in place a few times a second from
 * a thread of its own: {@code 检查年报 [############------------]  5120/10000  51%  180 份/秒  还需 0:27}.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private static final long REDRAW_MS = 200;

    private final PrintWriter err;
    private final int total;
    private final IntSupplier done;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private int drawn;

    private ProgressBar(PrintWriter err, int total, IntSupplier done) {
        this.err = err;
        this.total = total;
        this.done = done;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "xxgk-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts drawing; {@code done} tells how many of {@code total} are finished. */
    static ProgressBar start(PrintWriter err, int total, IntSupplier done) {
        ProgressBar bar = new ProgressBar(err, total, done);
        bar.timer.scheduleAtFixedRate(bar::draw, 0, REDRAW_MS, TimeUnit.MILLISECONDS);
        return bar;
    }

    /** Draws the final state and ends the line, so that what follows starts on a line of its own. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw();
        err.println();
        err.flush();
    }

    private synchronized void draw() {
        int finished = Math.min(done.getAsInt(), total);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? finished / seconds : 0;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * finished / total);
        String line = String.format(Locale.ROOT, "检查年报 [%s%s] %6d/%d %3d%%  %s 份/秒  还需 %s",
                "#".repeat(filled), "-".repeat(WIDTH - filled), finished, total,
                total == 0 ? 100 : (int) (100L * finished / total), rate >= 1 ? Long.toString(Math.round(rate)) : "-",
                rate > 0 ? clock((total - finished) / rate) : "-");
        // back to the start of the line, and blanks over whatever a longer line left
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
