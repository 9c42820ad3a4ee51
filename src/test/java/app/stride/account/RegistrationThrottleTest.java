package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The registration throttle with the settings Stride ships, on a clock the test moves. */
class RegistrationThrottleTest {

    private static final String SCHOOL = "198.51.100.1";
    private static final AccountInputException TAKEN =
            new AccountInputException("username", "account.error.username.taken");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final RegistrationThrottle throttle = new RegistrationThrottle(clock, 40, Duration.ofMinutes(2),
            10, Duration.ofSeconds(30), new MemoryThrottleStore(clock));

    @Test
    void submittingTakenNamesFromTheSchoolDoesNotStopClassmatesRegistering() {
        // the reviewer's attack: 40 submissions of a name that exists, from the school's address
        for (int i = 0; i < 40; i++) {
            if (throttle.begin(SCHOOL).isZero()) {
                throttle.refused(SCHOOL, TAKEN);
            }
        }
        long registered = 0;
        for (int i = 0; i < 30; i++) {
            if (throttle.begin(SCHOOL).isZero()) {
                registered++; // a free name: the account is made, the attempt stays counted
            }
        }
        assertThat(registered).isEqualTo(30);
    }

    @Test
    void theTakenAnswerIsPacedOnItsOwn() {
        long told = 0;
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.begin(SCHOOL)).as("submission %d", i).isZero();
            if (throttle.refused(SCHOOL, TAKEN).isZero()) {
                told++;
            }
        }
        assertThat(told).isEqualTo(10);
        Duration wait = throttle.refused(SCHOOL, begun(TAKEN));
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
        clock.advance(wait);
        assertThat(throttle.refused(SCHOOL, begun(TAKEN))).isZero();
    }

    @Test
    void otherRefusalsAreNotCounted() {
        AccountInputException weak = new AccountInputException("password", "account.error.password.common");
        for (int i = 0; i < 200; i++) {
            assertThat(throttle.begin(SCHOOL)).isZero();
            assertThat(throttle.refused(SCHOOL, weak)).isZero();
        }
    }

    @Test
    void registrationsBeyondTheBurstWaitForThePace() {
        for (int i = 0; i < 40; i++) {
            assertThat(throttle.begin(SCHOOL)).isZero();
        }
        assertThat(throttle.begin(SCHOOL)).isEqualTo(Duration.ofMinutes(2));
    }

    private AccountInputException begun(AccountInputException why) {
        assertThat(throttle.begin(SCHOOL)).isZero();
        return why;
    }
}
