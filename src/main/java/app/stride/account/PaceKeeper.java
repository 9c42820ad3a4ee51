package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Per key a burst of {@code burst} events, then one per {@code pace} (a leaky bucket, kept as the
 * instant the key's bucket is empty again). For counting per client address: a school's network
 * may spend its burst on a morning's typos without anyone noticing, while a script is slowed to
 * the pace. The buckets live in a {@link ThrottleStore} (the database: every node counts in the
 * same bucket), each keeper's under keys of its own {@code name}.
 */
final class PaceKeeper {

    private final Clock clock;
    private final int burst;
    private final Duration pace;
    private final ThrottleStore store;
    private final String name;

    /** A keeper of its own in memory, for one JVM. */
    PaceKeeper(Clock clock, int burst, Duration pace) {
        this(clock, burst, pace, new MemoryThrottleStore(clock), "pace");
    }

    PaceKeeper(Clock clock, int burst, Duration pace, ThrottleStore store, String name) {
        if (burst < 1 || pace.isNegative() || pace.isZero()) {
            throw new IllegalArgumentException("burst " + burst + " and pace " + pace + " must be positive");
        }
        this.clock = clock;
        this.burst = burst;
        this.pace = pace;
        this.store = store;
        this.name = name;
    }

    /** How long the key must wait before one more event fits; zero if it fits now. */
    Duration waitFor(String key) {
        return store.atomically(() -> waitForNow(key));
    }

    void add(String key) {
        store.atomically(() -> {
            addNow(key);
            return null;
        });
    }

    /** Counts one event if it fits now, and answers zero; otherwise how long the key must wait. */
    Duration tryAdd(String key) {
        return store.atomically(() -> {
            Duration wait = waitForNow(key);
            if (wait.isZero()) {
                addNow(key);
            }
            return wait;
        });
    }

    /** Takes back one event counted in advance that turned out not to count. */
    void takeBack(String key) {
        store.atomically(() -> {
            takeBackNow(key);
            return null;
        });
    }

    /** {@link #waitFor} as part of a caller's {@link ThrottleStore#atomically} step. */
    Duration waitForNow(String key) {
        Instant now = clock.instant();
        Instant full = start(key, now).plus(pace);
        Instant allowedFrom = full.minus(pace.multipliedBy(burst));
        return allowedFrom.isAfter(now) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }

    /** {@link #add} as part of a caller's step. */
    void addNow(String key) {
        store.putEmptyAt(stored(key), start(key, clock.instant()).plus(pace));
    }

    /** {@link #takeBack} as part of a caller's step. */
    void takeBackNow(String key) {
        Instant now = clock.instant();
        Instant at = store.emptyAt(stored(key));
        if (at != null) {
            Instant less = at.minus(pace);
            if (less.isAfter(now)) {
                store.putEmptyAt(stored(key), less);
            } else {
                store.removeEmptyAt(stored(key));
            }
        }
    }

    int size() {
        return store.paceEntries();
    }

    private Instant start(String key, Instant now) {
        Instant at = store.emptyAt(stored(key));
        return at == null || at.isBefore(now) ? now : at;
    }

    private String stored(String key) {
        return name + ":" + key;
    }
}
