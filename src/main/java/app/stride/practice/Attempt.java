package app.stride.practice;

import app.stride.bank.StoredExercise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One graded try at one exercise: who, which (template, seed), what was typed and read, the
 * score per part, the mistake recognized, how long it took; and the template's version with the
 * exercise as drawn, which rebuild it exactly once the template has changed.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "template_id", nullable = false, length = 64)
    private String templateId;
    @Column(nullable = false, length = 64)
    private String family;
    @Column(nullable = false)
    private long seed;
    @Column(nullable = false, length = 4000)
    private String answers;
    @Column(nullable = false, length = 4000)
    private String parsed;
    @Column(name = "part_scores", nullable = false, length = 2000)
    private String partScores;
    @Column(nullable = false)
    private double score;
    @Column(length = 64)
    private String misconception;
    @Column(name = "duration_ms", nullable = false)
    private long durationMs;
    @Column(nullable = false, length = 16)
    private String source;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "template_version", length = 16)
    private String templateVersion;
    @Column(name = "drawn_exercise", length = 4000)
    private String drawnExercise;
    /** The language the answers were typed in ("en" or "nl"), which decides how their numbers read. */
    @Column(nullable = false, length = 2)
    private String lang;

    protected Attempt() {
    }

    Attempt(long userId, String templateId, String family, long seed, String answers, String parsed,
            String partScores, double score, String misconception, long durationMs, String source, Instant createdAt,
            StoredExercise stored, String lang) {
        this.userId = userId;
        this.templateId = templateId;
        this.family = family;
        this.seed = seed;
        this.answers = answers;
        this.parsed = parsed;
        this.partScores = partScores;
        this.score = score;
        this.misconception = misconception;
        this.durationMs = durationMs;
        this.source = source;
        this.createdAt = createdAt;
        this.templateVersion = stored.version();
        this.drawnExercise = stored.drawn();
        this.lang = lang;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getTemplateId() {
        return templateId;
    }

    public String getFamily() {
        return family;
    }

    public long getSeed() {
        return seed;
    }

    public String getAnswers() {
        return answers;
    }

    public String getParsed() {
        return parsed;
    }

    public String getPartScores() {
        return partScores;
    }

    public double getScore() {
        return score;
    }

    public String getMisconception() {
        return misconception;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLang() {
        return lang;
    }

    /** The exercise as it was drawn; its fields are null for an attempt from before versions were kept. */
    public StoredExercise getStored() {
        return new StoredExercise(templateVersion, drawnExercise);
    }
}
