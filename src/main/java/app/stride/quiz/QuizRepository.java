package app.stride.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    List<Quiz> findByOwnerIdOrderByCreatedAtDesc(long ownerId);

    Optional<Quiz> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);
}
