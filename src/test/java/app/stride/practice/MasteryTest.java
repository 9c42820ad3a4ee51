package app.stride.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The mastery rule as the progress page states it: the last three answers are three different
 * variants, each fully right. Variants are named by their keys; A, B, C are three different ones.
 */
class MasteryTest {

    private static final long A = 11, B = 22, C = 33, D = 44;
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static Mastery answered(double score, long... variants) {
        Mastery m = new Mastery(1, "fcn", NOW);
        for (long v : variants) {
            m.record(score, v, NOW);
        }
        return m;
    }

    @Test
    void twoVariantsAlternatingAreNotThreeDifferentOnes() {
        Mastery m = answered(1.0, A, B, A);
        assertThat(m.masteredAt()).as("A, B, A: two variants").isNull();
        assertThat(m.correctStreak()).as("B, A are two different variants in a row").isEqualTo(2);
        m.record(1.0, C, NOW);
        assertThat(m.masteredAt()).as("B, A, C").isNotNull();
    }

    @Test
    void threeDifferentVariantsRightInARowMaster() {
        Mastery m = answered(1.0, A, B, C);
        assertThat(m.correctStreak()).isEqualTo(3);
        assertThat(m.masteredAt()).isEqualTo(NOW);
    }

    @Test
    void aVariantRepeatedInTheRunStartsItAgainFromThatAnswer() {
        assertThat(answered(1.0, A, B, B, C).masteredAt()).as("B, B, C").isNull();
        assertThat(answered(1.0, A, B, B, C).correctStreak()).isEqualTo(2);
        assertThat(answered(1.0, A, A, B).correctStreak()).isEqualTo(2);
        assertThat(answered(1.0, A, B, C, A, B).masteredAt()).as("C, A, B are three different").isNotNull();
        assertThat(answered(1.0, A, B, A, B, A, B).masteredAt()).isNull();
        Mastery again = answered(1.0, A, B, C, C);
        assertThat(again.correctStreak()).as("C, C: a new run of one").isEqualTo(1);
        assertThat(again.masteredAt()).as("a right answer never takes mastery away").isEqualTo(NOW);
    }

    @Test
    void anAnswerNotFullyRightEndsTheRunAndTheMastery() {
        Mastery m = answered(1.0, A, B, C);
        m.record(0.5, D, NOW);
        assertThat(m.masteredAt()).isNull();
        assertThat(m.correctStreak()).isZero();
        m.record(1.0, B, NOW);
        m.record(1.0, C, NOW);
        assertThat(m.masteredAt()).as("the run before the wrong answer does not count: B, C").isNull();
        m.record(1.0, A, NOW);
        assertThat(m.masteredAt()).isNotNull();
    }
}
