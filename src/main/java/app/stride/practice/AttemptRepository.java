package app.stride.practice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByUserIdOrderByCreatedAtDesc(long userId, Pageable page);

    List<Attempt> findByUserIdAndCreatedAtAfterOrderByCreatedAt(long userId, Instant after);

    long countByUserId(long userId);

    boolean existsByUserIdAndTemplateIdAndSeedAndSource(long userId, String templateId, long seed, String source);
}
