package app.stride.quiz;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** A quiz's audit lines: written one at a time, read for one quiz at a time, newest first. */
interface QuizAuditRepository extends JpaRepository<QuizAuditEntry, Long> {

    record Line(long id, Long attemptId, Long studentId, long actorId, String action, String detail, Instant at) {
    }

    @Query("""
            select new app.stride.quiz.QuizAuditRepository$Line(e.id, e.attemptId, e.studentId, e.actorId, e.action,
                e.detail, e.at)
            from QuizAuditEntry e where e.quizId = :quizId order by e.at desc, e.id desc""")
    List<Line> ofQuiz(@Param("quizId") long quizId);

    @Modifying
    @Query("delete from QuizAuditEntry e where e.quizId = :quizId")
    int deleteByQuiz(@Param("quizId") long quizId);
}
