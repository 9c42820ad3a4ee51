package app.stride.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EloTest {

    @Test
    void aRightAnswerRaisesTheEstimateAndLowersTheDifficulty() {
        double[] after = Elo.update(0, 0, 0, 1);
        // P = 1/(1+e^0) = 0.5, K = 0.8: θ += 0.8·0.5
        assertThat(after[0]).isCloseTo(0.4, within(1e-12));
        assertThat(after[1]).isCloseTo(-0.4, within(1e-12));
        assertThat(Elo.expected(after[0], after[1])).isCloseTo(1 / (1 + Math.exp(-0.8)), within(1e-12));
    }

    @Test
    void kShrinksAsAttemptsGrowButNeverVanishes() {
        assertThat(Elo.k(0)).isEqualTo(0.8);
        assertThat(Elo.k(5)).isLessThan(Elo.k(1));
        assertThat(Elo.k(1000)).isEqualTo(0.1);
    }

    @Property(tries = 1000)
    void theExpectedScoreMovesTowardsTheObservedOne(@ForAll @DoubleRange(min = -4, max = 4) double theta,
                                                    @ForAll @DoubleRange(min = -4, max = 4) double difficulty,
                                                    @ForAll @IntRange(min = 0, max = 50) int attempts,
                                                    @ForAll @DoubleRange(min = 0, max = 1) double score) {
        double before = Elo.expected(theta, difficulty);
        double[] next = Elo.update(theta, difficulty, attempts, score);
        double after = Elo.expected(next[0], next[1]);
        assertThat(after).isBetween(0.0, 1.0);
        if (score > before) {
            assertThat(after).isGreaterThanOrEqualTo(before);
        } else {
            assertThat(after).isLessThanOrEqualTo(before);
        }
    }
}
