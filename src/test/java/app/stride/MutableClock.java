package app.stride;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** A clock a test moves by hand. */
public final class MutableClock extends Clock {

    /** Puts a clock the test moves in place of the system clock, from 2026-12-01 09:00 UTC. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        }
    }

    /**
     * Before each test of a context with this clock: {@link #nextDay()}. Tests share the context's
     * clock; this way none starts in the middle of another's deadlines, throttles and waits.
     */
    public static class Reset implements TestExecutionListener, Ordered {

        @Override
        public void beforeTestMethod(TestContext testContext) {
            testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::nextDay);
        }

        @Override
        public int getOrder() {
            return 1000;
        }
    }

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    /**
     * On to 09:00 UTC of the next day. Never back: the app keeps what happened at an instant
     * (a throttle's bucket, a deadline, a last sign-in), and a clock turned back would put that
     * in the future, as no real clock does.
     */
    public void nextDay() {
        now = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1)).plus(Duration.ofHours(9));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
