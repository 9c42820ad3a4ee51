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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
        return next(family, difficulty, Set.of()).exercise();
    }

    /**
     * An exercise drawn for practice, with the difficulty that was asked for (null: any). Where the
     * topic has nothing at that difficulty it is of the nearest one, and {@link #fellBack} says so.
     */
    public record Next(Exercise exercise, Integer askedDifficulty, boolean seenBefore) {

        /** {@code seenBefore}: every variant there is was seen today, so this one was too. */
        public Next(Exercise exercise, Integer askedDifficulty) {
            this(exercise, askedDifficulty, false);
        }

        public boolean fellBack() {
            return askedDifficulty != null && exercise.template().difficulty() != askedDifficulty;
        }
    }

    /**
     * A new exercise of a family (null: any), at a difficulty (null: any) or else the nearest one,
     * that the student has not seen today: not answered today ({@code shownHere} adds the ones the
     * page showed, answered or not, as {@link #variantKey}s).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Next next(String family, Integer difficulty, Set<Long> shownHere) {
        List<Template> candidates = candidates(bank.templates(), family, difficulty);
        Drawn drawn = unseen(candidates, shownHere);
        return new Next(drawn.exercise(), difficulty, drawn.seenBefore());
    }

    /**
     * The templates to draw from: of the family (null: any) at the difficulty (null: any); where
     * there are none at that difficulty, those at the nearest difficulty that has some, the easier
     * one where two are as near. Empty only for a family without templates.
     */
    static List<Template> candidates(List<Template> templates, String family, Integer difficulty) {
        List<Template> ofFamily = templates.stream().filter(t -> family == null || t.family().equals(family)).toList();
        if (difficulty == null) {
            return ofFamily;
        }
        Optional<Integer> nearest = ofFamily.stream().map(Template::difficulty)
                .min(Comparator.<Integer>comparingInt(d -> Math.abs(d - difficulty)).thenComparingInt(d -> d));
        return nearest.map(d -> ofFamily.stream().filter(t -> t.difficulty() == d).toList()).orElse(List.of());
    }

    /** The same question with new numbers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Exercise variant(String templateId) {
        return variant(templateId, Set.of());
    }

    /** The same question with numbers the student has not seen today, as far as it has other numbers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Exercise variant(String templateId, Set<Long> shownHere) {
        Template t = bank.template(templateId).orElseThrow(() -> new UserInputException("template", "practice.link.template"));
        return unseen(List.of(t), shownHere).exercise();
    }

    /** Draws of a template that give the same exercise again before it counts as run out for today. */
    private static final int MISSES_PER_TEMPLATE = 4;

    /**
     * A new draw of one of the templates that is no variant the student saw today. The variants
     * seen are read from today's attempts at these templates (one statement, as long as the day),
     * plus those the page showed. A template whose draws keep giving seen variants (a concept
     * question has only one) gives way to another; only when all have run out is a seen one served.
     */
    private record Drawn(Exercise exercise, boolean seenBefore) {
    }

    private Drawn unseen(List<Template> templates, Set<Long> shownHere) {
        if (templates.isEmpty()) {
            throw new UserInputException("family", "practice.link.family");
        }
        Set<Long> seen = new HashSet<>(shownHere);
        Instant dayStart = clock.instant().atZone(clock.getZone()).toLocalDate().atStartOfDay(clock.getZone())
                .toInstant();
        for (AttemptRepository.Seen a : attempts.seenSince(currentUser.id(), dayStart,
                templates.stream().map(Template::id).toList())) {
            seen.add(variantKey(a.templateId(), a.seed(), new StoredExercise(a.templateVersion(), a.drawnExercise())));
        }
        List<Template> open = new ArrayList<>(templates);
        Map<String, Integer> misses = new HashMap<>();
        Exercise drawn = null;
        while (!open.isEmpty()) {
            Template t = open.get(ThreadLocalRandom.current().nextInt(open.size()));
            drawn = bank.generate(t.id(), newSeed());
            if (!seen.contains(variantKey(drawn))) {
                return new Drawn(drawn, false);
            }
            if (t.params().isEmpty() || misses.merge(t.id(), 1, Integer::sum) >= MISSES_PER_TEMPLATE) {
                open.remove(t);
            }
        }
        return new Drawn(drawn, true);
    }

    /**
     * Which variant an exercise is, as a number: two draws are the same variant when they ask the
     * same (their template and the exercise as drawn, numbers and keys), whatever their seeds.
     * Small, so that a page keeps those it showed at little cost.
     */
    public long variantKey(Exercise exercise) {
        return variantKey(exercise.template().id(), exercise.seed(), bank.store(exercise));
    }

    private static long variantKey(String templateId, long seed, StoredExercise stored) {
        String what = stored.drawn() != null ? stored.version() + "\n" + stored.drawn() : "seed " + seed;
        return java.util.UUID.nameUUIDFromBytes((templateId + "\n" + what)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).getMostSignificantBits();
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

    /** A graded attempt again, exactly: its exercise, what was typed, how it was graded, and whose it is. */
    public record Review(Exercise exercise, Map<String, String> typed, Feedback feedback, long owner) {
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
                    return new Review(exercise, typed, bank.grade(exercise, typed, AnswerLanguage.locale(a.getLang())),
                            a.getUserId());
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

    /**
     * The outcome of a submission, and the student's mastery of the family after it: the level,
     * whether the mastery rule holds ({@code mastered}), the run of fully right different variants
     * it counts ({@code streak}), and whether the family was mastered before this answer.
     */
    public record Submission(Feedback feedback, boolean recorded, double masteryAfter, boolean mastered, int streak,
                             boolean wasMastered) {

        public Submission(Feedback feedback, boolean recorded, double masteryAfter, boolean mastered) {
            this(feedback, recorded, masteryAfter, mastered, 0, false);
        }
    }

    /**
     * Records answers graded elsewhere (a quiz, a mock exam) in the student's mastery, in the
     * transaction that graded them: a blank or unreadable answer there counts as wrong, since no
     * one is asked any more. A mock exam's is kept as a practice attempt too; a quiz's moves
     * mastery only. No sign-in is required: a deadline may hand the exam in while nobody is
     * signed in; and no view can call it.
     */
    @EventListener
    @Transactional
    void record(GradedElsewhere graded) {
        if (graded.asAttempt()) {
            keep(graded.userId(), graded.exercise(), graded.stored(), graded.typed(), graded.feedback(), 0,
                    graded.source(), graded.typedIn());
        } else {
            move(graded.userId(), graded.exercise(), graded.feedback(), clock.instant());
        }
    }

    /**
     * Grades typed answers. Answers that cannot be graded yet (no number, two readings) are
     * sent back without recording anything, and so are answers to an exercise whose key this
     * student had shown ("Show the answer"); a graded attempt is kept and moves mastery, once,
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
        boolean[] before = new boolean[1];
        Mastery m = retrying.inTransaction(() -> {
            if (revealedBy(userId, exercise)) {
                // its key was shown (perhaps in another tab): the answer is graded, but earns nothing
                return null;
            }
            before[0] = mastery.findById(new Mastery.Key(userId, exercise.template().family()))
                    .map(earlier -> earlier.masteredAt() != null).orElse(false);
            return keep(userId, exercise, stored, answers, feedback, durationMs, source, typedIn);
        });
        if (m == null) {
            return new Submission(feedback, false, Double.NaN, false);
        }
        return new Submission(feedback, true, m.level(), m.masteredAt() != null, m.correctStreak(), before[0]);
    }

    /** The source of an attempt given up on with "Show the answer": a 0 that nothing can make good. */
    public static final String REVEALED = "revealed";

    /**
     * "Show the answer": the student gives up on the exercise, which is kept as an attempt with
     * nothing answered and a score of 0 — a wrong answer for progress and mastery — before the
     * key is shown. Once only: asking again records nothing more.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Submission reveal(Exercise exercise, long durationMs) {
        long userId = currentUser.id();
        List<PartResult> none = exercise.template().parts().stream().map(p -> new PartResult(p.id(),
                app.stride.grading.Outcome.WRONG, 0, null, null, null, null, List.of())).toList();
        Feedback zero = new Feedback(0, none);
        StoredExercise stored = bank.store(exercise);
        Mastery m = retrying.inTransaction(() -> {
            if (revealedBy(userId, exercise)) {
                return mastery.findById(new Mastery.Key(userId, exercise.template().family())).orElseThrow();
            }
            return keep(userId, exercise, stored, Map.of(), zero, durationMs, REVEALED, Locale.ENGLISH);
        });
        return new Submission(zero, true, m.level(), m.masteredAt() != null);
    }

    /** Whether the signed-in student has had this exercise's answer shown: then it earns no credit any more. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean revealed(Exercise exercise) {
        return revealedBy(currentUser.id(), exercise);
    }

    private boolean revealedBy(long userId, Exercise exercise) {
        return attempts.existsByUserIdAndTemplateIdAndSeedAndSource(userId, exercise.template().id(), exercise.seed(),
                REVEALED);
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
        return move(userId, exercise, feedback, now);
    }

    private Mastery move(long userId, Exercise exercise, Feedback feedback, Instant now) {
        String family = exercise.template().family();
        Mastery m = mastery.findById(new Mastery.Key(userId, family)).orElseGet(() -> new Mastery(userId, family, now));
        // the run towards mastery counts different variants, not different seeds of one variant
        m.record(feedback.score(), variantKey(exercise), now);
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
