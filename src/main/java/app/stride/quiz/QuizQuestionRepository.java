package app.stride.quiz;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Questions of attempts: the entities to grade, and the rows the attempt and results pages read. */
interface QuizQuestionRepository extends JpaRepository<QuizQuestion, Long> {

    List<QuizQuestion> findByAttemptIdOrderByPosition(long attemptId);

    /** The questions of a quiz's handed-in attempts, to regrade them: one statement. */
    @Query("""
            select q from QuizQuestion q where q.attemptId in
                (select a.id from QuizAttempt a where a.quizId = :quizId and a.submittedAt is not null)
            order by q.attemptId, q.position""")
    List<QuizQuestion> ofHandedIn(@Param("quizId") long quizId);

    /** One graded (or not yet graded) question on the results page; {@code answered}: some part is not blank. */
    record Grade(long attemptId, int position, int slot, String templateId, Double score, String misconception,
                 boolean answered) {
    }

    @Query("""
            select new app.stride.quiz.QuizQuestionRepository$Grade(q.attemptId, q.position, q.slot, q.templateId,
                q.score,
                q.misconception, case when exists (select an.questionId from QuizAnswer an
                    where an.questionId = q.id and trim(an.typed) <> '') then true else false end)
            from QuizQuestion q where q.attemptId in (select a.id from QuizAttempt a where a.quizId = :quizId)
            order by q.attemptId, q.position""")
    List<Grade> gradesOfQuiz(@Param("quizId") long quizId);
}
