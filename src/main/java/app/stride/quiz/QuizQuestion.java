package app.stride.quiz;

import app.stride.bank.StoredExercise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One question of an attempt, as (template, seed) with its template's version and the exercise
 * as drawn, and its grade once graded. Created with the attempt in one statement ({@link
 * AttemptQuestions}); graded when checked or handed in.
 */
@Entity
@Table(name = "quiz_question")
class QuizQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempt_id", nullable = false)
    private long attemptId;
    @Column(nullable = false)
    private int position;
    /** The question's place in the quiz before a shuffle: the CSV's column. */
    @Column(nullable = false)
    private int slot;
    @Column(name = "template_id", nullable = false, length = 64)
    private String templateId;
    @Column(nullable = false)
    private long seed;
    @Column
    private Double score;
    @Column(length = 64)
    private String misconception;
    @Version
    private long version;
    @Column(name = "template_version", length = 16)
    private String templateVersion;
    @Column(name = "drawn_exercise", length = 4000)
    private String drawnExercise;

    protected QuizQuestion() {
    }

    /** Back to ungraded: its attempt was reopened, and the question is answered and graded again. */
    void ungrade() {
        score = null;
        misconception = null;
    }

    void grade(double value, String mistake) {
        score = value;
        misconception = mistake;
    }

    /** The exercise it is now graded on: the bank's current drawing, after a regrade. */
    void redrawn(StoredExercise stored) {
        templateVersion = stored.version();
        drawnExercise = stored.drawn();
    }

    String getMisconception() {
        return misconception;
    }

    int getPosition() {
        return position;
    }

    Long getId() {
        return id;
    }

    long getAttemptId() {
        return attemptId;
    }

    String getTemplateId() {
        return templateId;
    }

    long getSeed() {
        return seed;
    }

    Double getScore() {
        return score;
    }

    StoredExercise getStored() {
        return new StoredExercise(templateVersion, drawnExercise);
    }
}
