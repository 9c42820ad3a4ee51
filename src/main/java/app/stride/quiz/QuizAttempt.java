package app.stride.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A student's attempt at a quiz, with a server-side deadline. Its version goes up with every
 * change to the attempt or its answers, so that a hand-in that read older answers, a second
 * hand-in, or a tab that saw an older state loses instead of overwriting. Its questions and
 * answers are rows of their own; views read the attempt as an {@link AttemptSheet}.
 */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "quiz_id", nullable = false)
    private long quizId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(nullable = false)
    private Instant deadline;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;
    @Column
    private Double score;
    /** 0 for a student's first attempt at the quiz, 1 for the second...; unique per student and quiz. */
    @Column(name = "attempt_number", nullable = false)
    private int number;
    /** Whether its grades have moved its student's mastery; false until they may be seen. */
    @Column(name = "mastery_fed", nullable = false)
    private boolean masteryFed;
    /** Handed in once and opened again by a teacher: it may carry teachers' marks into its next hand-in. */
    @Column(nullable = false)
    private boolean reopened;
    @Version
    private long version;

    protected QuizAttempt() {
    }

    QuizAttempt(long quizId, long userId, int number, Instant startedAt, Instant deadline) {
        this.quizId = quizId;
        this.userId = userId;
        this.number = number;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    void submit(Instant at, boolean automatically, double total) {
        submittedAt = at;
        autoSubmitted = automatically;
        score = total;
    }

    /** A new total after a teacher's mark or a regrade. */
    void rescore(double total) {
        score = total;
    }

    Double getScore() {
        return score;
    }

    void masteryFed() {
        masteryFed = true;
    }

    boolean isMasteryFed() {
        return masteryFed;
    }

    /** More time for this attempt alone: its deadline moves, also past its quiz's closing time. */
    void extend(java.time.Duration extra) {
        deadline = deadline.plus(extra);
    }

    /** The deadline comes earlier (the quiz closes sooner); never later by this. */
    void cutTo(Instant latest) {
        if (deadline.isAfter(latest)) {
            deadline = latest;
        }
    }

    /**
     * A handed-in attempt is open again until {@code until}, with its saved answers and without a
     * score until it is handed in again. Its grades moved mastery once already (the flag stays set),
     * so the second hand-in does not move it again.
     */
    void reopen(Instant until) {
        submittedAt = null;
        autoSubmitted = false;
        score = null;
        deadline = until;
        reopened = true;
    }

    boolean isReopened() {
        return reopened;
    }

    Long getId() {
        return id;
    }

    long getQuizId() {
        return quizId;
    }

    long getUserId() {
        return userId;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getDeadline() {
        return deadline;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    long getVersion() {
        return version;
    }
}
