package app.stride.quiz;

import app.stride.account.CurrentUser;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.Template;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students take quizzes: join with a code, answer with every answer saved on the server as
 * it is entered, and submit before a deadline the server keeps. An attempt whose time is up is
 * submitted with what was saved; nothing is accepted after it.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class QuizTakingService {

    /** A mock exam: an hour, one question of each calculation family at exam level, like the real exam. */
    static final List<String> EXAM_FAMILIES = List.of("conv-output-size", "conv-params", "conv-multiplications",
            "memory", "conv-by-hand", "pooling", "batchnorm", "iou", "nms", "resnet", "concepts");
    static final int EXAM_MINUTES = 60;

    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final QuestionBank bank;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final QuizSubmission submission;

    QuizTakingService(QuizRepository quizzes, QuizAttemptRepository attempts, QuestionBank bank, CurrentUser currentUser,
                      Clock clock, QuizSubmission submission) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
        this.submission = submission;
    }

    /**
     * Starts a mock exam with new numbers: the student's own one-attempt quiz, without feedback
     * until it is handed in; its answers then count as practice and move mastery.
     */
    public QuizAttempt startExam() {
        long userId = currentUser.id();
        Instant now = clock.instant();
        List<QuizSettings.Item> items = EXAM_FAMILIES.stream()
                .filter(f -> !bank.family(f).isEmpty())
                .map(f -> new QuizSettings.Item(f, null, bank.family(f).stream().anyMatch(t -> t.difficulty() == 2)
                        ? 2 : null, 1))
                .toList();
        Quiz exam = new Quiz(userId, new QuizSettings(EXAM_TITLE, items, false, EXAM_MINUTES, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT), new java.security.SecureRandom().nextLong(), now);
        exam.publishAsExam();
        quizzes.save(exam);
        QuizAttempt attempt = new QuizAttempt(exam.getId(), userId, now, now.plus(Duration.ofMinutes(EXAM_MINUTES)));
        questions(exam, userId, 0).forEach(q -> attempt.add(q.id(), q.seed()));
        return attempts.save(attempt);
    }

    static final String EXAM_TITLE = "exam";

    /** What a student is about to start, told before the clock runs. */
    public record QuizInfo(String title, int questions, int minutes, Instant closesAt, int attemptsLeft,
                           boolean inProgress, boolean open) {
    }

    /** The quiz behind a code, for the join page; an unknown code is the same error as when joining. */
    @Transactional(readOnly = true)
    public QuizInfo about(String code) {
        Quiz quiz = byCode(code);
        List<QuizAttempt> mine = attempts.findByQuizIdAndUserIdOrderByStartedAt(quiz.getId(), currentUser.id());
        Instant now = clock.instant();
        boolean inProgress = mine.stream().anyMatch(a -> !a.isSubmitted() && !expired(a, now));
        int questions = quiz.getItems().stream().mapToInt(QuizItem::getCount).sum();
        return new QuizInfo(quiz.getTitle(), questions, quiz.getTimeLimitMinutes(), quiz.getClosesAt(),
                Math.max(0, quiz.getAttemptsAllowed() - mine.size()), inProgress, quiz.isOpen(now));
    }

    private Quiz byCode(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return quizzes.findByJoinCode(normalized).orElseThrow(() -> new QuizInputException("code", "quiz.error.code"));
    }

    /** Joins with a code: resumes an unfinished attempt, or starts a new one if attempts are left. */
    public QuizAttempt join(String code) {
        Quiz quiz = byCode(code);
        long userId = currentUser.id();
        Instant now = clock.instant();
        List<QuizAttempt> mine = attempts.findByQuizIdAndUserIdOrderByStartedAt(quiz.getId(), userId);
        for (QuizAttempt a : mine) {
            if (!a.isSubmitted()) {
                if (expired(a, now)) {
                    submission.handIn(a, a.getDeadline(), true);
                } else {
                    return a;
                }
            }
        }
        if (!quiz.isOpen(now)) {
            throw new QuizInputException("code", "quiz.error.closed");
        }
        if (mine.size() >= quiz.getAttemptsAllowed()) {
            throw new QuizInputException("code", "quiz.error.noattempts");
        }
        Instant deadline = now.plus(Duration.ofMinutes(quiz.getTimeLimitMinutes()));
        if (quiz.getClosesAt() != null && quiz.getClosesAt().isBefore(deadline)) {
            deadline = quiz.getClosesAt();
        }
        QuizAttempt attempt = new QuizAttempt(quiz.getId(), userId, now, deadline);
        questions(quiz, userId, mine.size()).forEach(q -> attempt.add(q.id(), q.seed()));
        return attempts.save(attempt);
    }

    /** The questions one student would get, for the quiz's teacher to look through before publishing. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    public List<Exercise> preview(long quizId) {
        Quiz quiz = quizzes.findById(quizId).orElseThrow(() -> new QuizInputException("quiz", "quiz.error.unknown"));
        if (quiz.getOwnerId() != currentUser.id()) {
            throw new AccessDeniedException("not the owner of quiz " + quizId);
        }
        return questions(quiz, currentUser.id(), 1).stream().map(d -> bank.generate(d.id(), d.seed())).toList();
    }

    private record Drawn(String id, long seed) {
    }

    /** The questions of one attempt: the same for all when the quiz says so, else this student's own. */
    private List<Drawn> questions(Quiz quiz, long userId, int attemptNumber) {
        long base = quiz.isSameVariants() ? quiz.getVariantSeed()
                : quiz.getVariantSeed() ^ (userId * 0x9E3779B97F4A7C15L) ^ (attemptNumber * 0xC2B2AE3D27D4EB4FL);
        SplittableRandom random = new SplittableRandom(base);
        List<Drawn> drawn = new ArrayList<>();
        for (QuizItem item : quiz.getItems()) {
            List<Template> choices = bank.family(item.getFamily()).stream()
                    .filter(t -> item.getTemplateId() == null || t.id().equals(item.getTemplateId()))
                    .filter(t -> item.getDifficulty() == null || t.difficulty() == item.getDifficulty())
                    .toList();
            for (int i = 0; i < item.getCount(); i++) {
                Template t = choices.get(random.nextInt(choices.size()));
                drawn.add(new Drawn(t.id(), random.nextLong(1, Long.MAX_VALUE)));
            }
        }
        if (quiz.isShuffle()) {
            Collections.shuffle(drawn, new Random(random.nextLong()));
        }
        return drawn;
    }

    /** The student's own attempt; one whose time is up is submitted first. */
    public QuizAttempt attempt(long attemptId) {
        QuizAttempt a = own(attemptId);
        if (!a.isSubmitted() && expired(a, clock.instant())) {
            submission.handIn(a, a.getDeadline(), true);
        }
        return a;
    }

    /** Saves one part's answer the moment it is typed; refused once the attempt is over. */
    public void save(long attemptId, long questionId, String partId, String typed) {
        QuizAttempt a = attempt(attemptId);
        if (a.isSubmitted()) {
            throw new QuizInputException("answer", "quiz.error.over");
        }
        QuizQuestion q = question(a, questionId);
        if (q.getScore() != null) {
            // checked with immediate feedback: the key has been shown, the answer stands
            throw new QuizInputException("answer", "quiz.error.checked");
        }
        String text = typed == null ? "" : typed.length() > 200 ? typed.substring(0, 200) : typed;
        q.save(partId, text, clock.instant());
    }

    /**
     * How a typed answer reads, without telling right from wrong: the reading problem of an answer
     * that is no number Stride can read, or that reads two ways ("3.613"), so that the student can
     * rewrite it now; a quiz cannot ask at hand-in time. Empty when it reads one way, or is blank.
     */
    @Transactional(readOnly = true)
    public Optional<PartResult> readingProblem(QuizQuestion q, String partId, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return bank.grade(submission.exercise(q), Map.of(partId, typed)).parts().stream()
                .filter(r -> r.partId().equals(partId))
                .filter(r -> r.outcome() == Outcome.INVALID || r.outcome() == Outcome.AMBIGUOUS)
                .findFirst();
    }

    /** In a quiz with immediate feedback: grades one question now and fixes its answer. */
    public QuizAttempt check(long attemptId, long questionId) {
        QuizAttempt a = attempt(attemptId);
        if (a.isSubmitted()) {
            throw new QuizInputException("answer", "quiz.error.over");
        }
        if (policy(a) != FeedbackPolicy.IMMEDIATE) {
            throw new QuizInputException("question", "quiz.error.noCheck");
        }
        QuizQuestion q = question(a, questionId);
        if (q.getScore() == null) {
            submission.grade(q);
        }
        return a;
    }

    private static QuizQuestion question(QuizAttempt a, long questionId) {
        return a.getQuestions().stream().filter(x -> x.getId() == questionId).findFirst()
                .orElseThrow(() -> new QuizInputException("question", "quiz.error.question"));
    }

    /** Hands the attempt in. After the deadline it has already been handed in with what was saved. */
    public QuizAttempt submit(long attemptId) {
        QuizAttempt a = attempt(attemptId);
        if (a.isSubmitted()) {
            if (a.isAutoSubmitted()) {
                throw new QuizInputException("submit", "quiz.error.late");
            }
            return a;
        }
        submission.handIn(a, clock.instant(), false);
        return a;
    }

    /**
     * The browser's countdown reached zero. Once the server's clock agrees, the attempt is handed
     * in as it stood at the deadline; a browser whose clock runs ahead changes nothing.
     */
    public QuizAttempt timeUp(long attemptId) {
        QuizAttempt a = attempt(attemptId);
        if (!a.isSubmitted() && !clock.instant().isBefore(a.getDeadline())) {
            submission.handIn(a, a.getDeadline(), true);
        }
        return a;
    }

    /** Time left by the server's clock, for a countdown that does not trust the browser's. */
    @Transactional(readOnly = true)
    public Duration timeLeft(QuizAttempt attempt) {
        Duration left = Duration.between(clock.instant(), attempt.getDeadline());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The quiz's feedback policy, for the attempt's view. */
    @Transactional(readOnly = true)
    public FeedbackPolicy policy(QuizAttempt attempt) {
        return quizzes.findById(attempt.getQuizId()).map(Quiz::getFeedbackPolicy).orElse(FeedbackPolicy.AFTER_CLOSE);
    }

    /** Whether the student may see grades now: after submitting, or once the window closed. */
    @Transactional(readOnly = true)
    public boolean feedbackVisible(QuizAttempt attempt) {
        Quiz quiz = quizzes.findById(attempt.getQuizId()).orElseThrow();
        return quiz.feedbackVisible(attempt.isSubmitted(), clock.instant());
    }

    /** Where a student's attempt stands, for their list of quizzes. */
    public enum AttemptState { IN_PROGRESS, HANDED_IN, REVIEW }

    /** One of the student's attempts: the score only once the quiz's policy shows it. */
    public record MyAttempt(long attemptId, String quizTitle, boolean exam, Instant startedAt, AttemptState state,
                            Double score) {
    }

    /** The student's latest attempts, newest first; those whose time ran out are handed in first. */
    public List<MyAttempt> mine() {
        Instant now = clock.instant();
        List<QuizAttempt> latest = attempts.findTop50ByUserIdOrderByStartedAtDesc(currentUser.id());
        Map<Long, Quiz> byId = new HashMap<>();
        quizzes.findAllById(latest.stream().map(QuizAttempt::getQuizId).distinct().toList())
                .forEach(q -> byId.put(q.getId(), q));
        List<MyAttempt> mine = new ArrayList<>();
        for (QuizAttempt a : latest) {
            if (!a.isSubmitted() && expired(a, now)) {
                submission.handIn(a, a.getDeadline(), true);
            }
            Quiz quiz = byId.get(a.getQuizId());
            boolean visible = quiz.feedbackVisible(a.isSubmitted(), now);
            AttemptState state = !a.isSubmitted() ? AttemptState.IN_PROGRESS
                    : visible ? AttemptState.REVIEW : AttemptState.HANDED_IN;
            mine.add(new MyAttempt(a.getId(), quiz.isExam() ? null : quiz.getTitle(), quiz.isExam(), a.getStartedAt(),
                    state, visible ? a.getScore() : null));
        }
        return mine;
    }

    /** The exercise behind a question, regenerated from (template, seed). */
    @Transactional(readOnly = true)
    public Exercise exercise(QuizQuestion question) {
        return submission.exercise(question);
    }

    /** The quiz's title, or null for a mock exam (whose title the view words in the student's language). */
    @Transactional(readOnly = true)
    public String title(QuizAttempt attempt) {
        return quizzes.findById(attempt.getQuizId()).filter(q -> !q.isExam()).map(Quiz::getTitle).orElse(null);
    }

    /** Whether this attempt belongs to a mock exam rather than a teacher's quiz. */
    @Transactional(readOnly = true)
    public boolean isExam(QuizAttempt attempt) {
        return quizzes.findById(attempt.getQuizId()).map(Quiz::isExam).orElse(false);
    }

    private static boolean expired(QuizAttempt a, Instant now) {
        return QuizSubmission.expired(a, now);
    }

    private QuizAttempt own(long attemptId) {
        QuizAttempt a = attempts.findById(attemptId)
                .orElseThrow(() -> new QuizInputException("attempt", "quiz.error.unknown"));
        if (a.getUserId() != currentUser.id()) {
            throw new AccessDeniedException("not your attempt");
        }
        return a;
    }
}
