package app.stride.quiz;

import app.stride.grading.AnswerParser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * One part's answer as typed, saved the moment it was entered. Written only by the upsert in
 * {@link QuizAnswerRepository#upsert}, which also counts its version up; read as projections.
 */
@Entity
@Table(name = "quiz_answer")
@IdClass(QuizAnswer.Key.class)
class QuizAnswer {

    /** The composite key, as JPA's {@code @IdClass} wants it: fields named like the entity's ids. */
    static class Key implements Serializable {
        private Long questionId;
        private String partId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(questionId, k.questionId)
                    && java.util.Objects.equals(partId, k.partId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(questionId, partId);
        }
    }

    @Id
    @Column(name = "question_id")
    private Long questionId;
    @Id
    @Column(name = "part_id", length = 64)
    private String partId;
    @Column(nullable = false, length = AnswerParser.MAX_LENGTH)
    private String typed;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;
    /** The language the answer was typed in ("en" or "nl"), which decides how its numbers read. */
    @Column(nullable = false, length = 2)
    private String lang;
    @Version
    private long version;

    protected QuizAnswer() {
    }
}
