package app.stride.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A teacher's mark for one part of one question, over the grader's, with a comment for the student. */
@Entity
@Table(name = "quiz_override")
@IdClass(QuizOverride.Key.class)
class QuizOverride {

    /** The longest comment kept: a few sentences to a student. */
    static final int MAX_COMMENT = 500;

    static class Key implements Serializable {
        private Long questionId;
        private String partId;

        Key() {
        }

        Key(long questionId, String partId) {
            this.questionId = questionId;
            this.partId = partId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(questionId, k.questionId) && Objects.equals(partId, k.partId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, partId);
        }
    }

    @Id
    @Column(name = "question_id")
    private Long questionId;
    @Id
    @Column(name = "part_id", length = 64)
    private String partId;
    @Column(nullable = false)
    private double score;
    @Column(nullable = false, length = MAX_COMMENT)
    private String comment;
    @Column(name = "by_id", nullable = false)
    private long byId;
    @Column(nullable = false)
    private Instant at;

    protected QuizOverride() {
    }

    QuizOverride(long questionId, String partId) {
        this.questionId = questionId;
        this.partId = partId;
    }

    void set(double score, String comment, long byId, Instant at) {
        this.score = score;
        this.comment = comment;
        this.byId = byId;
        this.at = at;
    }

    double getScore() {
        return score;
    }
}
