package org.xxgk.checker.batch;

import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.Checker;
import org.xxgk.checker.engine.Sha256;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks many report files on a fixed number of threads and hands the outcomes over in the order of the files,
 * whatever order they finish in, so that every output is the same from run to run. Only a few outcomes per thread
 * are held at a time, however many files there are. A file that cannot be read, or whose check fails, becomes an
 * outcome that says why; it never stops the others.
 */
public final class BatchCheck {
    /** The path "-", which names standard input, as command-line tools take it. */
    public static final Path STANDARD_INPUT = Path.of("-");
    /** Outcomes done ahead of the one to be handed over next, per thread: enough to keep every thread busy. */
    private static final int AHEAD_PER_THREAD = 8;

    /** What to do with each file's outcome. */
    public interface Listener {
        /** On the thread that checked the file, at once: for work that runs in parallel (writing a report's pages). */
        default void checked(Outcome outcome) throws IOException {
        }

        /** On the caller's thread, in the order of the files. */
        void next(Outcome outcome) throws IOException;
    }

    private final Checker checker;
    private final CheckOptions options;
    private final int threads;
    private final AtomicInteger done = new AtomicInteger();

    public BatchCheck(Checker checker, CheckOptions options, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.checker = checker;
        this.options = options;
        this.threads = threads;
    }

    /** How many files have been checked so far, for a progress display on another thread. */
    public int done() {
        return done.get();
    }

    /**
     * Checks the files, each once.
     *
     * @param notChecked files of the list known beforehand not to be checkable, with why (a pipe found in a folder,
     *                   a file named that does not exist): they get their outcome in their place without being opened
     * @throws IOException when the listener fails (e.g. an output directory cannot be written): the run stops
     */
    public void run(List<Path> files, Map<Path, String> notChecked, Listener listener) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "xxgk-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Outcome>> pending = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (pending.size() < threads * AHEAD_PER_THREAD && next.hasNext()) {
                pending.add(submit(pool, next.next(), notChecked, listener));
            }
            while (!pending.isEmpty()) {
                Outcome outcome = outcome(pending.removeFirst());
                if (next.hasNext()) {
                    pending.add(submit(pool, next.next(), notChecked, listener));
                }
                listener.next(outcome);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<Outcome> submit(ExecutorService pool, Path file, Map<Path, String> notChecked, Listener listener) {
        return pool.submit(() -> {
            String why = notChecked.get(file);
            Outcome outcome = why == null ? check(file) : new Outcome.NotChecked(file.toString(), why);
            listener.checked(outcome);
            done.incrementAndGet();
            return outcome;
        });
    }

    private static Outcome outcome(Future<Outcome> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Outcome check(Path file) {
        String source = file.toString();
        if (file.equals(STANDARD_INPUT)) {
            try {
                // read no further than one byte past the size limit: more is reported as too large, as a file is
                byte[] bytes = System.in.readNBytes((int) Math.min(options.maxBytes() + 1, Integer.MAX_VALUE - 8));
                return bytes.length > options.maxBytes()
                        ? new Outcome.Checked(checker.check(new ByteArrayInputStream(bytes), source, options), null)
                        : new Outcome.Checked(checker.check(bytes, source, options), Sha256.hex(bytes));
            } catch (IOException e) {
                return new Outcome.NotChecked(source, reason(e));
            }
        }
        if (Files.isDirectory(file)) {
            // a folder the search could not open
            return new Outcome.NotChecked(source, "目录无法打开（" + (Files.isReadable(file) ? "无法列出其中的文件" : "没有读取权限")
                    + "），其中的文件未检查");
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > options.maxBytes()) {
                // too large: reported without being read; a device or a pipe: read only up to the limit
                return new Outcome.Checked(checker.check(file, options), null);
            }
            byte[] bytes = Files.readAllBytes(file);
            return new Outcome.Checked(checker.check(bytes, source, options), Sha256.hex(bytes));
        } catch (IOException e) {
            return new Outcome.NotChecked(source, reason(e));
        } catch (RuntimeException e) {
            // a rule that breaks on one report must not stop the others; the run still ends with exit code 2
            return new Outcome.NotChecked(source, "检查时出错：" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        } catch (StackOverflowError e) {
            // a pattern (of a rule, or of the reader) that recursed too deep on one text: that report alone is lost
            return new Outcome.NotChecked(source, "检查时出错：文本中有过长的结构，模式匹配超出栈深度（StackOverflowError）");
        }
    }

    /** Why a file could not be read, in words for a reviewer. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "文件不存在（可能在检查期间被移走或删除）";
        }
        if (e instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "无法读取（" + fs.getReason() + "）";
        }
        return "无法读取（" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "）";
    }

}
