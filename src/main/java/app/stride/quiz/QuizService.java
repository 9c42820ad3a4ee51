package app.stride.quiz;

import app.stride.account.CurrentUser;
import app.stride.bank.QuestionBank;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teachers build, publish, duplicate and archive their own quizzes. */
@Service
@Transactional
@Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
public class QuizService {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;

    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final QuestionBank bank;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    QuizService(QuizRepository quizzes, QuizAttemptRepository attempts, QuestionBank bank, CurrentUser currentUser,
                Clock clock) {
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Quiz create(QuizSettings settings) {
        check(settings);
        return quizzes.save(new Quiz(currentUser.id(), settings, random.nextLong(), clock.instant()));
    }

    /** What the quiz asks and how, to edit it; only while it may still change. */
    @Transactional(readOnly = true)
    public java.util.Optional<QuizSettings> editableSettings(long quizId) {
        Quiz quiz = own(quizId);
        return quiz.isEditable(clock.instant()) ? java.util.Optional.of(quiz.settings()) : java.util.Optional.empty();
    }

    /** Changes what a quiz asks, as long as it has not opened yet. */
    public Quiz update(long quizId, QuizSettings settings) {
        Quiz quiz = own(quizId);
        if (!quiz.isEditable(clock.instant())) {
            throw new QuizInputException("quiz", "quiz.error.started");
        }
        check(settings);
        quiz.apply(settings);
        return quiz;
    }

    /** Opens the quiz to students with a short join code. */
    public Quiz publish(long quizId) {
        Quiz quiz = own(quizId);
        if (quiz.getStatus() == QuizStatus.DRAFT) {
            // a copy of last year's quiz keeps last year's window until the teacher sets a new one
            if (quiz.getClosesAt() != null && !quiz.getClosesAt().isAfter(clock.instant())) {
                throw new QuizInputException("closesAt", "quiz.error.window.past");
            }
            String code;
            do {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < CODE_LENGTH; i++) {
                    sb.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
                }
                code = sb.toString();
            } while (quizzes.existsByJoinCode(code));
            quiz.publish(code);
        }
        return quiz;
    }

    /** A new draft with the same settings: a quiz for another class or another year. */
    public Quiz duplicate(long quizId) {
        Quiz original = own(quizId);
        return quizzes.save(new Quiz(currentUser.id(), original.settings(), random.nextLong(), clock.instant()));
    }

    public void archive(long quizId) {
        own(quizId).archive();
    }

    @Transactional(readOnly = true)
    public List<Quiz> mine() {
        return quizzes.findByOwnerIdOrderByCreatedAtDesc(currentUser.id()).stream()
                .filter(q -> q.getStatus() != QuizStatus.EXAM).toList();
    }

    /** How far a class is: attempts started and handed in. */
    public record AttemptCounts(long started, long handedIn) {
    }

    /** The counts for these of the teacher's quizzes, in one query; a quiz nobody started is absent. */
    @Transactional(readOnly = true)
    public Map<Long, AttemptCounts> attemptCounts(List<Quiz> mine) {
        long me = currentUser.id();
        List<Long> ids = mine.stream().filter(q -> q.getOwnerId() == me).map(Quiz::getId).toList();
        Map<Long, AttemptCounts> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            attempts.countByQuiz(ids).forEach(c -> counts.put(c.getQuizId(),
                    new AttemptCounts(c.getStarted(), c.getHandedIn())));
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public Quiz get(long quizId) {
        return own(quizId);
    }

    private Quiz own(long quizId) {
        Quiz quiz = quizzes.findById(quizId).orElseThrow(() -> new QuizInputException("quiz", "quiz.error.unknown"));
        if (quiz.getOwnerId() != currentUser.id()) {
            throw new AccessDeniedException("not the owner of quiz " + quizId);
        }
        return quiz;
    }

    private void check(QuizSettings s) {
        if (s.title() == null || s.title().isBlank() || s.title().length() > 120) {
            throw new QuizInputException("title", "quiz.error.title");
        }
        if (s.items().isEmpty()) {
            throw new QuizInputException("items", "quiz.error.items");
        }
        for (QuizSettings.Item item : s.items()) {
            boolean known = bank.family(item.family()).stream()
                    .anyMatch(t -> (item.templateId() == null || t.id().equals(item.templateId()))
                            && (item.difficulty() == null || t.difficulty() == item.difficulty()));
            if (!known) {
                throw new QuizInputException("items", "quiz.error.item.unknown");
            }
            if (item.count() < 1 || item.count() > 50) {
                throw new QuizInputException("items", "quiz.error.item.count");
            }
        }
        if (s.timeLimitMinutes() < 1 || s.timeLimitMinutes() > 600) {
            throw new QuizInputException("timeLimit", "quiz.error.timelimit");
        }
        if (s.attemptsAllowed() < 1 || s.attemptsAllowed() > 20) {
            throw new QuizInputException("attempts", "quiz.error.attempts");
        }
        if (s.opensAt() != null && s.closesAt() != null && !s.opensAt().isBefore(s.closesAt())) {
            throw new QuizInputException("closesAt", "quiz.error.window");
        }
        if (s.closesAt() != null && !s.closesAt().isAfter(clock.instant())) {
            throw new QuizInputException("closesAt", "quiz.error.window.past");
        }
        if (s.feedbackPolicy() == null) {
            throw new QuizInputException("feedback", "quiz.error.feedback");
        }
        // without a closing time "after the quiz closes" would never come
        if (s.feedbackPolicy() == FeedbackPolicy.AFTER_CLOSE && s.closesAt() == null) {
            throw new QuizInputException("closesAt", "quiz.error.feedback.close");
        }
    }
}
