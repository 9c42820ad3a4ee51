package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per key a burst of {@code burst} events, then one per {@code pace} (a leaky bucket, kept as the
 * instant the key's bucket is empty again). For counting per client address: a school's network
 * may spend its burst on a morning's typos without anyone noticing, while a script is slowed to
 * the pace.
 *
 * <p>Bounded, so a flood from very many addresses costs neither memory nor time: at most
 * {@code capacity} keys, drained ones dropped once a minute (not on every event), and a new key
 * past the cap pushes out the least full of the longest-unused few, so the flood's own one-event
 * buckets go before an address that filled its bucket.
 */
final class PaceKeeper {

    static final int DEFAULT_CAPACITY = 50_000;
    /** How many of the longest-unused keys are weighed when one must go: constant work per event. */
    private static final int EVICTION_CANDIDATES = 32;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final int burst;
    private final Duration pace;
    private final int capacity;
    /** Access order: the longest-unused key first. */
    private final LinkedHashMap<String, Instant> emptyAt = new LinkedHashMap<>(16, 0.75f, true);
    private Instant nextSweep;

    PaceKeeper(Clock clock, int burst, Duration pace) {
        this(clock, burst, pace, DEFAULT_CAPACITY);
    }

    PaceKeeper(Clock clock, int burst, Duration pace, int capacity) {
        if (burst < 1 || pace.isNegative() || pace.isZero() || capacity < 1) {
            throw new IllegalArgumentException("burst " + burst + ", pace " + pace + " and capacity " + capacity
                    + " must be positive");
        }
        this.clock = clock;
        this.burst = burst;
        this.pace = pace;
        this.capacity = capacity;
        this.nextSweep = clock.instant().plus(SWEEP_EVERY);
    }

    /** How long the key must wait before one more event fits; zero if it fits now. */
    synchronized Duration waitFor(String key) {
        Instant now = clock.instant();
        Instant full = start(key, now).plus(pace);
        Instant allowedFrom = full.minus(pace.multipliedBy(burst));
        return allowedFrom.isAfter(now) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }

    synchronized void add(String key) {
        Instant now = clock.instant();
        Instant next = start(key, now).plus(pace);
        sweep(now);
        if (!emptyAt.containsKey(key) && emptyAt.size() >= capacity) {
            evictOne();
        }
        emptyAt.put(key, next);
    }

    /** Counts one event if it fits now, and answers zero; otherwise how long the key must wait. */
    synchronized Duration tryAdd(String key) {
        Duration wait = waitFor(key);
        if (wait.isZero()) {
            add(key);
        }
        return wait;
    }

    /** Takes back one event counted in advance that turned out not to count. */
    synchronized void takeBack(String key) {
        Instant now = clock.instant();
        Instant at = emptyAt.get(key);
        if (at != null) {
            Instant less = at.minus(pace);
            if (less.isAfter(now)) {
                emptyAt.put(key, less);
            } else {
                emptyAt.remove(key);
            }
        }
    }

    synchronized int size() {
        return emptyAt.size();
    }

    private Instant start(String key, Instant now) {
        Instant at = emptyAt.get(key);
        return at == null || at.isBefore(now) ? now : at;
    }

    private void sweep(Instant now) {
        if (!now.isBefore(nextSweep)) {
            emptyAt.values().removeIf(at -> !at.isAfter(now));
            nextSweep = now.plus(SWEEP_EVERY);
        }
    }

    /** Of the longest-unused few, the bucket that empties first holds the least worth keeping. */
    private void evictOne() {
        Iterator<Map.Entry<String, Instant>> eldest = emptyAt.entrySet().iterator();
        String victim = null;
        Instant soonest = null;
        for (int i = 0; i < EVICTION_CANDIDATES && eldest.hasNext(); i++) {
            Map.Entry<String, Instant> entry = eldest.next();
            if (soonest == null || entry.getValue().isBefore(soonest)) {
                victim = entry.getKey();
                soonest = entry.getValue();
            }
        }
        emptyAt.remove(victim);
    }
}
