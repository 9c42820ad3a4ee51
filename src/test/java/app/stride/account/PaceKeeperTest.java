package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaceKeeperTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final PaceKeeper addresses = new PaceKeeper(clock, 100, Duration.ofSeconds(30));

    @Test
    void aFloodOfAddressesStaysUnderTheCapAndAFullBucketSurvivesIt() {
        for (int i = 0; i < 100; i++) {
            addresses.add("attacker");
        }
        assertThat(addresses.waitFor("attacker")).isPositive();
        for (int i = 0; i < 300_000; i++) {
            addresses.add("flood-" + i);
            if (i % 1000 == 0) {
                clock.advance(Duration.ofMillis(2));
            }
        }
        assertThat(addresses.size()).isLessThanOrEqualTo(MemoryThrottleStore.CAPACITY);
        assertThat(addresses.waitFor("attacker")).as("the attacker's full bucket").isPositive();
    }

    @Test
    void drainedBucketsAreDroppedAtTheNextSweep() {
        for (int i = 0; i < 1000; i++) {
            addresses.add("typo-" + i);
        }
        clock.advance(Duration.ofMinutes(2));
        addresses.add("later");
        assertThat(addresses.size()).isEqualTo(1);
    }
}
