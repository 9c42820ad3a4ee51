package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
 * <p>A login is counted as a failure before its password is checked ({@link #begin}) and forgiven
 * on success: parallel guesses cannot slip in before the first failure is recorded. In memory on
 * purpose: a restart forgiving everyone is harmless, and the login path stays free of writes.
 */
@Component
public class LoginThrottle {

    private static final int SWEEP_ABOVE = 10_000;
    /** Past this many pairs still in use (a flood from very many addresses), strangers' failures go first. */
    private static final int HARD_LIMIT = 200_000;
    /** 2^20 times the first delay is more than any sensible maximum: no overflow past it. */
    private static final int MAX_DOUBLINGS = 20;

    private final Clock clock;
    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Duration rememberSuccess;
    private final PaceKeeper addresses;
    private final Map<String, Pair> pairs = new HashMap<>();

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
    }

    /** Failures since the pair's last success, and when it last signed in (null: never, or forgotten). */
    private record Pair(int failures, Instant lastFailure, Instant lastSuccess) {
    }

    /**
     * Before a password is checked: how long this account must wait from this address, or zero,
     * in which case the attempt is counted as a failure until {@link #succeeded} says otherwise.
     */
    public synchronized Duration begin(String username, String remoteAddr) {
        Instant now = clock.instant();
        String address = ClientAddress.key(remoteAddr);
        String key = pairKey(username, address);
        Pair pair = current(key, now);
        Duration wait = pairWait(pair, now);
        boolean known = pair.lastSuccess() != null;
        if (!known) {
            wait = max(wait, addresses.waitFor(address));
        }
        if (!wait.isZero()) {
            return wait;
        }
        pairs.put(key, new Pair(pair.failures() + 1, now, pair.lastSuccess()));
        addresses.add(address);
        sweep(now);
        return Duration.ZERO;
    }

    /** The password was right: the attempt {@link #begin} counted was no failure. */
    public synchronized void succeeded(String username, String remoteAddr) {
        String address = ClientAddress.key(remoteAddr);
        pairs.put(pairKey(username, address), new Pair(0, null, clock.instant()));
        addresses.takeBack(address);
    }

    private Pair current(String key, Instant now) {
        Pair pair = pairs.get(key);
        if (pair == null) {
            return new Pair(0, null, null);
        }
        int failures = pair.lastFailure() != null && expired(pair.lastFailure(), forgetAfter, now) ? 0 : pair.failures();
        Instant success = pair.lastSuccess() != null && expired(pair.lastSuccess(), rememberSuccess, now)
                ? null : pair.lastSuccess();
        return new Pair(failures, pair.lastFailure(), success);
    }

    private Duration pairWait(Pair pair, Instant now) {
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

    private void sweep(Instant now) {
        if (pairs.size() > SWEEP_ABOVE) {
            pairs.values().removeIf(p -> (p.lastFailure() == null || expired(p.lastFailure(), forgetAfter, now))
                    && (p.lastSuccess() == null || expired(p.lastSuccess(), rememberSuccess, now)));
        }
        if (pairs.size() > HARD_LIMIT) {
            pairs.values().removeIf(p -> p.lastSuccess() == null);
        }
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
}
