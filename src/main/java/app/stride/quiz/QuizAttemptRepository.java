package app.stride.quiz;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByQuizIdAndUserIdOrderByStartedAt(long quizId, long userId);

    List<QuizAttempt> findByQuizIdOrderByStartedAt(long quizId);

    List<QuizAttempt> findTop50ByUserIdOrderByStartedAtDesc(long userId);

    List<QuizAttempt> findBySubmittedAtIsNullAndDeadlineBefore(Instant cutoff);

    List<QuizAttempt> findByQuizIdAndSubmittedAtIsNullAndDeadlineBefore(long quizId, Instant cutoff);
}
