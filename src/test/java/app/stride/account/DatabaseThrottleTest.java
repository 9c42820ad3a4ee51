package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.MutableClock;
import app.stride.StrideTest;
import app.stride.base.Retrying;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The throttles on the database the app runs on (H2, and PostgreSQL in the second run): counts
 * shared by every node, and guesses sent at once counted one after another. A second node is a
 * second throttle with a store of its own on the same database.
 */
@StrideTest
class DatabaseThrottleTest {

    @Autowired
    LoginThrottle throttle;
    @Autowired
    RegistrationThrottle registrations;
    @Autowired
    DatabaseThrottleStore store;
    @Autowired
    ThrottleTidyUp tidyUp;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Retrying retrying;
    @Autowired
    MutableClock clock;

    /** Another node: its own throttle and store objects, the same database, the shipped settings but the test's first delay. */
    private LoginThrottle otherNode() {
        return new LoginThrottle(clock, 4, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1), 100,
                Duration.ofSeconds(30), Duration.ofDays(30), new DatabaseThrottleStore(jdbc, retrying));
    }

    @Test
    void failuresCountedOnOneNodeHoldUpTheGuesserOnTheOther() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.begin("db.two.nodes", "203.0.113.40")).isZero();
        }
        assertThat(otherNode().begin("db.two.nodes", "203.0.113.40")).as("the fifth guess, on node B")
                .isEqualTo(Duration.ofMinutes(1));
        // and a success on node B forgives the pair on node A
        otherNode().succeeded("db.two.nodes", "203.0.113.40");
        assertThat(throttle.begin("db.two.nodes", "203.0.113.40")).isZero();
    }

    @Test
    void guessesSentAllAtOnceToTwoNodesAreCountedOneAfterAnother() throws Exception {
        LoginThrottle[] nodes = {throttle, otherNode()};
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Duration>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                LoginThrottle node = nodes[i % 2];
                Callable<Duration> guess = () -> {
                    start.await();
                    return node.begin("db.at.once", "203.0.113.41");
                };
                answers.add(pool.submit(guess));
            }
            start.countDown();
            long allowed = 0;
            for (Future<Duration> answer : answers) {
                allowed += answer.get().isZero() ? 1 : 0;
            }
            assertThat(allowed).as("the free failures, not one more").isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRegistrationBurstIsOnePerAddressForAllNodes() {
        String school = "198.51.100.77";
        RegistrationThrottle other = new RegistrationThrottle(clock, 40, Duration.ofMinutes(2), 10,
                Duration.ofSeconds(30), new DatabaseThrottleStore(jdbc, retrying));
        for (int i = 0; i < 40; i++) {
            assertThat((i % 2 == 0 ? registrations : other).begin(school)).as("registration %d", i).isZero();
        }
        assertThat(other.begin(school)).isPositive();
        assertThat(registrations.begin(school)).isPositive();
    }

    @Test
    void aFloodOfNamesFromAHeldAddressAddsNoRows() {
        String flooder = "203.0.113.45";
        for (int i = 0; i < 100; i++) { // the address's burst, each on a name of its own
            assertThat(throttle.begin("db.flood.burst" + i, flooder)).as("guess %d", i).isZero();
        }
        for (int i = 0; i < 2_000; i++) {
            assertThat(throttle.begin("db.flood.held" + i, flooder)).as("held guess %d", i).isPositive();
        }
        assertThat(jdbc.queryForObject("select count(*) from login_failure where bucket_key like 'pair:db.flood.%'",
                Integer.class)).as("a row per counted guess, none per refused one").isEqualTo(100);
        // a name that signed in from there before is still let in, and counted
        otherNode().succeeded("db.flood.known", flooder);
        assertThat(throttle.begin("db.flood.known", flooder)).isZero();
    }

    @Test
    void aUsernameOfAnyLengthIsCountedLikeAnyOther() {
        String endless = "x".repeat(5_000);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.begin(endless, "203.0.113.42")).isZero();
        }
        assertThat(throttle.begin(endless, "203.0.113.42")).isPositive();
    }

    @Test
    void theTidyUpDeletesWhatHoldsNothingAndKeepsWhatIsWaitedOut() {
        for (int i = 0; i < 5; i++) {
            throttle.begin("db.tidy.held", "203.0.113.43");
        }
        throttle.begin("db.tidy.typo", "203.0.113.44");
        tidyUp.tidyUp();
        assertThat(throttle.begin("db.tidy.held", "203.0.113.43")).as("still waiting out its failures").isPositive();

        clock.advance(Duration.ofMinutes(61));
        tidyUp.tidyUp();
        assertThat(jdbc.queryForObject("select count(*) from login_failure where bucket_key like 'pair:db.tidy.%'",
                Integer.class)).as("an hour without a failure forgets both").isZero();
        assertThat(jdbc.queryForObject("select count(*) from pace_bucket where empty_at <= ?", Integer.class,
                clock.instant().atOffset(java.time.ZoneOffset.UTC))).as("drained buckets").isZero();
    }
}
