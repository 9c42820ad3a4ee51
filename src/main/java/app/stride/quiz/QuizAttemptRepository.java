package app.stride.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Attempts: purpose-built reads for each page, and the one conditional write behind an autosave. */
interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    /** An attempt's owner, time and state, and its quiz's feedback policy: for the checks before a save or check. */
    record Head(long id, long userId, Instant deadline, Instant submittedAt, FeedbackPolicy policy) {
    }

    @Query("""
            select new app.stride.quiz.QuizAttemptRepository$Head(a.id, a.userId, a.deadline, a.submittedAt,
                q.feedbackPolicy)
            from QuizAttempt a join Quiz q on q.id = a.quizId where a.id = :id""")
    Optional<Head> head(@Param("id") long attemptId);

    /**
     * One saved part of one question of an attempt, with the attempt and its quiz: an attempt is
     * read in one statement, one row per saved part with the language it was typed in (a question without answers
     * gives one row with a null part).
     */
    record SheetRow(long id, long version, long quizId, long userId, Instant deadline, Instant submittedAt,
                    boolean autoSubmitted, Double score, String title, QuizStatus status, FeedbackPolicy policy,
                    Instant closesAt, long ownerId, Long questionId, Integer position, String templateId, Long seed,
                    String templateVersion, String drawnExercise, Double questionScore, String misconception,
                    String partId, String typed, String lang) {
    }

    @Query("""
            select new app.stride.quiz.QuizAttemptRepository$SheetRow(a.id, a.version, a.quizId, a.userId, a.deadline,
                a.submittedAt, a.autoSubmitted, a.score, q.title, q.status, q.feedbackPolicy, q.closesAt, q.ownerId,
                qq.id, qq.position, qq.templateId, qq.seed, qq.templateVersion, qq.drawnExercise, qq.score,
                qq.misconception, an.partId, an.typed, an.lang)
            from QuizAttempt a join Quiz q on q.id = a.quizId
            left join QuizQuestion qq on qq.attemptId = a.id
            left join QuizAnswer an on an.questionId = qq.id
            where a.id = :id order by qq.position, qq.id, an.partId""")
    List<SheetRow> sheet(@Param("id") long attemptId);

    /** One row of a student's own list of attempts. */
    record Mine(long id, String title, QuizStatus status, FeedbackPolicy policy, Instant closesAt, Instant startedAt,
                Instant submittedAt, Instant deadline, Double score) {
    }

    @Query("""
            select new app.stride.quiz.QuizAttemptRepository$Mine(a.id, q.title, q.status, q.feedbackPolicy, q.closesAt,
                a.startedAt, a.submittedAt, a.deadline, a.score)
            from QuizAttempt a join Quiz q on q.id = a.quizId where a.userId = :userId
            order by a.startedAt desc, a.id desc""")
    List<Mine> mine(@Param("userId") long userId, Pageable page);

    /** What joining needs to know of one's earlier attempts at a quiz. */
    record Earlier(long id, Instant submittedAt, Instant deadline) {
    }

    /**
     * One student's standing at a quiz before joining: their earlier attempts, and the extra
     * minutes and attempts a teacher gave them (before their first attempt too).
     */
    record Standing(List<Earlier> attempts, int extraMinutes, int extraAttempts) {
    }

    /** A row of {@link #standingRows}: an attempt (or none) beside the allowance (or none). */
    record StandingRow(Long id, Instant submittedAt, Instant deadline, Integer extraMinutes, Integer extraAttempts) {
    }

    /**
     * Starts from the quiz's row, so that the allowance comes back also when there is no attempt
     * yet: joining reads both in one statement.
     */
    @Query("""
            select new app.stride.quiz.QuizAttemptRepository$StandingRow(a.id, a.submittedAt, a.deadline,
                al.extraMinutes, al.extraAttempts)
            from Quiz q
            left join QuizAttempt a on a.quizId = q.id and a.userId = :userId
            left join QuizAllowance al on al.quizId = q.id and al.userId = :userId
            where q.id = :quizId order by a.startedAt, a.id""")
    List<StandingRow> standingRows(@Param("quizId") long quizId, @Param("userId") long userId);

    default Standing standing(long quizId, long userId) {
        List<StandingRow> rows = standingRows(quizId, userId);
        List<Earlier> attempts = rows.stream().filter(r -> r.id() != null)
                .map(r -> new Earlier(r.id(), r.submittedAt(), r.deadline())).toList();
        StandingRow any = rows.isEmpty() ? null : rows.get(0);
        return new Standing(attempts, any == null || any.extraMinutes() == null ? 0 : any.extraMinutes(),
                any == null || any.extraAttempts() == null ? 0 : any.extraAttempts());
    }

    /** One attempt on the results page, before its student's name is looked up. */
    record Result(long id, long userId, Instant startedAt, Instant submittedAt, boolean autoSubmitted, Double score,
                  Instant deadline, int number) {
    }

    @Query("""
            select new app.stride.quiz.QuizAttemptRepository$Result(a.id, a.userId, a.startedAt, a.submittedAt,
                a.autoSubmitted, a.score, a.deadline, a.number)
            from QuizAttempt a where a.quizId = :quizId order by a.startedAt, a.id""")
    List<Result> results(@Param("quizId") long quizId);

    /** The attempts' ids in the order of the results page, to step from one student to the next. */
    @Query("select a.id from QuizAttempt a where a.quizId = :quizId order by a.startedAt, a.id")
    List<Long> idsByQuiz(@Param("quizId") long quizId);

    /**
     * Whether anything the results page shows has changed: attempts started, handed in, and
     * those whose time ran out but that nobody has handed in yet, and the answers not blank of
     * attempts in progress (their students' progress). One statement over the quiz's index
     * ranges, cheap enough to ask every few seconds.
     */
    record Mark(long ownerId, QuizStatus status, Instant opensAt, Instant closesAt, long started, long handedIn,
                long overdue, long answering) {
    }

    @Query("""
            select new app.stride.quiz.QuizAttemptRepository$Mark(q.ownerId, q.status, q.opensAt, q.closesAt,
                count(a.id), count(a.submittedAt),
                coalesce(sum(case when a.submittedAt is null and a.deadline < :cutoff then 1L else 0L end), 0L),
                (select count(an.questionId) from QuizAnswer an join QuizQuestion qq on qq.id = an.questionId
                    join QuizAttempt b on b.id = qq.attemptId
                    where b.quizId = :quizId and b.submittedAt is null and trim(an.typed) <> ''))
            from Quiz q left join QuizAttempt a on a.quizId = q.id where q.id = :quizId
            group by q.ownerId, q.status, q.opensAt, q.closesAt""")
    Optional<Mark> mark(@Param("quizId") long quizId, @Param("cutoff") Instant cutoff);

    /** Per quiz: attempts started, and how many of those were handed in. */
    @Query("select a.quizId as quizId, count(a) as started, count(a.submittedAt) as handedIn from QuizAttempt a"
            + " where a.quizId in :quizIds group by a.quizId")
    List<AttemptCount> countByQuiz(@Param("quizIds") Collection<Long> quizIds);

    interface AttemptCount {
        long getQuizId();

        long getStarted();

        long getHandedIn();
    }

    /** Attempts not handed in whose time ran out before the cutoff: for the sweep. */
    @Query("select a.id from QuizAttempt a where a.submittedAt is null and a.deadline < :cutoff order by a.deadline")
    List<Long> overdue(@Param("cutoff") Instant cutoff);

    /**
     * Handed-in attempts whose grades have not moved mastery yet, of quizzes now closed: those
     * that showed their results only once closed.
     */
    @Query("""
            select a.id from QuizAttempt a join Quiz q on q.id = a.quizId
            where a.masteryFed = false and a.submittedAt is not null and q.closesAt <= :now order by a.id""")
    List<Long> unfedClosed(@Param("now") Instant now);

    /** Takes the one turn to move mastery with a handed-in attempt's grades; 0 when it was taken already. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update QuizAttempt a set a.masteryFed = true, a.version = a.version + 1
            where a.id = :id and a.masteryFed = false and a.submittedAt is not null""")
    int claimMastery(@Param("id") long attemptId);

    /** The same, of one quiz: before its results are read. */
    @Query("""
            select a.id from QuizAttempt a
            where a.quizId = :quizId and a.submittedAt is null and a.deadline < :cutoff order by a.deadline""")
    List<Long> overdueOfQuiz(@Param("quizId") long quizId, @Param("cutoff") Instant cutoff);

    /** The same, of one student: before their own list is read. */
    @Query("""
            select a.id from QuizAttempt a
            where a.userId = :userId and a.submittedAt is null and a.deadline < :cutoff order by a.deadline""")
    List<Long> overdueOfUser(@Param("userId") long userId, @Param("cutoff") Instant cutoff);

    /**
     * The one check and claim before a save or a check: the attempt is this student's, still open
     * (its grace included), the question is one of its own and not checked yet, and — unless
     * {@code anyVersion} — nothing changed since the tab last saw version {@code version}. Counting
     * the version up takes the attempt's row first, so a save, a check and a hand-in of one
     * attempt never interleave, and a hand-in that read the answers before this commits loses its
     * own version check and grades again with this answer in.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update QuizAttempt a set a.version = a.version + 1
            where a.id = :id and a.userId = :userId and (:anyVersion = true or a.version = :version)
            and a.submittedAt is null and a.deadline > :cutoff
            and exists (select q.id from QuizQuestion q where q.id = :questionId and q.attemptId = a.id and q.score is null)""")
    int claim(@Param("id") long attemptId, @Param("userId") long userId, @Param("anyVersion") boolean anyVersion,
              @Param("version") long version, @Param("questionId") long questionId, @Param("cutoff") Instant cutoff);

    @Query("select a.version from QuizAttempt a where a.id = :id")
    long version(@Param("id") long attemptId);

    /**
     * Takes the student's account row until the transaction ends: one student's mock exam starts
     * run one after another, so a second start sees the first's exam (H2 and PostgreSQL alike).
     */
    @Query(value = "select id from app_user where id = :userId for update", nativeQuery = true)
    List<Long> lockAccount(@Param("userId") long userId);

    /** The student's mock exams with time left and not handed in, newest first. */
    @Query("""
            select a.id from QuizAttempt a join Quiz q on q.id = a.quizId
            where a.userId = :userId and q.status = app.stride.quiz.QuizStatus.EXAM and a.submittedAt is null
            and a.deadline > :now order by a.startedAt desc, a.id desc""")
    List<Long> openExams(@Param("userId") long userId, @Param("now") Instant now);

    /** When the student's newest mock exam began, if they ever started one (handed in or not). */
    @Query("""
            select max(a.startedAt) from QuizAttempt a join Quiz q on q.id = a.quizId
            where a.userId = :userId and q.status = app.stride.quiz.QuizStatus.EXAM""")
    Instant lastExamStart(@Param("userId") long userId);

    /** A quiz's attempts not handed in yet, to move their deadlines when the quiz closes sooner. */
    @Query("select a from QuizAttempt a where a.quizId = :quizId and a.submittedAt is null")
    List<QuizAttempt> inProgress(@Param("quizId") long quizId);
}
