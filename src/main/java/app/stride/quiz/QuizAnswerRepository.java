package app.stride.quiz;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Saved answers: one statement writes one, whether it is the first save of that part or a later one. */
interface QuizAnswerRepository extends JpaRepository<QuizAnswer, QuizAnswer.Key> {

    /** One saved answer of an attempt, to grade it: as typed, in which language ("en" or "nl"), and when. */
    record Typed(long questionId, String partId, String typed, String lang, Instant savedAt) {
    }

    @Query("""
            select new app.stride.quiz.QuizAnswerRepository$Typed(an.questionId, an.partId, an.typed, an.lang,
                an.savedAt)
            from QuizAnswer an where an.questionId in (select q.id from QuizQuestion q where q.attemptId = :attemptId)""")
    List<Typed> ofAttempt(@Param("attemptId") long attemptId);

    /** Every saved answer of a quiz's handed-in attempts, for a regrade: one statement. */
    @Query("""
            select new app.stride.quiz.QuizAnswerRepository$Typed(an.questionId, an.partId, an.typed, an.lang,
                an.savedAt)
            from QuizAnswer an where an.questionId in (select q.id from QuizQuestion q where q.attemptId in
                (select a.id from QuizAttempt a where a.quizId = :quizId and a.submittedAt is not null))""")
    List<Typed> ofHandedIn(@Param("quizId") long quizId);

    /**
     * Inserts the part's answer or replaces it, counting its version up (standard SQL MERGE, the
     * same on H2 and PostgreSQL 15+). Two saves of one part never race here: each first claims
     * the attempt's row ({@link QuizAttemptRepository#claim}), which serializes them.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            merge into quiz_answer t
            using (select cast(:questionId as bigint) as question_id, cast(:partId as varchar(64)) as part_id) s
            on t.question_id = s.question_id and t.part_id = s.part_id
            when matched then update set typed = :typed, lang = :lang, saved_at = :savedAt, version = t.version + 1
            when not matched then insert (question_id, part_id, typed, lang, saved_at, version)
                values (s.question_id, s.part_id, :typed, :lang, :savedAt, 0)""")
    int upsert(@Param("questionId") long questionId, @Param("partId") String partId, @Param("typed") String typed,
               @Param("lang") String lang, @Param("savedAt") Instant savedAt);
}
