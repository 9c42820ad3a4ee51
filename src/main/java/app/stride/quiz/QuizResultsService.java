package app.stride.quiz;

import app.stride.account.AccountService;
import app.stride.account.CurrentUser;
import app.stride.account.UserSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a teacher learns from a quiz: who started and who submitted, the score of each student,
 * and per question (template) its mean score, how well it discriminates, and the mistakes made.
 * The results cost the same four statements for a class of 300 as for one student, and a
 * {@link Mark} tells a live page cheaply whether they are worth reading again.
 */
@Service
@Transactional(readOnly = true)
@Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
public class QuizResultsService {

    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final QuizQuestionRepository questions;
    private final AttemptSheets sheets;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final QuizDeadlines deadlines;
    private final Clock clock;

    QuizResultsService(QuizRepository quizzes, QuizAttemptRepository attempts, QuizQuestionRepository questions,
                       AttemptSheets sheets, AccountService accounts, CurrentUser currentUser, QuizDeadlines deadlines,
                       Clock clock) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.questions = questions;
        this.sheets = sheets;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * One attempt as its row on the results page. {@code questionScores}: per question in the order
     * the student had them; null where not graded yet. {@code used}: from the start to the hand-in,
     * or so far (at most up to the deadline) while in progress; {@code left}: the time left while
     * in progress, else null. {@code attempt}: 1 for the student's first, counted among {@code
     * attemptsOfStudent}. {@code answered} of {@code questionCount}: questions with some part not
     * blank in what was saved, for attempts in progress too.
     */
    public record StudentResult(String username, String displayName, long attemptId, boolean submitted,
                                boolean autoSubmitted, Double score, List<Double> questionScores, Instant startedAt,
                                Instant submittedAt, Duration used, Duration left, AttemptState state, int attempt,
                                int attemptsOfStudent, int answered, int questionCount) {
    }

    /**
     * {@code answered}: how many gave an answer (not blank); {@code meanScore} over every attempt that
     * had the question, a blank one as 0; {@code discrimination} null below {@link #MIN_ANSWERS}.
     */
    public record QuestionStats(String templateId, int answered, double meanScore, Double discrimination,
                                Map<String, Long> mistakes) {
    }

    /** Fewer answers than this and the discrimination index is noise: it is not given. */
    public static final int MIN_ANSWERS = 5;

    /**
     * {@code live}: the quiz is open, or someone is still answering; the page then keeps itself up
     * to date. {@code notStarted}: for a quiz limited to a group, its members without an attempt.
     */
    public record Results(long quizId, String title, String joinCode, List<StudentResult> students,
                          List<QuestionStats> questions, boolean live, List<NotStarted> notStarted) {
    }

    /** A member of the quiz's group who has not started it, and what a teacher gave them already. */
    public record NotStarted(long userId, String username, String displayName, int extraMinutes, int extraAttempts) {
    }

    public Results results(long quizId) {
        Quiz quiz = QuizAccess.own(quizzes, quizId, currentUser.id());
        List<QuizAttemptRepository.Result> all = attempts.results(quizId);
        Map<Long, List<QuizQuestionRepository.Grade>> grades = new HashMap<>();
        for (QuizQuestionRepository.Grade g : questions.gradesOfQuiz(quizId)) {
            grades.computeIfAbsent(g.attemptId(), id -> new ArrayList<>()).add(g);
        }
        Map<Long, UserSummary> people = all.isEmpty() ? Map.of()
                : accounts.summaries(all.stream().map(QuizAttemptRepository.Result::userId).distinct().toList());
        Instant now = clock.instant();
        Map<Long, Long> attemptsOf = all.stream()
                .collect(Collectors.groupingBy(QuizAttemptRepository.Result::userId, Collectors.counting()));
        List<StudentResult> students = all.stream().map(a -> {
            UserSummary who = people.get(a.userId());
            List<QuizQuestionRepository.Grade> own = grades.getOrDefault(a.id(), List.of());
            AttemptState state = AttemptState.of(a.submittedAt(), a.autoSubmitted(), a.deadline(), now);
            Instant end = a.submittedAt() != null ? a.submittedAt() : now.isBefore(a.deadline()) ? now : a.deadline();
            return new StudentResult(who == null ? "#" + a.userId() : who.username(),
                    who == null ? "" : who.displayName(), a.id(), a.submittedAt() != null, a.autoSubmitted(), a.score(),
                    own.stream().map(QuizQuestionRepository.Grade::score).toList(), a.startedAt(), a.submittedAt(),
                    positive(Duration.between(a.startedAt(), end)),
                    state == AttemptState.IN_PROGRESS ? Duration.between(now, a.deadline()) : null, state,
                    a.number() + 1, attemptsOf.get(a.userId()).intValue(),
                    (int) own.stream().filter(QuizQuestionRepository.Grade::answered).count(), own.size());
        }).toList();
        List<Graded> submitted = all.stream().filter(a -> a.submittedAt() != null)
                .map(a -> new Graded(a.score(), grades.getOrDefault(a.id(), List.of()))).toList();
        boolean live = quiz.isOpen(now) || all.stream().anyMatch(a -> a.submittedAt() == null);
        return new Results(quizId, quiz.getTitle(), quiz.getJoinCode(), students, stats(submitted), live,
                notStarted(quiz));
    }

    /** The group's members who have not started; a quiz for everyone has no list to show. */
    private List<NotStarted> notStarted(Quiz quiz) {
        if (quiz.getGroupId() == null) {
            return List.of();
        }
        return quizzes.notStarted(quiz.getId(), quiz.getGroupId()).stream()
                .map(row -> new NotStarted(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        ((Number) row[3]).intValue(), ((Number) row[4]).intValue()))
                .toList();
    }

    /** A clock set back between a start and a hand-in makes no negative time used. */
    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * What a results page shows changes exactly when one of these does: attempts started and
     * handed in, attempts overdue, the answers not blank of attempts in progress (their
     * students' progress), and whether the quiz is open (a closing quiz stops being live). A
     * changed answer or a checked question changes nothing the page shows (a student's score and
     * the question statistics come with the hand-in; the CSV is made when downloaded), so a class
     * typing costs a watching teacher a new read only when someone's progress moves. The time
     * used so far moves by itself: the page reads it again now and then while attempts run.
     */
    public record Mark(long started, long handedIn, long overdue, long answering, boolean open) {
    }

    /** One cheap statement: whether the results changed since the last look, and whether some are overdue. */
    public Mark mark(long quizId) {
        Instant now = clock.instant();
        QuizAttemptRepository.Mark m = attempts.mark(quizId, now.minus(QuizSubmission.GRACE))
                .orElseThrow(() -> new QuizInputException("quiz", "quiz.error.unknown"));
        QuizAccess.check(quizzes, m.ownerId(), currentUser.id(), quizId);
        return new Mark(m.started(), m.handedIn(), m.overdue(), m.answering(), Quiz.isOpen(m.status(), m.opensAt(), m.closesAt(), now));
    }

    /** Hands in the quiz's attempts whose time ran out while their students were away. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int handInOverdue(long quizId) {
        QuizAccess.own(quizzes, quizId, currentUser.id());
        return deadlines.handInOverdue(quizId);
    }

    /** One student's attempt at one of the teacher's own quizzes, with every answer, to read through. */
    public StudentAttempt attempt(long attemptId) {
        AttemptSheets.Read read = sheets.read(attemptId)
                .orElseThrow(() -> new QuizInputException("attempt", "quiz.error.unknown"));
        QuizAccess.check(quizzes, read.ownerId(), currentUser.id(), read.quizId());
        UserSummary who = accounts.summaries(List.of(read.userId())).get(read.userId());
        List<Long> order = attempts.idsByQuiz(read.quizId());
        int at = order.indexOf(attemptId);
        return new StudentAttempt(read.quizId(), read.sheet(),
                who == null ? "#" + read.userId() : who.displayName() + " (" + who.username() + ")",
                at > 0 ? order.get(at - 1) : null, at >= 0 && at + 1 < order.size() ? order.get(at + 1) : null);
    }

    /**
     * {@code previous}, {@code next}: the neighbouring attempts in the results' order, to read them
     * one after another. The quiz's title is the attempt's.
     */
    public record StudentAttempt(long quizId, AttemptSheet attempt, String student, Long previous, Long next) {
    }

    /** A handed-in attempt's total and its questions, for the statistics. */
    record Graded(Double score, List<QuizQuestionRepository.Grade> questions) {
    }

    /**
     * Per template: the mean score, and the discrimination index — the mean score on it of the
     * best 27 % of attempts minus that of the weakest 27 % (by total score): near 0, the question
     * does not separate strong from weak students; negative, something is off with it. Given from
     * {@link #MIN_ANSWERS} answers on: with fewer, one student decides it.
     */
    static List<QuestionStats> stats(List<Graded> submitted) {
        List<Graded> ranked = new ArrayList<>(submitted);
        ranked.sort(Comparator.comparingDouble(a -> a.score() == null ? 0 : a.score()));
        int group = Math.max(1, (int) Math.round(ranked.size() * 0.27));
        List<Graded> weak = ranked.subList(0, Math.min(group, ranked.size()));
        List<Graded> strong = ranked.subList(Math.max(0, ranked.size() - group), ranked.size());
        Map<String, List<QuizQuestionRepository.Grade>> byTemplate = new LinkedHashMap<>();
        for (Graded a : submitted) {
            for (QuizQuestionRepository.Grade q : a.questions()) {
                byTemplate.computeIfAbsent(q.templateId(), t -> new ArrayList<>()).add(q);
            }
        }
        List<QuestionStats> stats = new ArrayList<>();
        byTemplate.forEach((template, graded) -> {
            double mean = graded.stream().mapToDouble(q -> q.score() == null ? 0 : q.score()).average().orElse(0);
            int answered = (int) graded.stream().filter(QuizQuestionRepository.Grade::answered).count();
            Double discrimination = answered < MIN_ANSWERS ? null : mean(strong, template) - mean(weak, template);
            Map<String, Long> mistakes = graded.stream().filter(q -> q.misconception() != null)
                    .collect(Collectors.groupingBy(QuizQuestionRepository.Grade::misconception, LinkedHashMap::new,
                            Collectors.counting()));
            stats.add(new QuestionStats(template, answered, mean, discrimination, mistakes));
        });
        return stats;
    }

    private static double mean(List<Graded> group, String template) {
        return group.stream().flatMap(a -> a.questions().stream())
                .filter(q -> q.templateId().equals(template))
                .mapToDouble(q -> q.score() == null ? 0 : q.score()).average().orElse(0);
    }

    /**
     * The scores as a CSV file for a spreadsheet, one line per attempt: who, which of their
     * attempts, when it started and was handed in, the seconds it took, whether the deadline
     * handed it in, its score and the student's best handed-in score, then one column per slot of
     * the quiz, named by its line ("q3 conv-params-rgb"). A slot is a question's place before a
     * shuffle, so a column holds the same question for every student whatever order they had it
     * in. See {@link Csv} for why no name a student gives themselves can turn into a formula or a
     * row of its own.
     */
    public byte[] csv(long quizId) {
        Quiz quiz = QuizAccess.own(quizzes, quizId, currentUser.id());
        List<QuizAttemptRepository.Result> all = attempts.results(quizId);
        Map<Long, Map<Integer, Double>> bySlot = new HashMap<>();
        for (QuizQuestionRepository.Grade g : questions.gradesOfQuiz(quizId)) {
            bySlot.computeIfAbsent(g.attemptId(), id -> new HashMap<>()).put(g.slot(), g.score());
        }
        Map<Long, UserSummary> people = all.isEmpty() ? Map.of()
                : accounts.summaries(all.stream().map(QuizAttemptRepository.Result::userId).distinct().toList());
        Map<Long, Double> best = best(all);
        // the results come in order of start: the last handed-in one a student made wins
        Map<Long, Double> last = new HashMap<>();
        for (QuizAttemptRepository.Result a : all) {
            if (a.submittedAt() != null && a.score() != null) {
                last.put(a.userId(), a.score());
            }
        }
        List<String> slots = slotNames(quiz);
        List<String> header = new ArrayList<>(List.of("username", "name", "attempt", "started", "handed_in",
                "seconds_used", "automatically", "score", "best", "last"));
        header.addAll(slots);
        Csv csv = new Csv().row(header);
        Map<Long, Integer> attemptNumber = new HashMap<>();
        for (QuizAttemptRepository.Result a : all) {
            UserSummary who = people.get(a.userId());
            List<String> row = new ArrayList<>(List.of(who == null ? "#" + a.userId() : who.username(),
                    who == null ? "" : who.displayName(),
                    String.valueOf(attemptNumber.merge(a.userId(), 1, Integer::sum)),
                    String.valueOf(a.startedAt()), a.submittedAt() == null ? "" : String.valueOf(a.submittedAt()),
                    a.submittedAt() == null ? ""
                            : String.valueOf(Duration.between(a.startedAt(), a.submittedAt()).toSeconds()),
                    String.valueOf(a.autoSubmitted()), score(a.score()), score(best.get(a.userId())),
                    score(last.get(a.userId()))));
            Map<Integer, Double> scores = bySlot.getOrDefault(a.id(), Map.of());
            for (int slot = 0; slot < slots.size(); slot++) {
                row.add(score(scores.get(slot)));
            }
            csv.row(row);
        }
        return csv.bytes();
    }

    /** Per student, their best handed-in score. */
    private static Map<Long, Double> best(List<QuizAttemptRepository.Result> all) {
        Map<Long, Double> best = new HashMap<>();
        for (QuizAttemptRepository.Result a : all) {
            if (a.submittedAt() != null && a.score() != null) {
                best.merge(a.userId(), a.score(), Math::max);
            }
        }
        return best;
    }

    /**
     * The grades for Moodle's grade import (Grades, Import, CSV file): one row per student who
     * started the quiz, {@code username} (which Moodle maps to its user field "username"; Stride
     * keeps no e-mail address), {@code name} (to read, Moodle is told to ignore it) and a column
     * named by the quiz's title with the best handed-in score on 0 to 100, two decimals and a
     * decimal point, which the teacher maps to a grade item; empty for a student without a
     * handed-in attempt (Moodle reads an empty cell as "no grade").
     */
    public byte[] gradebook(long quizId) {
        Quiz quiz = QuizAccess.own(quizzes, quizId, currentUser.id());
        List<QuizAttemptRepository.Result> all = attempts.results(quizId);
        Map<Long, UserSummary> people = all.isEmpty() ? Map.of()
                : accounts.summaries(all.stream().map(QuizAttemptRepository.Result::userId).distinct().toList());
        Map<Long, Double> best = best(all);
        String title = quiz.getTitle() == null || quiz.getTitle().isBlank() ? "Stride quiz" : quiz.getTitle().strip();
        Csv csv = new Csv().row(List.of("username", "name", title));
        all.stream().map(QuizAttemptRepository.Result::userId).distinct().forEach(userId -> {
            UserSummary who = people.get(userId);
            Double grade = best.get(userId);
            csv.row(List.of(who == null ? "#" + userId : who.username(), who == null ? "" : who.displayName(),
                    grade == null ? "" : new java.math.BigDecimal(grade * 100).setScale(2, java.math.RoundingMode.HALF_UP)
                            .toPlainString()));
        });
        return csv.bytes();
    }

    /** Each slot's column name: its number and the template its line asks for, or the line's topic. */
    private static List<String> slotNames(Quiz quiz) {
        List<String> names = new ArrayList<>();
        for (QuizItem item : quiz.getItems()) {
            for (int i = 0; i < item.getCount(); i++) {
                names.add("q" + (names.size() + 1) + " "
                        + (item.getTemplateId() != null ? item.getTemplateId() : item.getFamily()));
            }
        }
        return names;
    }

    private static String score(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
