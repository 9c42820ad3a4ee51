package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

/**
 * The throttle with the settings Stride ships (application.properties), on a clock the test moves,
 * its buckets in memory (hours of guessing in a second); {@link DatabaseThrottleTest} runs it on the
 * database the app uses.
 */
class LoginThrottleTest {

    private static final String STUDENT_HOME = "10.0.0.7";
    private static final String ATTACKER = "203.0.113.9";
    private static final String SCHOOL = "198.51.100.1";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final LoginThrottle throttle = shipped(clock);

    @Test
    void theStudentsOwnAddressGetsInWhileAnotherAddressHammersTheAccount() {
        int guesses = guessAsFastAsAllowed("alice", ATTACKER, Duration.ofMinutes(30)).size();
        assertThat(guesses).isGreaterThan(4);
        throttle.begin("alice", ATTACKER); // one more guess, if it is allowed just now
        assertThat(throttle.begin("alice", ATTACKER)).isPositive();

        assertThat(throttle.begin("ALICE", STUDENT_HOME)).isZero();
        throttle.succeeded("alice", STUDENT_HOME);
        // and the attacker's address is still slowed: the student's success forgives only her pair
        assertThat(throttle.begin("alice", ATTACKER)).isPositive();
    }

    @Test
    void anAddressGetsAtMostTenGuessesAMinuteAtAnAccount() {
        List<Instant> guesses = guessAsFastAsAllowed("bob", ATTACKER, Duration.ofHours(24));
        for (Instant start : guesses) {
            long inMinute = guesses.stream()
                    .filter(at -> !at.isBefore(start) && at.isBefore(start.plusSeconds(60))).count();
            assertThat(inMinute).as("guesses in the minute from %s", start).isLessThanOrEqualTo(10);
        }
        // after the ramp, at most one guess per maximum delay (15 minutes): about 100 a day, not 14,400
        assertThat(guesses).hasSizeLessThan(24 * 4 + 20);
    }

