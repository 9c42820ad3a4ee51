package app.stride.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    /** A teacher's own quizzes, newest first, without the mock exams they sat themselves. */
    @Query("select q from Quiz q where q.ownerId = :ownerId and q.status <> app.stride.quiz.QuizStatus.EXAM"
            + " order by q.createdAt desc, q.id desc")
    List<Quiz> ownedBy(@Param("ownerId") long ownerId);

    Optional<Quiz> findByJoinCode(String joinCode);

    /** The quiz behind a code with what it asks, in one statement: joining draws the questions from it. */
    @Query("select distinct q from Quiz q left join fetch q.items where q.joinCode = :code")
    Optional<Quiz> withItemsByJoinCode(@Param("code") String joinCode);

    boolean existsByJoinCode(String joinCode);
}
