package app.stride.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Students' allowances: read one when a student joins, written when a teacher gives one. */
interface QuizAllowanceRepository extends JpaRepository<QuizAllowance, QuizAllowance.Key> {

    default Optional<QuizAllowance> of(long quizId, long userId) {
        return findById(new QuizAllowance.Key(quizId, userId));
    }

    @Modifying
    @Query("delete from QuizAllowance a where a.quizId = :quizId")
    int deleteByQuiz(@Param("quizId") long quizId);
}
