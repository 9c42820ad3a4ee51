package app.stride.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByQuizIdAndUserIdOrderByStartedAt(long quizId, long userId);

    List<QuizAttempt> findByQuizIdOrderByStartedAt(long quizId);

    /** The attempts' ids in the order of the results page, without loading their answers. */
    @Query("select a.id from QuizAttempt a where a.quizId = :quizId order by a.startedAt, a.id")
    List<Long> idsByQuiz(@Param("quizId") long quizId);

    List<QuizAttempt> findTop50ByUserIdOrderByStartedAtDesc(long userId);

    /** Per quiz: attempts started, and how many of those were handed in. */
    @Query("select a.quizId as quizId, count(a) as started, count(a.submittedAt) as handedIn from QuizAttempt a"
            + " where a.quizId in :quizIds group by a.quizId")
    List<AttemptCount> countByQuiz(@Param("quizIds") Collection<Long> quizIds);

    interface AttemptCount {
        long getQuizId();

        long getStarted();

        long getHandedIn();
    }

    List<QuizAttempt> findBySubmittedAtIsNullAndDeadlineBefore(Instant cutoff);

    List<QuizAttempt> findByQuizIdAndSubmittedAtIsNullAndDeadlineBefore(long quizId, Instant cutoff);
}
