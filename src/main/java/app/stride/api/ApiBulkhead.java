package app.stride.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * How many large API requests run at once. Each request's work is bounded by {@link WorkBudget},
 * but two hundred at once (Tomcat's threads) would not be: a 1 MiB body is a JSON tree of up to
 * 40 MB, and two hundred of them exhaust the heap. So large bodies and heavy runs each wait for
 * one of a few lanes, at most a second; a request that finds no lane free is told to come back
 * (429), while small requests (students' pages, a probe, a teacher's script) never wait at all.
 */
@Component
class ApiBulkhead {

    /** A body above this many bytes (or of unknown length) needs a lane before it is read. */
    static final long LARGE_BODY = 64 * 1024;
    /** A run above this many multiply-adds or output values needs a lane. */
    static final long HEAVY_WORK = 1_000_000;
    static final long HEAVY_OUTPUT = 10_000;
    private static final long WAIT_MS = 1_000;

    private final Semaphore bodies;
    private final Semaphore runs;

    ApiBulkhead() {
        int lanes = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        bodies = new Semaphore(lanes, true);
        runs = new Semaphore(lanes, true);
    }

    /** Takes a body lane when the body is large; false when none came free in time. */
    boolean enterBody(long contentLength, boolean chunked) {
        return !(contentLength > LARGE_BODY || chunked) || acquire(bodies);
    }

    void leaveBody(long contentLength, boolean chunked) {
        if (contentLength > LARGE_BODY || chunked) {
            bodies.release();
        }
    }

    /** Runs {@code op}, in a lane when its budget says it is heavy. */
    <T> T run(long outputValues, long work, Supplier<T> op) {
        if (outputValues <= HEAVY_OUTPUT && work <= HEAVY_WORK) {
            return op.get();
        }
        if (!acquire(runs)) {
            throw new ApiBusyException();
        }
        try {
            return op.get();
        } finally {
            runs.release();
        }
    }

    private static boolean acquire(Semaphore lanes) {
        try {
            return lanes.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** No lane came free in time: the caller should try again in a moment. */
    static final class ApiBusyException extends RuntimeException {

        static final String MESSAGE = "The server is busy with other large API requests; try again in a second.";

        ApiBusyException() {
            super(MESSAGE);
        }
    }
}
