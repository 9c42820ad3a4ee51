package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Per key a burst of {@code burst} events, then one per {@code pace} (a leaky bucket, kept as the
 * instant the key's bucket is empty again). For counting per client address: a school's network
 * may spend its burst on a morning's typos without anyone noticing, while a script is slowed to
 * the pace.
 */
final class PaceKeeper {

    /** Above this many keys, drained ones are dropped, so a flood of addresses cannot grow memory. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final int burst;
    private final Duration pace;
    private final Map<String, Instant> emptyAt = new HashMap<>();

    PaceKeeper(Clock clock, int burst, Duration pace) {
        if (burst < 1 || pace.isNegative() || pace.isZero()) {
            throw new IllegalArgumentException("burst " + burst + " and pace " + pace + " must be positive");
        }
        this.clock = clock;
        this.burst = burst;
        this.pace = pace;
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
        emptyAt.put(key, start(key, now).plus(pace));
        if (emptyAt.size() > SWEEP_ABOVE) {
            emptyAt.values().removeIf(at -> !at.isAfter(now));
        }
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

    private Instant start(String key, Instant now) {
        Instant at = emptyAt.get(key);
        return at == null || at.isBefore(now) ? now : at;
    }
}
