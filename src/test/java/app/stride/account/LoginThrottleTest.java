package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 8, Duration.ofMinutes(1));

    @Test
    void fiveFailuresLockTheAccountForOneMinute() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
            assertThat(throttle.secondsLocked("alice", "10.0.0.1")).isZero();
        }
        throttle.recordFailure("alice", "10.0.0.1");
        assertThat(throttle.secondsLocked("alice", "10.0.0.1")).isEqualTo(60);
        // the lock is on the account: another address is refused as well
        assertThat(throttle.secondsLocked("ALICE", "10.0.0.2")).isEqualTo(60);

        clock.advance(Duration.ofSeconds(59).plusMillis(500));
        assertThat(throttle.secondsLocked("alice", "10.0.0.2")).isEqualTo(1);
        clock.advance(Duration.ofMillis(500));
        assertThat(throttle.secondsLocked("alice", "10.0.0.2")).isZero();
    }

    @Test
    void otherAccountsAreNotLockedByOnesFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("bob", "10.0.0.3");
        }
        assertThat(throttle.secondsLocked("carol", "10.0.0.4")).isZero();
    }

    @Test
    void oneAddressTryingManyAccountsIsLocked() {
        for (int i = 0; i < 8; i++) {
            throttle.recordFailure("user" + i, "192.0.2.7");
        }
        assertThat(throttle.secondsLocked("someone-else", "192.0.2.7")).isEqualTo(60);
        assertThat(throttle.secondsLocked("someone-else", "192.0.2.8")).isZero();
    }

    @Test
    void successForgivesTheAccountsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("dave", "10.0.0.5");
        }
        throttle.recordSuccess("dave");
        throttle.recordFailure("dave", "10.0.0.5");
        assertThat(throttle.secondsLocked("dave", "10.0.0.5")).isZero();
    }

    @Test
    void failuresOlderThanTheLockDurationAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("erin", "10.0.0.6");
        }
        clock.advance(Duration.ofMinutes(2));
        throttle.recordFailure("erin", "10.0.0.6");
        assertThat(throttle.secondsLocked("erin", "10.0.0.6")).isZero();
    }
}
