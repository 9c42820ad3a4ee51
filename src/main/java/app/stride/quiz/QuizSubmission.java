package app.stride.quiz;

import app.stride.bank.QuestionBank;
import app.stride.base.Retrying;
import app.stride.exercise.Exercise;
import app.stride.grading.AnswerLanguage;
import app.stride.grading.Feedback;
import app.stride.grading.PartResult;
import app.stride.practice.GradedElsewhere;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Handing an attempt in, the one way it happens, whoever asks: the student, the browser's
 * countdown, or the deadline sweep. Every question is graded, the score kept, and every
 * question's grade moves the student's mastery (a mock exam's is kept as practice too), all in one transaction that commits only if the
 * attempt's version is still the one it read. So exactly one hand-in wins: a racing second one
 * runs again, finds the attempt handed in and changes nothing; a hand-in that read the answers
 * before a save committed runs again with that answer in. It belongs to no user's session and
 * has no method security of its own.
 */
@Component
class QuizSubmission {

    /** Network slack for an answer sent in the last moment. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final QuizAttemptRepository attempts;
    private final QuizQuestionRepository questions;
    private final QuizAnswerRepository answers;
    private final QuizRepository quizzes;
    private final QuestionBank bank;
    private final ApplicationEventPublisher events;
    private final Retrying retrying;
    private final Clock clock;
    private final QuizOverrideRepository overrides;

    QuizSubmission(QuizAttemptRepository attempts, QuizQuestionRepository questions, QuizAnswerRepository answers,
                   QuizRepository quizzes, QuestionBank bank, ApplicationEventPublisher events, Retrying retrying,
                   Clock clock, QuizOverrideRepository overrides) {
        this.clock = clock;
        this.overrides = overrides;
        this.attempts = attempts;
        this.questions = questions;
        this.answers = answers;
        this.quizzes = quizzes;
        this.bank = bank;
        this.events = events;
        this.retrying = retrying;
    }

    /** Past the deadline and its grace: nothing is accepted any more, and the attempt is due to be handed in. */
    static boolean expired(Instant deadline, Instant now) {
        return now.isAfter(deadline.plus(GRACE));
    }

    /** The student hands it in now; false if it had been handed in already. */
    boolean handInNow(long attemptId, Instant now) {
        return handIn(attemptId, a -> now, false);
    }

    /** The time ran out: handed in as it stood at its deadline; false if it had been handed in already. */
    boolean handInAtDeadline(long attemptId) {
        return handIn(attemptId, QuizAttempt::getDeadline, true);
    }

    private boolean handIn(long attemptId, Function<QuizAttempt, Instant> at, boolean automatically) {
        return retrying.inTransaction(() -> {
            QuizAttempt a = attempts.findById(attemptId).orElseThrow(
                    () -> new QuizInputException("attempt", "quiz.error.unknown"));
            if (a.isSubmitted()) {
                return false;
            }
            List<QuizQuestion> all = questions.findByAttemptIdOrderByPosition(attemptId);
            Map<Long, Answers> saved = answersOf(attemptId);
            // only a reopened attempt may have a teacher's marks already: they stand over the grader's
            Map<Long, Map<String, Double>> marks = a.isReopened()
                    ? QuizOverrideRepository.byQuestion(overrides.ofAttempt(attemptId)) : Map.of();
            Optional<Quiz> quiz = quizzes.findById(a.getQuizId());
            boolean exam = quiz.map(Quiz::isExam).orElse(false);
            // a quiz that shows its results only once closed moves mastery then (feedMastery): a
            // mastery that moved at hand-in would tell the grades before the quiz does
            boolean seen = quiz.map(x -> Quiz.feedbackVisible(x.getFeedbackPolicy(), x.getClosesAt(), true,
                    clock.instant())).orElse(true);
            // a reopened attempt moved mastery at its first hand-in: its second moves it no more
            boolean feeds = seen && !a.isMasteryFed();
            double total = 0;
            for (QuizQuestion q : all) {
                Answers given = saved.getOrDefault(q.getId(), Answers.NONE);
                Graded graded = grade(q, given, marks.getOrDefault(q.getId(), Map.of()));
                total += graded.score();
                // every question moves mastery as its score stands, a blank or unreadable one as wrong:
                // else leaving the hard ones blank would keep mastery high. In this transaction, so a
                // hand-in that loses the race and runs again (and finds the attempt handed in) adds none.
                if (feeds) {
                    events.publishEvent(new GradedElsewhere(a.getUserId(), graded.exercise(), q.getStored(),
                            given.typed(), graded.feedback(), exam ? "exam" : "quiz", exam, given.last()));
                }
            }
            if (seen) {
                a.masteryFed();
            }
            a.submit(at.apply(a), automatically, all.isEmpty() ? 0 : total / all.size());
            return true;
        });
    }

    /**
     * A handed-in attempt whose grades were hidden at hand-in (its quiz shows them once closed)
     * moves its student's mastery, once its quiz has closed: once, whoever asks and however many
     * at a time, by the attempt's flag. With the scores as they were graded at hand-in; a mock
     * exam, whose grades show at hand-in, never comes here.
     */
    boolean feedMastery(long attemptId) {
        return retrying.inTransaction(() -> {
            if (attempts.claimMastery(attemptId) == 0) {
                return false;
            }
            long userId = attempts.findById(attemptId).orElseThrow().getUserId();
            for (QuizQuestion q : questions.findByAttemptIdOrderByPosition(attemptId)) {
                Exercise exercise = bank.restore(q.getTemplateId(), q.getSeed(), q.getStored());
                double score = q.getScore() == null ? 0 : q.getScore();
                events.publishEvent(new GradedElsewhere(userId, exercise, q.getStored(), Map.of(),
                        new Feedback(score, List.of()), "quiz", false, Locale.ENGLISH));
            }
            return true;
        });
    }

    /**
     * What was typed for one question, per part, and the language each part was typed in: a
     * student who switched language halfway through a question has each answer read its own way.
     * {@code last}: the language of the answer saved last, for what keeps one language per question.
     */
    record Answers(Map<String, String> typed, Map<String, Locale> languages, Locale last) {

        static final Answers NONE = new Answers(Map.of(), Map.of(), Locale.ENGLISH);

        Locale languageOf(String partId) {
            return languages.getOrDefault(partId, Locale.ENGLISH);
        }
    }

    /** What was typed, per question, read in one statement for the whole attempt. */
    Map<Long, Answers> answersOf(long attemptId) {
        return grouped(answers.ofAttempt(attemptId));
    }

    /** Saved answers, per question. */
    static Map<Long, Answers> grouped(List<QuizAnswerRepository.Typed> rows) {
        Map<Long, List<QuizAnswerRepository.Typed>> saved = new HashMap<>();
        for (QuizAnswerRepository.Typed t : rows) {
            saved.computeIfAbsent(t.questionId(), id -> new ArrayList<>()).add(t);
        }
        Map<Long, Answers> of = new HashMap<>();
        saved.forEach((question, parts) -> {
            Map<String, String> typed = new HashMap<>();
            Map<String, Locale> languages = new HashMap<>();
            QuizAnswerRepository.Typed last = parts.get(0);
            for (QuizAnswerRepository.Typed t : parts) {
                typed.put(t.partId(), t.typed());
                languages.put(t.partId(), AnswerLanguage.locale(t.lang()));
                last = t.savedAt().isAfter(last.savedAt()) ? t : last;
            }
            of.put(question, new Answers(typed, languages, AnswerLanguage.locale(last.lang())));
        });
        return of;
    }

    /** A question as graded: its exercise, the grader's feedback, and its score weighted over its parts. */
    record Graded(Exercise exercise, Feedback feedback, double score) {
    }

    /** Grades a question and keeps its score; in a quiz an unreadable answer is a wrong one. */
    Graded grade(QuizQuestion q, Answers given) {
        return grade(q, given, Map.of());
    }

    /** Grades a question as above, with a teacher's marks ({@code marks}: part → 0..1) over the grader's. */
    Graded grade(QuizQuestion q, Answers given, Map<String, Double> marks) {
        Exercise exercise = bank.restore(q.getTemplateId(), q.getSeed(), q.getStored());
        Feedback feedback = bank.grade(exercise, given.typed(), given::languageOf);
        double score = feedback.scoreWith(marks, exercise);
        q.grade(score, feedback.firstMistake());
        return new Graded(exercise, feedback, score);
    }
}
