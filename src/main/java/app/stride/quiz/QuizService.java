package app.stride.quiz;

import app.stride.account.CurrentUser;
import app.stride.bank.QuestionBank;
import app.stride.base.UnsafeText;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** More than an exam has; an attempt's questions are written in one statement. */
    static final int MAX_QUESTIONS = 100;
    /** The most questions one topic line asks; the quiz form refuses more on its field. */
    public static final int MAX_PER_LINE = 50;

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

    public QuizCard create(QuizSettings settings) {
        check(settings);
        Quiz quiz = quizzes.save(new Quiz(currentUser.id(), settings, random.nextLong(), clock.instant()));
        return QuizCard.of(quiz, clock.instant(), 0, 0);
    }

    /** What the quiz asks and how, to edit it; only while it may still change. */
    @Transactional(readOnly = true)
    public Optional<QuizSettings> editableSettings(long quizId) {
        Quiz quiz = own(quizId);
        return quiz.isEditable(clock.instant()) ? Optional.of(quiz.settings()) : Optional.empty();
    }

    /** Changes what a quiz asks, as long as it has not opened yet. */
    public QuizCard update(long quizId, QuizSettings settings) {
        Quiz quiz = own(quizId);
        if (!quiz.isEditable(clock.instant())) {
            throw new QuizInputException("quiz", "quiz.error.started");
        }
        check(settings);
        quiz.apply(settings);
        return card(quiz);
    }

    /** Opens the quiz to students with a short join code. */
    public QuizCard publish(long quizId) {
        Quiz quiz = own(quizId);
        if (quiz.getStatus() == QuizStatus.DRAFT) {
            // a copy of last year's quiz keeps last year's window until the teacher sets a new one
            if (quiz.getClosesAt() != null && !quiz.getClosesAt().isAfter(clock.instant())) {
                throw new QuizInputException("closesAt", "quiz.error.window.past");
            }
            // a draft saved before the limit was checked does not reach students as it is
            checkSize(quiz.settings());
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
        return card(quiz);
    }

    /** A new draft with the same settings, titled "… (copy)": a quiz for another class or another year. */
    public QuizCard duplicate(long quizId) {
        Quiz original = own(quizId);
        QuizSettings s = original.settings();
        QuizSettings copy = new QuizSettings(CopyTitle.of(s.title()), s.items(), s.shuffle(), s.timeLimitMinutes(),
                s.opensAt(), s.closesAt(), s.attemptsAllowed(), s.sameVariants(), s.feedbackPolicy());
        return card(quizzes.save(new Quiz(currentUser.id(), copy, random.nextLong(), clock.instant())));
    }

    public void archive(long quizId) {
        own(quizId).archive();
    }

    /**
     * The teacher's quizzes as cards, newest first: three statements however many there are (the
     * quizzes; their topic lines, fetched in batches; the attempt counts, grouped).
     */
    @Transactional(readOnly = true)
    public List<QuizCard> mine() {
        long me = currentUser.id();
        List<Quiz> mine = quizzes.reachableBy(me);
        // quizzes shared through a group (or, for the admin, everyone's) name their owner: one more statement
        Map<Long, String> owners = new HashMap<>();
        List<Long> others = mine.stream().map(Quiz::getOwnerId).filter(id -> id != me).distinct().toList();
        if (!others.isEmpty()) {
            quizzes.ownerNames(others).forEach(o -> owners.put(o.getId(), o.getName()));
        }
        Map<Long, QuizAttemptRepository.AttemptCount> counts = new HashMap<>();
        if (!mine.isEmpty()) {
            attempts.countByQuiz(mine.stream().map(Quiz::getId).toList()).forEach(c -> counts.put(c.getQuizId(), c));
        }
        Instant now = clock.instant();
        return mine.stream().map(q -> {
            QuizAttemptRepository.AttemptCount c = counts.get(q.getId());
            QuizCard card = QuizCard.of(q, now, c == null ? 0 : c.getStarted(), c == null ? 0 : c.getHandedIn());
            return q.getOwnerId() == me ? card : card.sharedBy(owners.getOrDefault(q.getOwnerId(), "#" + q.getOwnerId()));
        }).toList();
    }

    @Transactional(readOnly = true)
    public QuizCard get(long quizId) {
        return card(own(quizId));
    }

    private QuizCard card(Quiz quiz) {
        return QuizCard.of(quiz, clock.instant(), 0, 0);
    }

    private Quiz own(long quizId) {
        return QuizAccess.own(quizzes, quizId, currentUser.id());
    }

    /**
     * At most {@link #MAX_QUESTIONS} questions, counted before anything is looked up: each line
     * asks at least one, so there are at most as many lines (a count below 1 is refused below).
     */
    private static void checkSize(QuizSettings s) {
        if (s.items().size() > MAX_QUESTIONS
                || s.items().stream().mapToLong(item -> Math.max(0, item.count())).sum() > MAX_QUESTIONS) {
            throw new QuizInputException("items", "quiz.error.item.total");
        }
    }

    private void check(QuizSettings s) {
        if (s.title() == null || s.title().isBlank() || s.title().length() > 120) {
            throw new QuizInputException("title", "quiz.error.title");
        }
        if (UnsafeText.holdsUnsafe(s.title())) { // students read it in lists: as display names (a NUL also fails on PostgreSQL)
            throw new QuizInputException("title", "quiz.error.title.characters");
        }
        if (s.items().isEmpty()) {
            throw new QuizInputException("items", "quiz.error.items");
        }
        checkSize(s);
        for (QuizSettings.Item item : s.items()) {
            boolean known = bank.family(item.family()).stream()
                    .anyMatch(t -> (item.templateId() == null || t.id().equals(item.templateId()))
                            && (item.difficulty() == null || t.difficulty() == item.difficulty()));
            if (!known) {
                throw new QuizInputException("items", "quiz.error.item.unknown");
            }
            if (item.count() < 1 || item.count() > MAX_PER_LINE) {
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
        if (s.groupId() != null && !quizzes.teachesGroup(s.groupId(), currentUser.id())) {
            throw new QuizInputException("group", "quiz.error.group");
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
