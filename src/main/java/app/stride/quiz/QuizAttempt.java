package app.stride.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A student's attempt at a quiz: its own questions, a server-side deadline, its answers as saved. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

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
    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<QuizQuestion> questions = new ArrayList<>();

    protected QuizAttempt() {
    }

    QuizAttempt(long quizId, long userId, Instant startedAt, Instant deadline) {
        this.quizId = quizId;
        this.userId = userId;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    void add(String templateId, long seed) {
        questions.add(new QuizQuestion(this, questions.size(), templateId, seed));
    }

    void submit(Instant at, boolean automatically, double total) {
        submittedAt = at;
        autoSubmitted = automatically;
        score = total;
    }

    public Long getId() {
        return id;
    }

    public long getQuizId() {
        return quizId;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    public Double getScore() {
        return score;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public List<QuizQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
