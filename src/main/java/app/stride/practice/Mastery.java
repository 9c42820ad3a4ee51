package app.stride.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A student's standing in one family: the Elo estimate, the run of right answers, when mastered. */
@Entity
@Table(name = "mastery")
public class Mastery {

    @Embeddable
    public record Key(@Column(name = "user_id") long userId, @Column(name = "family") String family)
            implements Serializable {
        protected Key() {
            this(0, null);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(nullable = false)
    private double theta;
    @Column(nullable = false)
    private double difficulty;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "correct_streak", nullable = false)
    private int correctStreak;
    /** The variant ({@link PracticeService#variantKey}) of the last answer; the column's name is older. */
    @Column(name = "last_seed")
    private Long lastSeed;
    /**
     * The variant answered before {@link #lastSeed} in the run, null while the run is shorter than
     * two different variants: with the last one, enough to tell whether the run's last three
     * answers are three different variants.
     */
    @Column(name = "prior_variant")
    private Long priorVariant;
    @Column(name = "mastered_at")
    private Instant masteredAt;
    @Column(name = "last_practised", nullable = false)
    private Instant lastPractised;
    /**
     * Two tabs (or a mock exam handed in while practising) updating at once: one loses and runs
     * again. Null until first stored, so that a new standing is inserted (and two first ones
     * collide on the key) rather than merged over one another's.
     */
    @Version
    private Long version;

    protected Mastery() {
    }

    Mastery(long userId, String family, Instant now) {
        this.key = new Key(userId, family);
        this.lastPractised = now;
    }

    /**
     * Applies one graded attempt: Elo update, and the mastery rule. The rule: a family is mastered
     * while the student's latest answers in it are {@link PracticeService#MASTERED_AFTER} different
     * variants in a row, each fully right. An answer not fully right (a blank or unreadable quiz
     * answer included) ends the run, and with it the mastery, until a new run of three; so the
     * state after any answer is what the rule says after it, and a wrong answer is never "mastered".
     * The run counts the latest answers that are all different variants: A, B, A is a run of two
     * (B, A), and a variant answered again right starts it anew from that answer. A right answer
     * never takes away mastery earned (only one not fully right does).
     */
    void record(double score, long variant, Instant now) {
        double[] next = Elo.update(theta, difficulty, attempts, score);
        theta = next[0];
        difficulty = next[1];
        attempts++;
        if (score >= 1.0) {
            if (correctStreak == 0 || lastSeed == null || lastSeed == variant) {
                correctStreak = 1;
                priorVariant = null;
            } else if (correctStreak >= 2 && priorVariant != null && priorVariant == variant) {
                // A, B, A: the different variants in a row are B, A
                correctStreak = 2;
                priorVariant = lastSeed;
            } else {
                // only two variants are remembered: beyond three the run is known to be three at least
                correctStreak = Math.min(correctStreak + 1, PracticeService.MASTERED_AFTER);
                priorVariant = lastSeed;
            }
        } else {
            correctStreak = 0;
            priorVariant = null;
            masteredAt = null;
        }
        lastSeed = variant;
        if (correctStreak >= PracticeService.MASTERED_AFTER && masteredAt == null) {
            masteredAt = now;
        }
        lastPractised = now;
    }

    public String family() {
        return key.family();
    }

    public long userId() {
        return key.userId();
    }

    public double theta() {
        return theta;
    }

    public double difficulty() {
        return difficulty;
    }

    public int attempts() {
        return attempts;
    }

    public int correctStreak() {
        return correctStreak;
    }

    public Instant masteredAt() {
        return masteredAt;
    }

    public Instant lastPractised() {
        return lastPractised;
    }

    /** The chance of getting the next one right, as the Elo model sees it. */
    public double level() {
        return Elo.expected(theta, difficulty);
    }
}
