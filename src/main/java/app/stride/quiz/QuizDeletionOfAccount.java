package app.stride.quiz;

import app.stride.account.AccountDeleting;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account's quiz work goes with it: their attempts with questions, answers and marks,
 * and their mock exams. Quizzes a deleted teacher made stay, with their students' attempts, and
 * pass to the admin who deleted the account (who can hand them on or delete them).
 */
@Component
class QuizDeletionOfAccount {

    @PersistenceContext
    private EntityManager entities;
    private final AttemptDeletion attempts;

    QuizDeletionOfAccount(AttemptDeletion attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void on(AccountDeleting deleting) {
        long user = deleting.userId();
        attempts.ofStudent(user);
        // their mock exams, whose only attempts were their own (items and audit go by cascade)
        run("delete from quiz_item where quiz_id in (select id from quiz where owner_id = :u and status = 'EXAM')", user);
        run("delete from quiz where owner_id = :u and status = 'EXAM'", user);
        entities.createNativeQuery("update quiz set owner_id = :admin where owner_id = :u")
                .setParameter("admin", deleting.adminId()).setParameter("u", user).executeUpdate();
        run("update quiz_audit set student_id = null where student_id = :u", user);
    }

    private void run(String sql, long user) {
        entities.createNativeQuery(sql).setParameter("u", user).executeUpdate();
    }
}
