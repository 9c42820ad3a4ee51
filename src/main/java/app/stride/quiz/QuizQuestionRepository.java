package app.stride.quiz;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Questions of attempts: the entities to grade, and the rows the attempt and results pages read. */
interface QuizQuestionRepository extends JpaRepository<QuizQuestion, Long> {

    List<QuizQuestion> findByAttemptIdOrderByPosition(long attemptId);

    /** A question of an attempt with one of its saved answers (none: null part), in the attempt's order. */
    record Part(long questionId, int position, String templateId, long seed, Double score, String misconception,
                String partId, String typed) {
    }

    @Query("""
            select new app.stride.quiz.QuizQuestionRepository$Part(q.id, q.position, q.templateId, q.seed, q.score,
                q.misconception, an.partId, an.typed)
            from QuizQuestion q left join QuizAnswer an on an.questionId = q.id
            where q.attemptId = :attemptId order by q.position, q.id, an.partId""")
    List<Part> parts(@Param("attemptId") long attemptId);

    /** One graded (or not yet graded) question on the results page. */
    record Grade(long attemptId, int position, String templateId, Double score, String misconception) {
    }

    @Query("""
            select new app.stride.quiz.QuizQuestionRepository$Grade(q.attemptId, q.position, q.templateId, q.score,
                q.misconception)
            from QuizQuestion q where q.attemptId in (select a.id from QuizAttempt a where a.quizId = :quizId)
            order by q.attemptId, q.position""")
    List<Grade> gradesOfQuiz(@Param("quizId") long quizId);
}
