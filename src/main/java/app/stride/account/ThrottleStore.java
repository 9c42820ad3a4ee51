package app.stride.account;

import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where the sign-in and registration throttles keep their counts. In the database for the app
 * ({@link DatabaseThrottleStore}): every node of a cluster sees the same counts, so an attacker
 * gains nothing by being sent to another node. In memory ({@link MemoryThrottleStore}) for the
 * throttles' own unit tests, which replay hours of guessing in a second.
 *
 * <p>Two kinds of bucket: failure counts ({@link Failures}, per account and address or device)
 * and leaky buckets (the instant a key's bucket is empty again, per address). Whatever is read
 * and written inside {@link #atomically} is one step for every thread and every node: the step
 * that reads a count is sure its write is not lost to a concurrent guess.
 */
interface ThrottleStore {

    /** Failures since the bucket's last success, and when it last signed in (null: never, or forgotten). */
    record Failures(int failures, Instant lastFailure, Instant lastSuccess) {
        static final Failures NONE = new Failures(0, null, null);
    }

    /** Runs the work as one step against every other thread and node; it may run again after a conflict. */
    <T> T atomically(Supplier<T> work);

    /** The key's failures, or null; the store may lock the key (and make its row) for the step's write. */
    Failures failures(String key);

    /** The key's failures, or null, without locking or making anything: for a step that may write nothing. */
    Failures peekFailures(String key);

    /**
     * Keeps the key's failures. {@code held} says which failures a bounded store must not drop to
     * make room (dropping them would give a guesser a fresh start); {@code forgotten}, which it may
     * drop at any time.
     */
    void putFailures(String key, Failures failures, Predicate<Failures> held, Predicate<Failures> forgotten);

    /** When the key's leaky bucket is empty again, or null (empty). */
    Instant emptyAt(String key);

    void putEmptyAt(String key, Instant at);

    void removeEmptyAt(String key);

    /** How many failure buckets are kept. */
    int failureEntries();

    /** How many leaky buckets are kept. */
    int paceEntries();
}
