package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address. After too many failures in a row
 * the key is locked until {@code lockDuration} after its last failure. In memory on purpose:
 * a restart forgiving everyone is harmless, and it keeps the login path free of writes.
 */
@Component
public class LoginThrottle {

    /** Above this many tracked keys, expired ones are swept so a flood cannot grow memory. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration lockDuration;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock,
                  @Value("${stride.login.max-failures-per-account:5}") int maxPerAccount,
                  @Value("${stride.login.max-failures-per-address:50}") int maxPerAddress,
                  @Value("${stride.login.lock-duration:1m}") Duration lockDuration) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.lockDuration = lockDuration;
    }

    private record Failures(int count, Instant last) {
    }

    /** Seconds until a login may be tried again for this account and address; 0 if now. */
    public long secondsLocked(String username, String address) {
        Instant now = clock.instant();
        return Math.max(remaining(accountKey(username), maxPerAccount, now),
                remaining(addressKey(address), maxPerAddress, now));
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        bump(accountKey(username), now);
        bump(addressKey(address), now);
        if (failures.size() > SWEEP_THRESHOLD) {
            failures.values().removeIf(f -> !f.last().plus(lockDuration).isAfter(now));
        }
    }

    public void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    private long remaining(String key, int max, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < max) {
            return 0;
        }
        Instant until = f.last().plus(lockDuration);
        if (!until.isAfter(now)) {
            return 0;
        }
        // round up, so "try again in 0 seconds" is never shown while still locked
        return (Duration.between(now, until).toMillis() + 999) / 1000;
    }

    private void bump(String key, Instant now) {
        failures.compute(key, (k, old) -> {
            boolean expired = old == null || !old.last().plus(lockDuration).isAfter(now);
            return new Failures(expired ? 1 : old.count() + 1, now);
        });
    }

    private static String accountKey(String username) {
        return "u:" + AccountService.normalizeUsername(username);
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "?" : address);
    }
}
