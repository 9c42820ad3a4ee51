package app.stride.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One student's extra minutes and extra attempts at one quiz, beyond its rules. */
@Entity
@Table(name = "quiz_allowance")
@IdClass(QuizAllowance.Key.class)
class QuizAllowance {

    /** The most extra minutes and attempts one student gets in all: an accommodation, not a second quiz. */
    static final int MAX_MINUTES = 600;
    static final int MAX_ATTEMPTS = 10;

    static class Key implements Serializable {
        private Long quizId;
        private Long userId;

        Key() {
        }

        Key(long quizId, long userId) {
            this.quizId = quizId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(quizId, k.quizId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(quizId, userId);
        }
    }

    @Id
    @Column(name = "quiz_id")
    private Long quizId;
    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;
    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    protected QuizAllowance() {
    }

    QuizAllowance(long quizId, long userId) {
        this.quizId = quizId;
        this.userId = userId;
    }

    int getExtraMinutes() {
        return extraMinutes;
    }

    int getExtraAttempts() {
        return extraAttempts;
    }

    /** Adds minutes; refused past {@link #MAX_MINUTES} in all. */
    void addMinutes(int minutes) {
        if (minutes < 1 || extraMinutes + minutes > MAX_MINUTES) {
            throw new QuizInputException("minutes", "quiz.exception.error.minutes");
        }
        extraMinutes += minutes;
    }

    void addAttempt() {
        if (extraAttempts + 1 > MAX_ATTEMPTS) {
            throw new QuizInputException("attempts", "quiz.exception.error.attempts");
        }
        extraAttempts++;
    }
}
