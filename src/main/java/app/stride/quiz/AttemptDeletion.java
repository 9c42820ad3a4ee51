package app.stride.quiz;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * Deletes attempts with everything hanging from them: answers, questions (their teacher's marks go
 * by cascade) and the audit lines about them. The one place that knows these tables, for a quiz
 * deleted by its teacher and for an account deleted by the admin. Each step is one statement,
 * whatever the number of attempts.
 */
@Component
class AttemptDeletion {

    @PersistenceContext
    private EntityManager entities;

    /** Every attempt at a quiz. */
    void ofQuiz(long quizId) {
        delete("quiz_id", quizId);
    }

    /** Every attempt of one student, at any quiz. */
    void ofStudent(long userId) {
        delete("user_id", userId);
    }

    private void delete(String column, long id) {
        String attempts = "select id from quiz_attempt where " + column + " = :id";
        String questions = "select id from quiz_question where attempt_id in (" + attempts + ")";
        run("delete from quiz_answer where question_id in (" + questions + ")", id);
        run("delete from quiz_question where attempt_id in (" + attempts + ")", id);
        run("delete from quiz_audit where attempt_id in (" + attempts + ")", id);
        run("delete from quiz_attempt where " + column + " = :id", id);
    }

    private void run(String sql, long id) {
        entities.createNativeQuery(sql).setParameter("id", id).executeUpdate();
    }
}
