package app.stride.quiz;

import app.stride.account.CurrentUser;
import app.stride.bank.QuestionBank;
import app.stride.bank.StoredExercise;
import app.stride.base.Retrying;
import app.stride.exercise.Exercise;
import app.stride.grading.AnswerLanguage;
import app.stride.grading.AnswerParser;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import app.stride.group.GroupCodes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students take quizzes: join with a code, answer with every answer saved on the server as
 * it is entered, and submit before a deadline the server keeps. Reads change nothing; an
 * attempt whose time is up is handed in by one explicit step ({@link #timeUp}, {@link
 * #handInOverdue}, or the deadline sweep), with what was saved in time.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuizTakingService {

    private static final Logger LOG = LoggerFactory.getLogger(QuizTakingService.class);

    /** A mock exam: an hour, one question of each calculation family at exam level, like the real exam. */
    static final List<String> EXAM_FAMILIES = List.of("conv-output-size", "conv-params", "conv-multiplications",
            "memory", "conv-by-hand", "pooling", "batchnorm", "iou", "nms", "resnet", "concepts");
    static final int EXAM_MINUTES = 60;
    static final String EXAM_TITLE = "exam";
    /** How long after its deadline an attempt still takes an answer sent in the last moment. */
    public static final Duration GRACE = QuizSubmission.GRACE;

    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final QuizQuestionRepository questions;
    private final QuizAnswerRepository answers;
    private final AttemptQuestions attemptQuestions;
    private final AttemptSheets sheets;
    private final QuestionBank bank;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final QuizSubmission submission;
    private final Retrying retrying;
    private final QuizDeadlines deadlines;
    private final SecureRandom random = new SecureRandom();

    QuizTakingService(QuizRepository quizzes, QuizAttemptRepository attempts, QuizQuestionRepository questions,
                      QuizAnswerRepository answers, AttemptQuestions attemptQuestions, AttemptSheets sheets,
                      QuestionBank bank, CurrentUser currentUser, Clock clock, QuizSubmission submission,
                      Retrying retrying, QuizDeadlines deadlines) {
        this.deadlines = deadlines;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.questions = questions;
        this.answers = answers;
        this.attemptQuestions = attemptQuestions;
        this.sheets = sheets;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
        this.submission = submission;
        this.retrying = retrying;
    }

    /** A mock exam to take: a new one, or the one still running ({@code resumed}). */
    /** The shortest time between the starts of two mock exams of one student. */
    public static final Duration EXAM_PACE = Duration.ofMinutes(1);

    public record ExamStart(long attemptId, boolean resumed) {
    }

    /**
     * Starts a mock exam with new numbers: the student's own one-attempt quiz, without feedback
     * until it is handed in; its answers then count as practice and move mastery. A student has
     * one running at a time: while one has time left, starting another returns it, also when two
     * tabs start at the same moment. A new one starts at most once per {@link #EXAM_PACE}: each
     * is a quiz saved for good, and start plus hand-in in a loop would fill the database; the
     * refusal ({@link ExamPaceException}) says how long to wait.
     */
    public ExamStart startExam() {
        long userId = currentUser.id();
        return retrying.inTransaction(() -> {
            attempts.lockAccount(userId);
            Instant now = clock.instant();
            List<Long> running = attempts.openExams(userId, now);
            if (!running.isEmpty()) {
                return new ExamStart(running.get(0), true);
            }
            Instant last = attempts.lastExamStart(userId);
            if (last != null && now.isBefore(last.plus(EXAM_PACE))) {
                long millis = Duration.between(now, last.plus(EXAM_PACE)).toMillis();
                throw new ExamPaceException(Math.max(1, (millis + 999) / 1000));
            }
            List<QuizSettings.Item> items = EXAM_FAMILIES.stream()
                    .filter(f -> !bank.family(f).isEmpty())
                    .map(f -> new QuizSettings.Item(f, null, bank.family(f).stream().anyMatch(t -> t.difficulty() == 2)
                            ? 2 : null, 1))
                    .toList();
            Quiz exam = new Quiz(userId, new QuizSettings(EXAM_TITLE, items, false, EXAM_MINUTES, null, null, 1, false,
                    FeedbackPolicy.AFTER_SUBMIT), random.nextLong(), now);
            exam.publishAsExam();
            quizzes.save(exam);
            return new ExamStart(start(exam, userId, 0, now, now.plus(Duration.ofMinutes(EXAM_MINUTES))), false);
        });
    }

    private long start(Quiz quiz, long userId, int number, Instant now, Instant deadline) {
        QuizAttempt attempt = attempts.save(new QuizAttempt(quiz.getId(), userId, number, now, deadline));
        attemptQuestions.insert(attempt.getId(), QuizDraw.draw(quiz, userId, number, bank), bank);
        return attempt.getId();
    }

    /**
     * What a student is about to start, told before the clock runs: {@code minutes} is the time
     * limit, {@code effectiveMinutes} the time they would really have if they started now, which
     * is less when the quiz closes before the limit runs out ({@link #closingCuts()}).
     */
    public record QuizInfo(String title, int questions, int minutes, Instant closesAt, int attemptsLeft,
                           boolean inProgress, boolean open, int effectiveMinutes) {

        /** Whether the closing time, not the time limit, ends an attempt started now. */
        public boolean closingCuts() {
            return effectiveMinutes < minutes;
        }
    }

    /** Whole minutes an attempt started at {@code now} would have: the limit, or less up to the closing time. */
    static int effectiveMinutes(int limitMinutes, Instant closesAt, Instant now) {
        if (closesAt == null) {
            return limitMinutes;
        }
        long untilClose = Math.max(0, Duration.between(now, closesAt).toMinutes());
        return (int) Math.min(limitMinutes, untilClose);
    }

    /** The quiz behind a code, for the join page; an unknown code is the same error as when joining. */
    @Transactional(readOnly = true)
    public QuizInfo about(String code) {
        Quiz quiz = quizzes.withItemsByJoinCode(normalized(code)).orElseThrow(() -> unknownCode(code));
        checkMember(quiz, currentUser.id());
        QuizAttemptRepository.Standing standing = attempts.standing(quiz.getId(), currentUser.id());
        List<QuizAttemptRepository.Earlier> mine = standing.attempts();
        Instant now = clock.instant();
        boolean inProgress = mine.stream().anyMatch(a -> a.submittedAt() == null && !QuizSubmission.expired(a.deadline(), now));
        int count = quiz.getItems().stream().mapToInt(QuizItem::getCount).sum();
        int extraAttempts = standing.extraAttempts();
        int extraMinutes = standing.extraMinutes();
        return new QuizInfo(quiz.getTitle(), count, quiz.getTimeLimitMinutes(), quiz.getClosesAt(),
                Math.max(0, quiz.getAttemptsAllowed() + extraAttempts - mine.size()), inProgress, quiz.isOpen(now),
                effectiveMinutes(quiz.getTimeLimitMinutes() + extraMinutes,
                        quiz.getClosesAt() == null ? null : quiz.getClosesAt().plus(Duration.ofMinutes(extraMinutes)), now));
    }

    private static String normalized(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    /** An unknown code; one of a group's shape is told where it goes. */
    private static QuizInputException unknownCode(String code) {
        return new QuizInputException("code", GroupCodes.looksLikeGroupCode(code) ? "quiz.error.groupcode"
                : "quiz.error.code");
    }

    /** A quiz limited to a group is for its members (and its teachers, to try it). */
    private void checkMember(Quiz quiz, long userId) {
        if (quiz.getGroupId() != null && quiz.getOwnerId() != userId && !quizzes.memberOf(quiz.getGroupId(), userId)
                && !quizzes.sharedWith(quiz.getId(), userId)) {
            throw new QuizInputException("code", "quiz.error.notmember");
        }
    }

    /**
     * Joins with a code: resumes an unfinished attempt, or starts a new one if attempts are left.
     * Returns the attempt. Two tabs joining at once start one attempt: the second insert of the
     * same attempt number fails, runs again, and resumes the first.
     */
    public long join(String code) {
        long userId = currentUser.id();
        String normalized = normalized(code);
        return retrying.inTransaction(() -> {
            Quiz quiz = quizzes.withItemsByJoinCode(normalized).orElseThrow(() -> unknownCode(code));
            checkMember(quiz, userId);
            Instant now = clock.instant();
            // with what a teacher gave: extra minutes or attempts, before the first attempt too
            QuizAttemptRepository.Standing standing = attempts.standing(quiz.getId(), userId);
            List<QuizAttemptRepository.Earlier> mine = standing.attempts();
            Optional<QuizAttemptRepository.Earlier> open = mine.stream()
                    .filter(a -> a.submittedAt() == null && !QuizSubmission.expired(a.deadline(), now)).findFirst();
            if (open.isPresent()) {
                return open.get().id();
            }
            if (!quiz.isOpen(now)) {
                throw new QuizInputException("code", "quiz.error.closed");
            }
            if (mine.size() >= quiz.getAttemptsAllowed() + standing.extraAttempts()) {
                throw new QuizInputException("code", "quiz.error.noattempts");
            }
            return start(quiz, userId, mine.size(), now,
                    deadline(quiz, now, standing.extraMinutes()));
        });
    }

    /**
     * When an attempt started now ends: after the time limit, or when the quiz closes if that
     * comes first; a student given extra minutes has them on both.
     */
    static Instant deadline(Quiz quiz, Instant now, int extraMinutes) {
        Duration extra = Duration.ofMinutes(extraMinutes);
        Instant deadline = now.plus(Duration.ofMinutes(quiz.getTimeLimitMinutes())).plus(extra);
        if (quiz.getClosesAt() != null && quiz.getClosesAt().plus(extra).isBefore(deadline)) {
            deadline = quiz.getClosesAt().plus(extra);
        }
        return deadline;
    }

    /** The questions one student would get, for the quiz's teacher to look through before publishing. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    public List<Exercise> preview(long quizId) {
        long me = currentUser.id();
        Quiz quiz = QuizAccess.own(quizzes, quizId, me);
        return QuizDraw.draw(quiz, me, 1, bank).stream().map(d -> bank.generate(d.templateId(), d.seed())).toList();
    }

    /** The student's own attempt as it stands. Changes nothing, also when its time is up ({@link AttemptSheet#timeUp}). */
    @Transactional(readOnly = true)
    public AttemptSheet sheet(long attemptId) {
        return own(attemptId).sheet();
    }

    private AttemptSheets.Read own(long attemptId) {
        AttemptSheets.Read read = sheets.read(attemptId)
                .orElseThrow(() -> new QuizInputException("attempt", "quiz.error.unknown"));
        if (read.userId() != currentUser.id()) {
            throw new AccessDeniedException("not your attempt");
        }
        return read;
    }

    /**
     * An autosave's answer: the attempt's version after it, and whether another window had
     * changed the attempt since this one last saw it (its own write is kept all the same: the
     * last write wins, and the view reloads to show the attempt as it now is).
     */
    public record Saved(long version, boolean changedElsewhere) {
    }

    /**
     * Saves one part's answer the moment it is typed; refused once the attempt is over or the
     * question checked. Returns only after the save has committed: what it acknowledges is kept.
     * {@code seenVersion} is the attempt's version as the caller last saw it.
     */
    public Saved save(long attemptId, long seenVersion, long questionId, String partId, String typed) {
        return save(attemptId, seenVersion, questionId, partId, typed, Locale.ENGLISH);
    }

    /** Saves one part's answer as above, typed in {@code typedIn}: it is graded later in that language. */
    public Saved save(long attemptId, long seenVersion, long questionId, String partId, String typed,
                      Locale typedIn) {
        String lang = AnswerLanguage.tag(typedIn);
        if (partId == null || partId.isEmpty() || partId.length() > 64) {
            throw new QuizInputException("answer", "quiz.error.question");
        }
        long userId = currentUser.id();
        String text = AnswerParser.bounded(typed);
        return notSavedOnFailure(() -> retrying.inTransaction(() -> {
            Instant now = clock.instant();
            Instant cutoff = now.minus(QuizSubmission.GRACE);
            if (attempts.claim(attemptId, userId, false, seenVersion, questionId, cutoff) == 1) {
                answers.upsert(questionId, partId, text, lang, now);
                return new Saved(seenVersion + 1, false);
            }
            refuseIfNotOpen(attemptId, userId, questionId, now);
            // open, and the question is the attempt's own: the tab saw an older version
            if (attempts.claim(attemptId, userId, true, 0, questionId, cutoff) == 0) {
                throw new QuizInputException("answer", "quiz.error.over");
            }
            answers.upsert(questionId, partId, text, lang, now);
            return new Saved(attempts.version(attemptId), true);
        }));
    }

    /**
     * A save the database could not make (a failing disk, a lock that never came) is told to the
     * student on the field's status, not shown as an error page: they type it again, nothing else
     * is lost.
     */
    private static <T> T notSavedOnFailure(java.util.function.Supplier<T> save) {
        try {
            return save.get();
        } catch (DataAccessException e) {
            LOG.warn("An answer could not be saved", e);
            throw new QuizInputException("answer", "quiz.error.notsaved");
        }
    }

    /** Why a save or check is refused, in the student's words; returns when the attempt is open to it. */
    private void refuseIfNotOpen(long attemptId, long userId, long questionId, Instant now) {
        QuizAttemptRepository.Head head = ownHead(attemptId, userId);
        if (head.submittedAt() != null || QuizSubmission.expired(head.deadline(), now)) {
            throw new QuizInputException("answer", "quiz.error.over");
        }
        QuizQuestion q = questions.findById(questionId).filter(x -> x.getAttemptId() == attemptId)
                .orElseThrow(() -> new QuizInputException("question", "quiz.error.question"));
        if (q.getScore() != null) {
            // checked with immediate feedback: the key has been shown, the answer stands
            throw new QuizInputException("answer", "quiz.error.checked");
        }
    }

    private QuizAttemptRepository.Head ownHead(long attemptId, long userId) {
        QuizAttemptRepository.Head head = attempts.head(attemptId)
                .orElseThrow(() -> new QuizInputException("attempt", "quiz.error.unknown"));
        if (head.userId() != userId) {
            throw new AccessDeniedException("not your attempt");
        }
        return head;
    }

    /**
     * How a typed answer reads, without telling right from wrong: the reading problem of an answer
     * that is no number Stride can read, or that reads two ways ("3.613"), so that the student can
     * rewrite it now; a quiz cannot ask at hand-in time. Empty when it reads one way, or is blank.
     */
    public Optional<PartResult> readingProblem(String templateId, long seed, StoredExercise drawn, String partId,
                                               String typed, Locale typedIn) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        // the exercise as drawn, as hand-in grades it: its part may have asked another unit than the template now does
        return readingProblem(bank.restore(templateId, seed, drawn), partId, typed, typedIn);
    }

    private Optional<PartResult> readingProblem(Exercise exercise, String partId, String typed, Locale typedIn) {
        return bank.grade(exercise, Map.of(partId, typed), typedIn).parts().stream()
                .filter(r -> r.partId().equals(partId))
                .filter(r -> r.outcome() == Outcome.INVALID || r.outcome() == Outcome.AMBIGUOUS)
                .findFirst();
    }

    /**
     * What handing in now would leave open: questions with a part not answered, and questions with
     * an answer Stride cannot read or that reads two ways (which counts as wrong at hand-in, as
     * nobody can be asked then). Told apart by how the saved answers read, not by whether text
     * was typed: "abc" is no answer.
     */
    public record HandInCheck(long unanswered, long unreadable) {
    }

    /** The student's own attempt, counted before handing it in; changes nothing. */
    @Transactional(readOnly = true)
    public HandInCheck handInCheck(long attemptId) {
        long unanswered = 0;
        long unreadable = 0;
        AttemptSheet sheet = own(attemptId).sheet();
        for (AttemptSheet.Question q : sheet.questions()) {
            boolean blank = false;
            boolean problem = false;
            Exercise exercise = exercise(q);
            for (var part : exercise.template().parts()) {
                String typed = q.typed().get(part.id());
                if (typed == null || typed.isBlank()) {
                    blank = true;
                } else if (readingProblem(exercise, part.id(), typed, q.typedIn(part.id())).isPresent()) {
                    problem = true;
                }
            }
            unreadable += problem ? 1 : 0;
            unanswered += blank && !problem ? 1 : 0;
        }
        return new HandInCheck(unanswered, unreadable);
    }

    /**
     * In a quiz with immediate feedback: grades one question now and fixes its answer; refused
     * while any of its parts is empty or cannot be read one way.
     */
    public AttemptSheet check(long attemptId, long questionId) {
        long userId = currentUser.id();
        notSavedOnFailure(() -> retrying.inTransaction(() -> {
            Instant now = clock.instant();
            if (ownHead(attemptId, userId).policy() != FeedbackPolicy.IMMEDIATE) {
                throw new QuizInputException("question", "quiz.error.noCheck");
            }
            // the attempt's row first, as a save and a hand-in take it: a save racing this check waits for it
            if (attempts.claim(attemptId, userId, true, 0, questionId, now.minus(QuizSubmission.GRACE)) == 0) {
                refuseIfNotOpen(attemptId, userId, questionId, now);
                throw new QuizInputException("answer", "quiz.error.over");
            }
            QuizQuestion q = questions.findById(questionId).orElseThrow();
            QuizSubmission.Answers given = submission.answersOf(attemptId)
                    .getOrDefault(questionId, QuizSubmission.Answers.NONE);
            // a part empty, unreadable or read two ways: nothing is graded and no key shown, or the
            // key of the other parts could be read off before the last one is written
            if (bank.grade(bank.restore(q.getTemplateId(), q.getSeed(), q.getStored()), given.typed(),
                    given::languageOf).needsAnotherLook()) {
                throw new QuizInputException("answer", "quiz.error.incomplete");
            }
            return submission.grade(q, given);
        }));
        return own(attemptId).sheet();
    }

    /** Hands the attempt in. After its time is up it is handed in with what was saved in time, and the student told. */
    public AttemptSheet submit(long attemptId) {
        AttemptSheet before = own(attemptId).sheet();
        if (!before.submitted() && before.timeUp()) {
            submission.handInAtDeadline(attemptId);
        } else if (!before.submitted()) {
            submission.handInNow(attemptId, clock.instant());
        }
        AttemptSheet after = own(attemptId).sheet();
        if (after.autoSubmitted()) {
            throw new QuizInputException("submit", "quiz.error.late");
        }
        return after;
    }

    /**
     * The browser's countdown reached zero, or a view opened an attempt whose time is up. Once the
     * server's clock agrees, the attempt is handed in as it stood at the deadline; a browser whose
     * clock runs ahead changes nothing.
     */
    public AttemptSheet timeUp(long attemptId) {
        AttemptSheet sheet = own(attemptId).sheet();
        if (!sheet.submitted() && !clock.instant().isBefore(sheet.deadline())) {
            submission.handInAtDeadline(attemptId);
            return own(attemptId).sheet();
        }
        return sheet;
    }

    /** Hands in this student's attempts whose time ran out while they were away; before their list is shown. */
    public int handInOverdue() {
        return deadlines.handInOverdueOfUser(currentUser.id());
    }

    /** Where a student's attempt stands, for their list of quizzes. */
    public enum AttemptState { IN_PROGRESS, HANDED_IN, REVIEW }

    /** One of the student's attempts: the score only once the quiz's policy shows it. */
    public record MyAttempt(long attemptId, String quizTitle, boolean exam, Instant startedAt, AttemptState state,
                            Double score) {
    }

    /** The student's latest attempts, newest first. */
    @Transactional(readOnly = true)
    public List<MyAttempt> mine() {
        Instant now = clock.instant();
        return attempts.mine(currentUser.id(), PageRequest.of(0, 50)).stream().map(a -> {
            boolean exam = a.status() == QuizStatus.EXAM;
            boolean submitted = a.submittedAt() != null;
            boolean visible = Quiz.feedbackVisible(a.policy(), a.closesAt(), submitted, now);
            AttemptState state = !submitted ? AttemptState.IN_PROGRESS
                    : visible ? AttemptState.REVIEW : AttemptState.HANDED_IN;
            return new MyAttempt(a.id(), exam ? null : a.title(), exam, a.startedAt(), state, visible ? a.score() : null);
        }).toList();
    }

    /** The exercise behind a question, exactly as it was drawn for the attempt. */
    public Exercise exercise(AttemptSheet.Question question) {
        return bank.restore(question.templateId(), question.seed(), question.drawn());
    }
}
