package app.stride.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Teachers' marks: read per attempt (a hand-in, a sheet) or per quiz (a regrade), one statement each. */
interface QuizOverrideRepository extends JpaRepository<QuizOverride, QuizOverride.Key> {

    record Line(long questionId, String partId, double score, String comment) {
    }

    @Query("""
            select new app.stride.quiz.QuizOverrideRepository$Line(o.questionId, o.partId, o.score, o.comment)
            from QuizOverride o where o.questionId in (select q.id from QuizQuestion q where q.attemptId = :attemptId)""")
    List<Line> ofAttempt(@Param("attemptId") long attemptId);

    @Query("""
            select new app.stride.quiz.QuizOverrideRepository$Line(o.questionId, o.partId, o.score, o.comment)
            from QuizOverride o where o.questionId in (select q.id from QuizQuestion q where q.attemptId in
                (select a.id from QuizAttempt a where a.quizId = :quizId))""")
    List<Line> ofQuiz(@Param("quizId") long quizId);

    /** The marks per question and part, as grading wants them. */
    static Map<Long, Map<String, Double>> byQuestion(List<Line> lines) {
        Map<Long, Map<String, Double>> marks = new HashMap<>();
        lines.forEach(l -> marks.computeIfAbsent(l.questionId(), id -> new HashMap<>()).put(l.partId(), l.score()));
        return marks;
    }
}
