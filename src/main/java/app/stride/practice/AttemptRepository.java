package app.stride.practice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByUserIdOrderByCreatedAtDesc(long userId, Pageable page);

    List<Attempt> findByUserIdAndCreatedAtAfterOrderByCreatedAt(long userId, Instant after);

    long countByUserId(long userId);

    boolean existsByUserIdAndTemplateIdAndSeedAndSource(long userId, String templateId, long seed, String source);

    /** What identifies the variant an attempt was at. */
    record Seen(String templateId, long seed, String templateVersion, String drawnExercise) {
    }

    @Query("""
            select new app.stride.practice.AttemptRepository$Seen(a.templateId, a.seed, a.templateVersion,
                a.drawnExercise)
            from Attempt a where a.userId = :userId and a.createdAt >= :since and a.templateId in :templates""")
    List<Seen> seenSince(@Param("userId") long userId, @Param("since") Instant since,
                         @Param("templates") Collection<String> templates);
}
