package app.stride.practice;

import app.stride.account.CurrentUser;
import app.stride.bank.QuestionBank;
import app.stride.bank.StoredExercise;
import app.stride.base.Retrying;
import app.stride.base.UserInputException;
import app.stride.exercise.Exercise;
import app.stride.exercise.Seeds;
import app.stride.exercise.Template;
import app.stride.grading.AnswerLanguage;
import app.stride.grading.AnswerLanguage;
import app.stride.grading.AnswerParser;
import app.stride.grading.Feedback;
import app.stride.grading.PartResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice: picks the next exercise (a chosen topic, or the weakest or due one), grades what
 * the student typed, and keeps every graded attempt and the student's mastery per family.
 */
@Service
@Transactional(readOnly = true)
public class PracticeService {

    /** Fully right on this many different variants in a row: the family is mastered. */
    public static final int MASTERED_AFTER = 3;
    /** A mastered family not practised for this long is due for review. */
    public static final Duration REVIEW_AFTER = Duration.ofDays(14);

    private final QuestionBank bank;
    private final AttemptRepository attempts;
    private final MasteryRepository mastery;
    private final CurrentUser currentUser;
    private final StudentReach reach;
    private final Clock clock;
    private final Retrying retrying;
    private final ObjectMapper json = new ObjectMapper();

