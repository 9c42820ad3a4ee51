package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The throttles' buckets in this JVM only: for their unit tests (one node, hours replayed in a
 * second). Bounded, so a flood of new keys costs neither memory nor time: at most {@link
 * #CAPACITY} failure buckets and as many leaky buckets, drained ones dropped once a minute (not on
 * every event); past the cap a new key pushes out one of the longest-unused few that holds
 * nothing worth keeping (failures still being waited out, a bucket still far from empty), so a
 * flood's own entries go before an attacker's count.
 */
final class MemoryThrottleStore implements ThrottleStore {

    static final int CAPACITY = 50_000;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /** How many of the longest-unused entries are looked at when one must go: constant work. */
    private static final int FAILURE_CANDIDATES = 64;
    private static final int PACE_CANDIDATES = 32;

    private final Clock clock;
    private final int capacity;
    /** Access order: the longest-unused first. */
    private final LinkedHashMap<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true);
    private final LinkedHashMap<String, Instant> emptyAt = new LinkedHashMap<>(16, 0.75f, true);
    private Instant nextFailureSweep;
    private Instant nextPaceSweep;

    MemoryThrottleStore(Clock clock) {
        this(clock, CAPACITY);
    }

    MemoryThrottleStore(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
        this.nextFailureSweep = clock.instant().plus(SWEEP_EVERY);
        this.nextPaceSweep = nextFailureSweep;
    }

    @Override
    public synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    @Override
    public synchronized Failures failures(String key) {
        return failures.get(key);
    }

    @Override
    public synchronized Failures peekFailures(String key) {
        return failures.get(key);
    }

    @Override
    public synchronized void putFailures(String key, Failures value, Predicate<Failures> held,
                                         Predicate<Failures> forgotten) {
        Instant now = clock.instant();
        if (!now.isBefore(nextFailureSweep)) {
            failures.values().removeIf(forgotten);
            nextFailureSweep = now.plus(SWEEP_EVERY);
        }
        if (!failures.containsKey(key) && failures.size() >= capacity) {
            evictFailures(held.negate());
        }
        failures.put(key, value);
    }

    /** The longest-unused entry that is not held; if the few looked at all are, the longest-unused. */
    private void evictFailures(Predicate<Failures> expendable) {
        Iterator<Map.Entry<String, Failures>> eldest = failures.entrySet().iterator();
        String first = null;
        for (int i = 0; i < FAILURE_CANDIDATES && eldest.hasNext(); i++) {
            Map.Entry<String, Failures> entry = eldest.next();
            if (first == null) {
                first = entry.getKey();
            }
            if (expendable.test(entry.getValue())) {
                eldest.remove();
                return;
            }
        }
        failures.remove(first);
    }

    @Override
    public synchronized Instant emptyAt(String key) {
        return emptyAt.get(key);
    }

    @Override
    public synchronized void putEmptyAt(String key, Instant at) {
        Instant now = clock.instant();
        if (!now.isBefore(nextPaceSweep)) {
            emptyAt.values().removeIf(empty -> !empty.isAfter(now));
            nextPaceSweep = now.plus(SWEEP_EVERY);
        }
        if (!emptyAt.containsKey(key) && emptyAt.size() >= capacity) {
            evictPace();
        }
        emptyAt.put(key, at);
    }

    /** Of the longest-unused few, the bucket that empties first holds the least worth keeping. */
    private void evictPace() {
        Iterator<Map.Entry<String, Instant>> eldest = emptyAt.entrySet().iterator();
        String victim = null;
        Instant soonest = null;
        for (int i = 0; i < PACE_CANDIDATES && eldest.hasNext(); i++) {
            Map.Entry<String, Instant> entry = eldest.next();
            if (soonest == null || entry.getValue().isBefore(soonest)) {
                victim = entry.getKey();
                soonest = entry.getValue();
            }
        }
        emptyAt.remove(victim);
    }

    @Override
    public synchronized void removeEmptyAt(String key) {
        emptyAt.remove(key);
    }

    @Override
    public synchronized int failureEntries() {
        return failures.size();
    }

    @Override
    public synchronized int paceEntries() {
        return emptyAt.size();
    }
}
