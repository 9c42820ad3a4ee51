package app.stride.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a quiz's record of what its teachers changed once students were in: written once, never changed. */
@Entity
@Table(name = "quiz_audit")
class QuizAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "quiz_id", nullable = false)
    private long quizId;
    @Column(name = "attempt_id")
    private Long attemptId;
    @Column(name = "student_id")
    private Long studentId;
    @Column(name = "actor_id", nullable = false)
    private long actorId;
    @Column(nullable = false, length = 32)
    private String action;
    @Column(length = 500)
    private String detail;
    @Column(nullable = false)
    private Instant at;

    protected QuizAuditEntry() {
    }

    QuizAuditEntry(long quizId, Long attemptId, Long studentId, long actorId, QuizAudit.Action action, String detail,
                   Instant at) {
        this.quizId = quizId;
        this.attemptId = attemptId;
        this.studentId = studentId;
        this.actorId = actorId;
        this.action = action.name();
        this.detail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.at = at;
    }
}