    PracticeService(QuestionBank bank, AttemptRepository attempts, MasteryRepository mastery, CurrentUser currentUser,
                    StudentReach reach, Clock clock, Retrying retrying) {
        this.reach = reach;
        this.retrying = retrying;
        this.bank = bank;
        this.attempts = attempts;
        this.mastery = mastery;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The families in the order the course teaches them, as far as the bank has them. */
    @Transactional(readOnly = true)
    public List<String> families() {
        return bank.families().list().stream().map(f -> f.id())
                .filter(id -> !bank.family(id).isEmpty()).toList();
    }

    /** A new exercise of a family (null: any), at a difficulty (null: any), with new numbers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Exercise next(String family, Integer difficulty) {
        List<Template> candidates = bank.templates().stream()
                .filter(t -> family == null || t.family().equals(family))
                .filter(t -> difficulty == null || t.difficulty() == difficulty)
                .toList();
        if (candidates.isEmpty()) {
            candidates = bank.templates().stream().filter(t -> family == null || t.family().equals(family)).toList();
        }
        Template t = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
        return bank.generate(t.id(), newSeed());
    }

    /** The same question with new numbers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Exercise variant(String templateId) {
        Template t = bank.template(templateId).orElseThrow(() -> new UserInputException("template", "practice.link.template"));
        return bank.generate(t.id(), newSeed());
    }

    /**
     * An exercise of practice again, from a link: (template, seed) draws it. Only practice's own seeds
     * (from 1 up): quizzes and mock exams draw theirs from the negative ones, which must never
     * show their keys outside the quiz.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Exercise> reopen(String templateId, long seed) {
        if (!Seeds.isPractice(seed)) {
            return Optional.empty();
        }
        return bank.template(templateId).map(t -> bank.generate(t.id(), seed));
    }

    /** A graded attempt again, exactly: its exercise, what was typed, and how it was graded. */
    public record Review(Exercise exercise, Map<String, String> typed, Feedback feedback) {
    }

    /**
     * An earlier attempt, for its owner, or for a teacher reading a student's progress (who asks,
     * and as what, the security context says). Empty when there is no such attempt; another's
     * that the caller may not read is an {@link org.springframework.security.access.AccessDeniedException}.
     * Nothing is recorded: grading the stored answers again gives the same feedback.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Review> review(long attemptId) {
        Optional<Attempt> found = attempts.findById(attemptId);
        found.ifPresent(a -> reach.check(a.getUserId()));
        return found.flatMap(a -> bank.template(a.getTemplateId()).map(t -> {
                    Exercise exercise = bank.restore(t.id(), a.getSeed(), a.getStored());
                    Map<String, String> typed = read(a.getAnswers());
                    return new Review(exercise, typed, bank.grade(exercise, typed, AnswerLanguage.locale(a.getLang())));
                }));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> read(String answers) {
        try {
            return json.readValue(answers, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static long newSeed() {
        return Seeds.practice(ThreadLocalRandom.current());
    }

    /**
     * What to practise: a mastered family that is due for review; else the family with the
     * lowest mastery among those practised; else the first one not practised yet.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String suggestion() {
        List<Mastery> mine = mastery.findByKeyUserId(currentUser.id());
        Instant now = clock.instant();
        Optional<Mastery> due = mine.stream().filter(m -> isDue(m, now))
                .min(Comparator.comparing(Mastery::lastPractised));
        if (due.isPresent()) {
            return due.get().family();
        }
        List<String> families = families();
        Optional<String> untried = families.stream()
                .filter(f -> mine.stream().noneMatch(m -> m.family().equals(f))).findFirst();
        Optional<Mastery> weakest = mine.stream().filter(m -> m.masteredAt() == null && families.contains(m.family()))
                .min(Comparator.comparingDouble(Mastery::level));
        if (weakest.isPresent() && (untried.isEmpty() || weakest.get().level() < 0.5)) {
            return weakest.get().family();
        }
        return untried.orElse(weakest.map(Mastery::family).orElse(families.get(0)));
    }

    static boolean isDue(Mastery m, Instant now) {
        return m.masteredAt() != null && m.lastPractised().plus(REVIEW_AFTER).isBefore(now);
    }

    /** The outcome of a submission, and the student's mastery of the family after it. */
    public record Submission(Feedback feedback, boolean recorded, double masteryAfter, boolean mastered) {
    }

    /**
     * Records answers graded elsewhere (a mock exam) as the student's practice, in the
     * transaction that graded them: an unreadable answer there counts as wrong, since no one is
     * asked any more. No sign-in is required: a deadline may hand the exam in while nobody is
     * signed in; and no view can call it.
     */
    @EventListener
    @Transactional
    void record(GradedElsewhere graded) {
        keep(graded.userId(), graded.exercise(), graded.stored(), graded.typed(), graded.feedback(), 0,
                graded.source(), graded.typedIn());
    }

    /**
     * Grades typed answers. Answers that cannot be graded yet (no number, two readings) are
     * sent back without recording anything; a graded attempt is kept and moves mastery, once,
     * also when another tab moves it at the same moment.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Submission submit(Exercise exercise, Map<String, String> typed, long durationMs, String source) {
        return submit(exercise, typed, durationMs, source, Locale.ENGLISH);
    }

    /** Grades answers as above, typed in {@code typedIn}, which decides how their numbers read and is kept with them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Submission submit(Exercise exercise, Map<String, String> typed, long durationMs, String source,
                             Locale typedIn) {
        Map<String, String> bounded = new LinkedHashMap<>();
        typed.forEach((part, text) -> bounded.put(part, AnswerParser.bounded(text)));
        typed = bounded;
        Feedback feedback = bank.grade(exercise, typed, typedIn);
        if (feedback.needsAnotherLook()) {
            return new Submission(feedback, false, Double.NaN, false);
        }
        long userId = currentUser.id();
        Map<String, String> answers = typed;
        StoredExercise stored = bank.store(exercise);
        Mastery m = retrying.inTransaction(() -> keep(userId, exercise, stored, answers, feedback, durationMs, source,
                typedIn));
        return new Submission(feedback, true, m.level(), m.masteredAt() != null);
    }

    private Mastery keep(long userId, Exercise exercise, StoredExercise stored, Map<String, String> typed,
                         Feedback feedback, long durationMs, String source, Locale typedIn) {
        Instant now = clock.instant();
        Map<String, Object> parsed = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        String misconception = null;
        for (PartResult part : feedback.parts()) {
            parsed.put(part.partId(), part.value() != null ? part.value().toPlainString() : part.list());
            scores.put(part.partId(), part.score());
            if (misconception == null && part.misconceptionId() != null) {
                misconception = part.misconceptionId();
            }
        }
        String family = exercise.template().family();
        attempts.save(new Attempt(userId, exercise.template().id(), family, exercise.seed(), write(typed),
                write(parsed), write(scores), feedback.score(), misconception, Math.max(0, durationMs),
                Objects.requireNonNullElse(source, "practice"), now, stored, AnswerLanguage.tag(typedIn)));
        Mastery m = mastery.findById(new Mastery.Key(userId, family)).orElseGet(() -> new Mastery(userId, family, now));
        m.record(feedback.score(), exercise.seed(), now);
        return mastery.save(m);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