    @Test
    void guessesSentAllAtOnceAreCountedBeforeAnyPasswordIsChecked() {
        long allowed = 0;
        for (int i = 0; i < 200; i++) { // 200 requests in the same instant, none answered yet
            if (throttle.begin("carol", ATTACKER).isZero()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(4);
    }

    @Test
    void aWrongPasswordNowAndThenNeverKeepsTheStudentOut() {
        // the attack: one failure every 12 s, for an hour, from somewhere else
        for (int i = 0; i < 300; i++) {
            throttle.begin("dave", ATTACKER);
            clock.advance(Duration.ofSeconds(12));
        }
        assertThat(throttle.begin("dave", STUDENT_HOME)).isZero();
    }

    @Test
    void aSuccessStartsThePairAfreshAndAnHourForgetsItsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.begin("erin", STUDENT_HOME);
        }
        throttle.succeeded("erin", STUDENT_HOME);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.begin("erin", STUDENT_HOME)).isZero();
        }
        assertThat(throttle.begin("erin", STUDENT_HOME)).isEqualTo(Duration.ofSeconds(2));

        clock.advance(Duration.ofHours(1));
        assertThat(throttle.begin("erin", STUDENT_HOME)).isZero();
    }

    @Test
    void aClassBehindOneAddressSignsInWhileAClassmateSpraysNames() {
        List<String> students = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = "student" + i;
            students.add(name);
            // a typo each, then the right password
            assertThat(throttle.begin(name, SCHOOL)).isZero();
            assertThat(throttle.begin(name, SCHOOL)).isZero();
            throttle.succeeded(name, SCHOOL);
        }
        // 30 typos are nowhere near the address's burst: a newcomer is not slowed by them
        assertThat(throttle.begin("newcomer", SCHOOL)).isZero();

        long sprayed = 0;
        for (int i = 0; i < 1000; i++) {
            if (throttle.begin("guess" + i, SCHOOL).isZero()) {
                sprayed++;
            }
        }
        assertThat(sprayed).isLessThanOrEqualTo(100);
        // the classmates who signed in from school before are not slowed by the spraying
        for (String name : students) {
            assertThat(throttle.begin(name, SCHOOL)).as(name).isZero();
            throttle.succeeded(name, SCHOOL);
        }
        // an account new to this address waits for the address's pace, and is told how long
        Duration wait = throttle.begin("first.time.here", SCHOOL);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
        clock.advance(wait);
        assertThat(throttle.begin("first.time.here", SCHOOL)).isZero();
        // from home, the school's spraying does not concern anyone
        assertThat(throttle.begin("another.student", STUDENT_HOME)).isZero();
    }

    @Test
    void addressesInOneIpv6Subnet64CountAsOne() {
        long allowed = 0;
        for (int i = 1; i <= 50; i++) {
            if (throttle.begin("frank", "2001:db8:1:2::" + Integer.toHexString(i)).isZero()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(4);
        assertThat(throttle.begin("frank", "2001:db8:1:3::1")).isZero();
    }

    @Test
    void aClassmateBehindTheSchoolAddressCannotKeepAStudentOutOfHerOwnDevice() {
        // alice signs in at school once; her browser keeps a device cookie from then on
        assertThat(throttle.begin("alice", SCHOOL)).isZero();
        throttle.succeeded("alice", SCHOOL);
        String device = "alices-laptop";
        // the reviewer's probe: a classmate at the same address guesses whenever allowed, alice
        // tries her right password once a minute for two hours, from her device
        int refused = 0;
        int guesses = 0;
        for (int minute = 0; minute < 120; minute++) {
            Instant nextMinute = clock.instant().plusSeconds(60);
            while (clock.instant().isBefore(nextMinute)) {
                Duration wait = throttle.begin("alice", SCHOOL);
                if (wait.isZero()) {
                    guesses++;
                } else {
                    clock.advance(wait.compareTo(Duration.ofSeconds(60)) > 0 ? Duration.ofSeconds(60) : wait);
                }
            }
            if (throttle.begin("alice", SCHOOL, device).isZero()) {
                throttle.succeeded("alice", SCHOOL, device);
            } else {
                refused++;
            }
        }
        assertThat(refused).isZero();
        // her successes from the device forgave nothing of the classmate's: still slowed
        assertThat(guesses).isLessThan(24);
        assertThat(throttle.begin("alice", SCHOOL)).isPositive();
    }

    @Test
    void aStolenDeviceIdGuessesNoFasterThanAnAddress() {
        List<Instant> guesses = new ArrayList<>();
        Instant end = clock.instant().plus(Duration.ofHours(24));
        while (clock.instant().isBefore(end)) {
            Duration wait = throttle.begin("bob", ATTACKER, "stolen-device");
            if (wait.isZero()) {
                guesses.add(clock.instant());
            } else {
                clock.advance(wait);
            }
        }
        for (Instant start : guesses) {
            assertThat(guesses.stream().filter(at -> !at.isBefore(start) && at.isBefore(start.plusSeconds(60))).count())
                    .as("guesses in the minute from %s", start).isLessThanOrEqualTo(10);
        }
        assertThat(guesses).hasSizeLessThan(24 * 4 + 20);
    }

    @Test
    void aFloodOfDistinctPairsStaysUnderTheCapAndKeepsTheAttackersFailures() {
        guessAsFastAsAllowed("victim", ATTACKER, Duration.ofMinutes(5));
        throttle.begin("victim", ATTACKER); // one more guess, if it is allowed just now
        assertThat(throttle.begin("victim", ATTACKER)).isPositive();
        // then 300,000 distinct (account, address) pairs, some signing in, over ten minutes
        for (int i = 0; i < 300_000; i++) {
            String address = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
            throttle.begin("user" + i, address);
            if (i % 3 == 0) {
                throttle.succeeded("user" + i, address);
            }
            if (i % 1000 == 0) {
                clock.advance(Duration.ofMillis(2));
            }
        }
        assertThat(throttle.entries()).isLessThanOrEqualTo(MemoryThrottleStore.CAPACITY);
        assertThat(throttle.addressEntries()).isLessThanOrEqualTo(MemoryThrottleStore.CAPACITY);
        assertThat(throttle.begin("victim", ATTACKER)).as("the attacker's pair still waits").isPositive();
    }

    @Test
    void theWaitShownIsRoundedUp() {
        assertThat(new LoginThrottledException(Duration.ofMillis(1500)).secondsLeft()).isEqualTo(2);
        assertThat(new LoginThrottledException(Duration.ofMillis(1)).secondsLeft()).isEqualTo(1);
        assertThat(new LoginThrottledException(Duration.ofSeconds(60)).secondsLeft()).isEqualTo(60);
    }

    /** An attacker who tries again the moment the throttle allows; every guess is wrong. */
    private List<Instant> guessAsFastAsAllowed(String username, String address, Duration during) {
        Instant end = clock.instant().plus(during);
        List<Instant> guesses = new ArrayList<>();
        while (clock.instant().isBefore(end)) {
            Duration wait = throttle.begin(username, address);
            if (wait.isZero()) {
                guesses.add(clock.instant());
            } else {
                clock.advance(wait);
            }
        }
        return guesses;
    }

    static LoginThrottle shipped(MutableClock clock) {
        Properties p = new Properties();
        try (InputStream in = LoginThrottleTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LoginThrottle(clock,
                Integer.parseInt(p.getProperty("stride.login.free-failures")),
                duration(p, "stride.login.first-delay"),
                duration(p, "stride.login.max-delay"),
                duration(p, "stride.login.forget-failures-after"),
                Integer.parseInt(p.getProperty("stride.login.address-burst")),
                duration(p, "stride.login.address-pace"),
                duration(p, "stride.login.remember-success"),
                new MemoryThrottleStore(clock));
    }

    private static Duration duration(Properties p, String key) {
        return DurationStyle.detectAndParse(p.getProperty(key));
    }
}
