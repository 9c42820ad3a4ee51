package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock a student out.
 *
 * <p>Per account and client address: a few free failures, then each failure makes that pair wait
 * twice as long as the last, up to {@code maxDelay}; a success from the pair starts it afresh.
 * Someone hammering an account from elsewhere therefore slows only themselves: the student's own
 * address has its own count. Per address: failures on any account (unknown names too) fill a
 * bucket with a generous burst; once it is full, the address may only try accounts that signed in
 * from it before at its pace, so a class behind one school address still signs in while a script
 * trying many names is slowed.
 *
 * <p>A classmate behind the same school address shares the student's (account, address) pair, so
 * a browser the account signed in from carries a device cookie ({@link DeviceCookies}): its
 * attempts count in a (account, device) bucket of their own, with the same growing delay, and are
 * held by neither the pair's nor the address's wait. Only attempts without one use those.
 *
 * <p>A login is counted as a failure before its password is checked ({@link #begin}) and forgiven
 * on success: parallel guesses cannot slip in before the first failure is recorded. In memory on
 * purpose: a restart forgiving everyone is harmless, and the login path stays free of writes.
 * Bounded: at most {@link #CAPACITY} pairs and as many devices; past that a new entry pushes out
 * one of the longest-unused that is not waiting out failures, so a flood of fresh pairs cannot
 * wipe an attacker's count.
 */
@Component
public class LoginThrottle {

    static final int CAPACITY = 50_000;
    /** 2^20 times the first delay is more than any sensible maximum: no overflow past it. */
    private static final int MAX_DOUBLINGS = 20;

    private final Clock clock;
    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Duration rememberSuccess;
    private final PaceKeeper addresses;
    private final Buckets pairs = new Buckets();
    private final Buckets devices = new Buckets();

    LoginThrottle(Clock clock,
                  @Value("${stride.login.free-failures}") int freeFailures,
                  @Value("${stride.login.first-delay}") Duration firstDelay,
                  @Value("${stride.login.max-delay}") Duration maxDelay,
                  @Value("${stride.login.forget-failures-after}") Duration forgetAfter,
                  @Value("${stride.login.address-burst}") int addressBurst,
                  @Value("${stride.login.address-pace}") Duration addressPace,
                  @Value("${stride.login.remember-success}") Duration rememberSuccess) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.rememberSuccess = rememberSuccess;
        this.addresses = new PaceKeeper(clock, addressBurst, addressPace);
        this.pairs.nextSweep = clock.instant().plus(Buckets.SWEEP_EVERY);
        this.devices.nextSweep = this.pairs.nextSweep;
    }

    /** Failures since the bucket's last success, and when it last signed in (null: never, or forgotten). */
    private record Pair(int failures, Instant lastFailure, Instant lastSuccess) {
    }

    /** {@link #begin(String, String, String)} from a browser without a device cookie for the account. */
    public Duration begin(String username, String remoteAddr) {
        return begin(username, remoteAddr, null);
    }

    /**
     * Before a password is checked: how long this account must wait from this address (or, with
     * {@code device}, the id of a verified device cookie for this account: from this device), or
     * zero, in which case the attempt is counted as a failure until {@link #succeeded} says otherwise.
     */
    public synchronized Duration begin(String username, String remoteAddr, String device) {
        Instant now = clock.instant();
        if (device != null) {
            String key = deviceKey(username, device);
            Pair bucket = current(devices.get(key), now);
            Duration wait = bucketWait(bucket, now);
            if (wait.isZero()) {
                devices.put(key, new Pair(bucket.failures() + 1, now, bucket.lastSuccess()), now, this::held);
            }
            return wait;
        }
        String address = ClientAddress.key(remoteAddr);
        String key = pairKey(username, address);
        Pair pair = current(pairs.get(key), now);
        Duration wait = bucketWait(pair, now);
        boolean known = pair.lastSuccess() != null;
        if (!known) {
            wait = max(wait, addresses.waitFor(address));
        }
        if (!wait.isZero()) {
            return wait;
        }
        pairs.put(key, new Pair(pair.failures() + 1, now, pair.lastSuccess()), now, this::held);
        addresses.add(address);
        return Duration.ZERO;
    }

    /** {@link #succeeded(String, String, String)} without a device cookie. */
    public void succeeded(String username, String remoteAddr) {
        succeeded(username, remoteAddr, null);
    }

    /**
     * The password was right: the attempt {@link #begin} counted was no failure. With a device only
     * the device's bucket is forgiven: the pair may be a classmate's guessing from the same address.
     */
    public synchronized void succeeded(String username, String remoteAddr, String device) {
        Instant now = clock.instant();
        if (device != null) {
            devices.put(deviceKey(username, device), new Pair(0, null, now), now, this::held);
            return;
        }
        String address = ClientAddress.key(remoteAddr);
        pairs.put(pairKey(username, address), new Pair(0, null, now), now, this::held);
        addresses.takeBack(address);
    }

    synchronized int entries() {
        return pairs.map.size() + devices.map.size();
    }

    int addressEntries() {
        return addresses.size();
    }

    private Pair current(Pair pair, Instant now) {
        if (pair == null) {
            return new Pair(0, null, null);
        }
        int failures = pair.lastFailure() != null && expired(pair.lastFailure(), forgetAfter, now) ? 0 : pair.failures();
        Instant success = pair.lastSuccess() != null && expired(pair.lastSuccess(), rememberSuccess, now)
                ? null : pair.lastSuccess();
        return new Pair(failures, pair.lastFailure(), success);
    }

    private Duration bucketWait(Pair pair, Instant now) {
        if (pair.failures() < freeFailures) {
            return Duration.ZERO;
        }
        Instant until = pair.lastFailure().plus(delayAfter(pair.failures()));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** The wait after the n-th failure in a row, n ≥ freeFailures: first delay, doubled each time. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - freeFailures, MAX_DOUBLINGS);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Still waiting out failures: dropping it would give its guesser a fresh start. */
    private boolean held(Pair pair, Instant now) {
        return current(pair, now).failures() >= freeFailures;
    }

    /** Nothing worth keeping: no failures to wait out, no success to remember. */
    private boolean forgotten(Pair pair, Instant now) {
        Pair left = current(pair, now);
        return left.failures() == 0 && left.lastSuccess() == null;
    }

    private static boolean expired(Instant at, Duration lifetime, Instant now) {
        return !at.plus(lifetime).isAfter(now);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pairKey(String username, String address) {
        return AccountService.normalizeUsername(username) + "@" + address;
    }

    private static String deviceKey(String username, String device) {
        return AccountService.normalizeUsername(username) + "#" + device;
    }

    /** How a bucket is judged at a given instant. */
    private interface Judge {
        boolean test(Pair pair, Instant now);
    }

    /** A size-capped map, longest-unused first; callers hold the throttle's lock. */
    private final class Buckets {

        static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
        /** How many of the longest-unused entries are looked at when one must go: constant work. */
        private static final int EVICTION_CANDIDATES = 64;

        final LinkedHashMap<String, Pair> map = new LinkedHashMap<>(16, 0.75f, true);
        Instant nextSweep;

        Pair get(String key) {
            return map.get(key);
        }

        void put(String key, Pair pair, Instant now, Judge held) {
            if (!now.isBefore(nextSweep)) {
                map.values().removeIf(p -> forgotten(p, now));
                nextSweep = now.plus(SWEEP_EVERY);
            }
            if (!map.containsKey(key) && map.size() >= CAPACITY) {
                evictOne(p -> !held.test(p, now));
            }
            map.put(key, pair);
        }

        /** The longest-unused entry that is not held; if the few looked at all are, the longest-unused. */
        private void evictOne(Predicate<Pair> expendable) {
            Iterator<Map.Entry<String, Pair>> eldest = map.entrySet().iterator();
            String first = null;
            for (int i = 0; i < EVICTION_CANDIDATES && eldest.hasNext(); i++) {
                Map.Entry<String, Pair> entry = eldest.next();
                if (first == null) {
                    first = entry.getKey();
                }
                if (expendable.test(entry.getValue())) {
                    eldest.remove();
                    return;
                }
            }
            map.remove(first);
        }
    }
}
