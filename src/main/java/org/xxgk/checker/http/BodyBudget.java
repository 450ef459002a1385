package org.xxgk.checker.http;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies the service may hold at once. Each request claims the bytes it buffers (as sent, and a
 * compressed body's decompressed bytes too) as they arrive; a request the budget cannot cover is answered 503, and its
 * bytes return once the request has ended in any way and its check, if one started, has finished. Without this bound
 * many large uploads at once would be read in whole before any of them waits for a check slot, and could exhaust the heap.
 */
final class BodyBudget {
    private final long capacity;
    private final AtomicLong available;

    BodyBudget(long capacity) {
        this.capacity = capacity;
        this.available = new AtomicLong(capacity);
    }

    long capacity() {
        return capacity;
    }

    /** The bytes no request holds now. */
    long available() {
        return available.get();
    }

    /** A claim of no bytes yet, held by the request that opens it. */
    Claim claim() {
        return new Claim();
    }

    private boolean take(long bytes) {
        for (long left = available.get(); left >= bytes; left = available.get()) {
            if (available.compareAndSet(left, left - bytes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bytes one request holds. Its request and the check of its body each hold it; the bytes return when the last
     * lets go, so that a client gone mid-check frees nothing the check still reads.
     */
    final class Claim {
        private final AtomicInteger holders = new AtomicInteger(1);
        /** Read and written on the request's event loop only: the body's chunks, its end and the check's completion. */
        private long held;

        private Claim() {
        }

        /** Grows the claim to this many bytes in all; {@code false}, keeping what it had, when the budget lacks the rest. */
        boolean cover(long bytes) {
            if (bytes > held) {
                if (!take(bytes - held)) {
                    return false;
                }
                held = bytes;
            }
            return true;
        }

        /** One more holder: a check about to read the body on a worker. */
        void retain() {
            holders.incrementAndGet();
        }

        /** The holder is done; the last one returns the bytes to the budget. */
        void release() {
            if (holders.decrementAndGet() == 0) {
                available.addAndGet(held);
                held = 0;
            }
        }
    }
}
