package app.stride.quiz;

import app.stride.account.AccountService;
import app.stride.account.CurrentUser;
import app.stride.account.UserSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a teacher learns from a quiz: who started and who submitted, the score of each student,
 * and per question (template) its mean score, how well it discriminates, and the mistakes made.
 */
@Service
@Transactional(readOnly = true)
@Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
public class QuizResultsService {

    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final QuizDeadlines deadlines;
    private final Clock clock;

    QuizResultsService(QuizRepository quizzes, QuizAttemptRepository attempts, AccountService accounts,
                       CurrentUser currentUser, QuizDeadlines deadlines, Clock clock) {
        this.clock = clock;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
    }

    /** {@code questionScores}: per question in the order the student had them; null where not graded yet. */
    public record StudentResult(String username, String displayName, long attemptId, boolean submitted,
                                boolean autoSubmitted, Double score, List<Double> questionScores) {
    }

    public record QuestionStats(String templateId, int answered, double meanScore, double discrimination,
                                Map<String, Long> mistakes) {
    }

    /** {@code live}: the quiz is open, or someone is still answering; the page then keeps itself up to date. */
    public record Results(Quiz quiz, List<StudentResult> students, List<QuestionStats> questions, boolean live) {
    }

    public Results results(long quizId) {
        Quiz quiz = quizzes.findById(quizId).orElseThrow(() -> new QuizInputException("quiz", "quiz.error.unknown"));
        if (quiz.getOwnerId() != currentUser.id()) {
            throw new AccessDeniedException("not the owner of quiz " + quizId);
        }
        // an attempt whose time ran out while its student was away counts as handed in
        deadlines.sweep(quizId);
        List<QuizAttempt> all = attempts.findByQuizIdOrderByStartedAt(quizId);
        Map<Long, UserSummary> people = accounts.summaries(all.stream().map(QuizAttempt::getUserId).distinct().toList());
        List<StudentResult> students = all.stream().map(a -> {
            UserSummary who = people.get(a.getUserId());
            return new StudentResult(who == null ? "#" + a.getUserId() : who.username(),
                    who == null ? "" : who.displayName(), a.getId(), a.isSubmitted(), a.isAutoSubmitted(), a.getScore(),
                    a.getQuestions().stream().map(QuizQuestion::getScore).toList());
        }).toList();
        boolean live = quiz.isOpen(clock.instant()) || all.stream().anyMatch(a -> !a.isSubmitted());
        return new Results(quiz, students, stats(all.stream().filter(QuizAttempt::isSubmitted).toList()), live);
    }

    /** One student's attempt at one of the teacher's own quizzes, with every answer, to read through. */
    public StudentAttempt attempt(long attemptId) {
        // handing in an attempt whose time is up is right whoever asks; the owner check follows
        deadlines.sweepAttempt(attemptId);
        QuizAttempt a = attempts.findById(attemptId)
                .orElseThrow(() -> new QuizInputException("attempt", "quiz.error.unknown"));
        Quiz quiz = quizzes.findById(a.getQuizId()).orElseThrow();
        if (quiz.getOwnerId() != currentUser.id()) {
            throw new AccessDeniedException("not the owner of quiz " + quiz.getId());
        }
        UserSummary who = accounts.summaries(List.of(a.getUserId())).get(a.getUserId());
        List<Long> order = attempts.idsByQuiz(quiz.getId());
        int at = order.indexOf(a.getId());
        return new StudentAttempt(quiz, a, who == null ? "#" + a.getUserId() : who.displayName() + " (" + who.username() + ")",
                at > 0 ? order.get(at - 1) : null, at >= 0 && at + 1 < order.size() ? order.get(at + 1) : null);
    }

    /** {@code previous}, {@code next}: the neighbouring attempts in the results' order, to read them one after another. */
    public record StudentAttempt(Quiz quiz, QuizAttempt attempt, String student, Long previous, Long next) {
    }

    /**
     * Per template: the mean score, and the discrimination index — the mean score on it of the
     * best 27 % of attempts minus that of the weakest 27 % (by total score): near 0, the question
     * does not separate strong from weak students; negative, something is off with it.
     */
    static List<QuestionStats> stats(List<QuizAttempt> submitted) {
        List<QuizAttempt> ranked = new ArrayList<>(submitted);
        ranked.sort(Comparator.comparingDouble(a -> a.getScore() == null ? 0 : a.getScore()));
        int group = Math.max(1, (int) Math.round(ranked.size() * 0.27));
        List<QuizAttempt> weak = ranked.subList(0, Math.min(group, ranked.size()));
        List<QuizAttempt> strong = ranked.subList(Math.max(0, ranked.size() - group), ranked.size());
        Map<String, List<QuizQuestion>> byTemplate = new LinkedHashMap<>();
        for (QuizAttempt a : submitted) {
            for (QuizQuestion q : a.getQuestions()) {
                byTemplate.computeIfAbsent(q.getTemplateId(), t -> new ArrayList<>()).add(q);
            }
        }
        List<QuestionStats> stats = new ArrayList<>();
        byTemplate.forEach((template, questions) -> {
            double mean = questions.stream().mapToDouble(q -> q.getScore() == null ? 0 : q.getScore()).average().orElse(0);
            double discrimination = mean(strong, template) - mean(weak, template);
            Map<String, Long> mistakes = questions.stream().filter(q -> q.getMisconception() != null)
                    .collect(Collectors.groupingBy(QuizQuestion::getMisconception, LinkedHashMap::new,
                            Collectors.counting()));
            stats.add(new QuestionStats(template, questions.size(), mean, discrimination, mistakes));
        });
        return stats;
    }

    private static double mean(List<QuizAttempt> group, String template) {
        return group.stream().flatMap(a -> a.getQuestions().stream())
                .filter(q -> q.getTemplateId().equals(template))
                .mapToDouble(q -> q.getScore() == null ? 0 : q.getScore()).average().orElse(0);
    }

    /**
     * The scores as CSV, one line per attempt, for a spreadsheet: the total, then each question's
     * score in the order the student had them (q1, q2, ...).
     */
    public String csv(long quizId) {
        Results r = results(quizId);
        int questions = r.students().stream().mapToInt(s -> s.questionScores().size()).max().orElse(0);
        StringBuilder out = new StringBuilder("username,name,attempt,submitted,automatically,score");
        for (int i = 1; i <= questions; i++) {
            out.append(",q").append(i);
        }
        out.append('\n');
        for (StudentResult s : r.students()) {
            out.append(cell(s.username())).append(',').append(cell(s.displayName())).append(',')
                    .append(s.attemptId()).append(',').append(s.submitted()).append(',').append(s.autoSubmitted())
                    .append(',').append(score(s.score()));
            for (int i = 0; i < questions; i++) {
                out.append(',').append(i < s.questionScores().size() ? score(s.questionScores().get(i)) : "");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String score(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }

    /** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
