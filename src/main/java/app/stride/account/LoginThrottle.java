package app.stride.account;

import app.stride.account.ThrottleStore.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * on success: parallel guesses cannot slip in before the first failure is recorded. The counts
 * live in the database ({@link ThrottleStore}), read and written in one locked step: with several
 * nodes behind a load balancer every node sees every guess, and parallel guesses sent to
 * different nodes are counted one after the other.
 */
@Component
public class LoginThrottle {

    /** 2^20 times the first delay is more than any sensible maximum: no overflow past it. */
    private static final int MAX_DOUBLINGS = 20;

    private final Clock clock;
    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Duration rememberSuccess;
    private final ThrottleStore store;
    private final PaceKeeper addresses;

    LoginThrottle(Clock clock,
                  @Value("${stride.login.free-failures}") int freeFailures,
                  @Value("${stride.login.first-delay}") Duration firstDelay,
                  @Value("${stride.login.max-delay}") Duration maxDelay,
                  @Value("${stride.login.forget-failures-after}") Duration forgetAfter,
                  @Value("${stride.login.address-burst}") int addressBurst,
                  @Value("${stride.login.address-pace}") Duration addressPace,
                  @Value("${stride.login.remember-success}") Duration rememberSuccess,
                  ThrottleStore store) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.rememberSuccess = rememberSuccess;
        this.store = store;
        this.addresses = new PaceKeeper(clock, addressBurst, addressPace, store, "login-address");
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
    public Duration begin(String username, String remoteAddr, String device) {
        return store.atomically(() -> {
            Instant now = clock.instant();
            if (device != null) {
                String key = deviceKey(username, device);
                Failures bucket = current(store.failures(key), now);
                Duration wait = bucketWait(bucket, now);
                if (wait.isZero()) {
                    put(key, new Failures(bucket.failures() + 1, now, bucket.lastSuccess()), now);
                }
                return wait;
            }
            String address = ClientAddress.key(remoteAddr);
            String key = pairKey(username, address);
            // The address's bucket is locked first, in every step from an address (succeeded too):
            // one lock order, so no deadlock; and the pairs of an address change one step at a time.
            Duration addressWait = addresses.waitForNow(address);
            if (!addressWait.isZero() && store.peekFailures(key) == null) {
                // a name never tried from here while the address is held: nothing to count, so no
                // row is made, and a flood of names adds none
                return addressWait;
            }
            Failures pair = current(store.failures(key), now);
            Duration wait = bucketWait(pair, now);
            boolean known = pair.lastSuccess() != null;
            if (!known) {
                wait = max(wait, addressWait);
            }
            if (!wait.isZero()) {
                return wait;
            }
            put(key, new Failures(pair.failures() + 1, now, pair.lastSuccess()), now);
            addresses.addNow(address);
            return Duration.ZERO;
        });
    }

    /** {@link #succeeded(String, String, String)} without a device cookie. */
    public void succeeded(String username, String remoteAddr) {
        succeeded(username, remoteAddr, null);
    }

    /**
     * The password was right: the attempt {@link #begin} counted was no failure. With a device only
     * the device's bucket is forgiven: the pair may be a classmate's guessing from the same address.
     */
    public void succeeded(String username, String remoteAddr, String device) {
        store.atomically(() -> {
            Instant now = clock.instant();
            if (device != null) {
                put(deviceKey(username, device), new Failures(0, null, now), now);
                return null;
            }
            String address = ClientAddress.key(remoteAddr);
            addresses.takeBackNow(address); // the address first, as in begin
            put(pairKey(username, address), new Failures(0, null, now), now);
            return null;
        });
    }

    int entries() {
        return store.failureEntries();
    }

    int addressEntries() {
        return addresses.size();
    }

    /** What a bucket no longer holds: failures older than the forget time, a success older than the remember time. */
    Instant forgetFailuresBefore(Instant now) {
        return now.minus(forgetAfter);
    }

    Instant forgetSuccessesBefore(Instant now) {
        return now.minus(rememberSuccess);
    }

    private void put(String key, Failures failures, Instant now) {
        store.putFailures(key, failures, f -> held(f, now), f -> forgotten(f, now));
    }

    private Failures current(Failures pair, Instant now) {
        if (pair == null) {
            return Failures.NONE;
        }
        int failures = pair.lastFailure() != null && expired(pair.lastFailure(), forgetAfter, now) ? 0 : pair.failures();
        Instant success = pair.lastSuccess() != null && expired(pair.lastSuccess(), rememberSuccess, now)
                ? null : pair.lastSuccess();
        return new Failures(failures, pair.lastFailure(), success);
    }

    private Duration bucketWait(Failures pair, Instant now) {
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
    private boolean held(Failures pair, Instant now) {
        return current(pair, now).failures() >= freeFailures;
    }

    /** Nothing worth keeping: no failures to wait out, no success to remember. */
    private boolean forgotten(Failures pair, Instant now) {
        Failures left = current(pair, now);
        return left.failures() == 0 && left.lastSuccess() == null;
    }

    private static boolean expired(Instant at, Duration lifetime, Instant now) {
        return !at.plus(lifetime).isAfter(now);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pairKey(String username, String address) {
        return "pair:" + AccountService.normalizeUsername(username) + "@" + address;
    }

    private static String deviceKey(String username, String device) {
        return "device:" + AccountService.normalizeUsername(username) + "#" + device;
    }
}
