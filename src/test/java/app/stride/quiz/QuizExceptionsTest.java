package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.MutableClock;
import app.stride.StrideTest;
import app.stride.account.AccountService;
import app.stride.group.GroupService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** A teacher's exceptions for one student or one quiz: extra time, an extra attempt, reopening, closing, deleting. */
@StrideTest
class QuizExceptionsTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuizExceptionsService exceptions;
    @Autowired
    QuizDeadlines deadlines;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GroupService groups;
    @Autowired
    QuizResultsService results;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A published quiz of 30 minutes that closes in 40, one attempt each. */
    private QuizCard quiz(String title) {
        SignedIn.as("teacher", "TEACHER");
        QuizSettings s = new QuizSettings(title, List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 2)),
                false, 30, null, clock.instant().plus(Duration.ofMinutes(40)), 1, false, FeedbackPolicy.AFTER_SUBMIT);
        return quizzes.publish(quizzes.create(s).id());
    }

    private AttemptSheet join(String student, QuizCard quiz) {
        SignedIn.student(accounts, student);
        return taking.sheet(taking.join(quiz.joinCode()));
    }

    private void save(String student, AttemptSheet attempt, String typed) {
        SignedIn.as(student, "STUDENT");
        taking.save(attempt.id(), taking.sheet(attempt.id()).version(), attempt.questions().get(0).id(), "params", typed);
    }

    private static void refusedWith(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(QuizInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void extraTimeLetsOneStudentGoOnAfterTheOthersAreHandedInAndTheQuizClosed() {
        QuizCard quiz = quiz("Extra time");
        clock.advance(Duration.ofMinutes(15));
        AttemptSheet slow = join("exc.slow", quiz);
        AttemptSheet other = join("exc.other", quiz);
        // both would end when the quiz closes, 25 minutes from now
        assertThat(slow.deadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(25)));

        SignedIn.as("teacher", "TEACHER");
        exceptions.extraTime(slow.id(), 20);

        clock.advance(Duration.ofMinutes(30));
        deadlines.sweep();
        SignedIn.as("exc.other", "STUDENT");
        assertThat(taking.sheet(other.id()).submitted()).isTrue();
        refusedWith(() -> save("exc.other", other, "1"), "quiz.error.over");
        // the quiz closed five minutes ago, and the slow student still answers
        save("exc.slow", slow, "1234");
        AttemptSheet mine = taking.sheet(slow.id());
        assertThat(mine.submitted()).isFalse();
        assertThat(mine.questions().get(0).typed()).containsEntry("params", "1234");
        assertThat(mine.deadline()).isEqualTo(slow.deadline().plus(Duration.ofMinutes(20)));

        SignedIn.as("teacher", "TEACHER");
        assertThat(exceptions.history(quiz.id())).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("EXTRA_TIME");
            assertThat(line.student()).contains("exc.slow");
            assertThat(line.actor()).contains("teacher");
        });
    }

    @Test
    void extraTimeGivenBeforeTheStudentJoinsLengthensTheirAttempt() {
        QuizCard quiz = quiz("Extra before");
        AttemptSheet first = join("exc.early", quiz);
        SignedIn.as("teacher", "TEACHER");
        exceptions.extraAttempt(first.id());
        exceptions.extraTime(first.id(), 15);
        SignedIn.as("exc.early", "STUDENT");
        taking.submit(first.id());
        // the second attempt exists because of the extra attempt, and has the extra minutes too
        AttemptSheet second = taking.sheet(taking.join(quiz.joinCode()));
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.deadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(45)));
        taking.submit(second.id());
        refusedWith(() -> taking.join(quiz.joinCode()), "quiz.error.noattempts");
    }

    @Test
    void aReopenedAttemptTakesAnswersAgainAndIsHandedInOnceWhenTwoHandInsRace() throws Exception {
        QuizCard quiz = quiz("Reopen");
        AttemptSheet attempt = join("exc.crash", quiz);
        save("exc.crash", attempt, "1");
        taking.submit(attempt.id());

        SignedIn.as("teacher", "TEACHER");
        refusedWith(() -> exceptions.reopen(attempt.id(), clock.instant().minusSeconds(1)), "quiz.exception.error.past");
        exceptions.reopen(attempt.id(), clock.instant().plus(Duration.ofMinutes(10)));

        SignedIn.as("exc.crash", "STUDENT");
        AttemptSheet open = taking.sheet(attempt.id());
        assertThat(open.submitted()).isFalse();
        assertThat(open.score()).isNull();
        assertThat(open.questions().get(0).typed()).containsEntry("params", "1");
        String key = taking.exercise(open.questions().get(0)).expected("params").number().toPlainString();
        save("exc.crash", attempt, key);

        CyclicBarrier together = new CyclicBarrier(2);
        var context = SecurityContextHolder.getContext();
        List<CompletableFuture<AttemptSheet>> handIns = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                together.await();
                return taking.submit(attempt.id());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        })).toList();
        for (CompletableFuture<AttemptSheet> h : handIns) {
            assertThat(h.get().submitted()).isTrue();
        }
        AttemptSheet done = taking.sheet(attempt.id());
        // graded again: the first of its two questions is now right, the second still blank
        assertThat(done.questions().get(0).score()).isEqualTo(1.0);
        assertThat(done.score()).isEqualTo(0.5);
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt where id = ? and submitted_at is not null",
                Integer.class, attempt.id())).isEqualTo(1);
    }

    @Test
    void closeNowEndsAttemptsInProgressWhichAreHandedInWithWhatWasSaved() {
        QuizCard quiz = quiz("Close now");
        AttemptSheet attempt = join("exc.late", quiz);
        save("exc.late", attempt, "77");
        SignedIn.as("teacher", "TEACHER");
        exceptions.closeNow(quiz.id());
        refusedWith(() -> exceptions.closeNow(quiz.id()), "quiz.exception.error.notopen");
        SignedIn.student(accounts, "exc.newcomer");
        refusedWith(() -> taking.join(quiz.joinCode()), "quiz.error.closed");

        clock.advance(QuizSubmission.GRACE.plusSeconds(1));
        deadlines.sweep();
        SignedIn.as("exc.late", "STUDENT");
        AttemptSheet handedIn = taking.sheet(attempt.id());
        assertThat(handedIn.submitted()).isTrue();
        assertThat(handedIn.autoSubmitted()).isTrue();
        assertThat(handedIn.questions().get(0).typed()).containsEntry("params", "77");
    }

    @Test
    void anEarlierClosingTimeShortensAttemptsButKeepsAStudentsExtraMinutes() {
        QuizCard quiz = quiz("New closing");
        AttemptSheet plain = join("exc.plain", quiz);
        AttemptSheet extra = join("exc.extra", quiz);
        SignedIn.as("teacher", "TEACHER");
        exceptions.extraTime(extra.id(), 10);
        Instant sooner = clock.instant().plus(Duration.ofMinutes(20));
        exceptions.closeAt(quiz.id(), sooner);
        refusedWith(() -> exceptions.closeAt(quiz.id(), clock.instant().minusSeconds(60)), "quiz.exception.error.past");
        SignedIn.as("exc.plain", "STUDENT");
        assertThat(taking.sheet(plain.id()).deadline()).isEqualTo(sooner);
        SignedIn.as("exc.extra", "STUDENT");
        assertThat(taking.sheet(extra.id()).deadline()).isEqualTo(sooner.plus(Duration.ofMinutes(10)));
        SignedIn.as("teacher", "TEACHER");
        assertThat(quizzes.get(quiz.id()).closesAt()).isEqualTo(sooner);
    }

    @Test
    void deletingAQuizNeedsItsTitleAndRemovesEveryRowOfIt() {
        QuizCard quiz = quiz("Delete me");
        AttemptSheet attempt = join("exc.gone", quiz);
        save("exc.gone", attempt, "5");
        SignedIn.as("teacher", "TEACHER");
        exceptions.extraTime(attempt.id(), 5);
        refusedWith(() -> exceptions.delete(quiz.id(), "Delete"), "quiz.delete.error.title");
        exceptions.delete(quiz.id(), " Delete me ");
        for (String sql : List.of("select count(*) from quiz where id = ?",
                "select count(*) from quiz_item where quiz_id = ?",
                "select count(*) from quiz_attempt where quiz_id = ?",
                "select count(*) from quiz_allowance where quiz_id = ?",
                "select count(*) from quiz_audit where quiz_id = ?",
                "select count(*) from quiz_question q join quiz_attempt a on a.id = q.attempt_id where a.quiz_id = ?")) {
            assertThat(jdbc.queryForObject(sql, Integer.class, quiz.id())).as(sql).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from quiz_answer where question_id = ?", Integer.class,
                attempt.questions().get(0).id())).isZero();
    }

    @Test
    void anotherTeacherCannotGiveExceptionsAndLimitsAreMessages() {
        QuizCard quiz = quiz("Mine");
        AttemptSheet attempt = join("exc.someone", quiz);
        if (!accounts.exists("exc.teacher2")) {
            accounts.register("exc.teacher2", "Other", "unused-secret-pw");
        }
        SignedIn.as("exc.teacher2", "TEACHER");
        assertThatThrownBy(() -> exceptions.extraTime(attempt.id(), 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exceptions.closeNow(quiz.id())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("teacher", "TEACHER");
        refusedWith(() -> exceptions.extraTime(attempt.id(), 0), "quiz.exception.error.minutes");
        refusedWith(() -> exceptions.extraTime(attempt.id(), 601), "quiz.exception.error.minutes");
        refusedWith(() -> exceptions.reopen(attempt.id(), clock.instant().plusSeconds(600)),
                "quiz.exception.error.notsubmitted");
        SignedIn.as("exc.someone", "STUDENT");
        assertThatThrownBy(() -> exceptions.extraTime(attempt.id(), 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGroupMemberGivenExtraTimeBeforeStartingHasItOnTheirFirstAttempt() {
        SignedIn.as("teacher", "TEACHER");
        String code = groups.create("Exceptions group");
        long groupId = groups.mine().stream().filter(g -> g.joinCode().equals(code)).findFirst().orElseThrow().id();
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Before start",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT, groupId)).id());
        for (String student : List.of("exc.accommodated", "exc.ontime")) {
            SignedIn.student(accounts, student);
            groups.join(code);
        }
        SignedIn.as("teacher", "TEACHER");
        assertThat(results.results(quiz.id()).notStarted()).extracting(QuizResultsService.NotStarted::username)
                .containsExactlyInAnyOrder("exc.accommodated", "exc.ontime");
        long accommodated = results.results(quiz.id()).notStarted().stream()
                .filter(s -> s.username().equals("exc.accommodated")).findFirst().orElseThrow().userId();
        exceptions.extraTimeBeforeStart(quiz.id(), accommodated, 15);
        exceptions.extraAttemptBeforeStart(quiz.id(), accommodated);
        assertThat(results.results(quiz.id()).notStarted()).filteredOn(s -> s.userId() == accommodated)
                .singleElement().satisfies(s -> {
                    assertThat(s.extraMinutes()).isEqualTo(15);
                    assertThat(s.extraAttempts()).isEqualTo(1);
                });

        SignedIn.as("exc.accommodated", "STUDENT");
        assertThat(taking.about(quiz.joinCode()).effectiveMinutes()).isEqualTo(45);
        AttemptSheet first = taking.sheet(taking.join(quiz.joinCode()));
        assertThat(first.deadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(45)));
        taking.submit(first.id());
        // the extra attempt given before the start: a second one of 45 minutes too
        AttemptSheet second = taking.sheet(taking.join(quiz.joinCode()));
        assertThat(second.deadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(45)));
        SignedIn.as("exc.ontime", "STUDENT");
        assertThat(taking.sheet(taking.join(quiz.joinCode())).deadline())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));

        SignedIn.as("teacher", "TEACHER");
        assertThat(results.results(quiz.id()).notStarted()).isEmpty();
        assertThat(exceptions.history(quiz.id())).extracting(QuizExceptionsService.HistoryLine::action)
                .containsExactlyInAnyOrder("EXTRA_TIME", "EXTRA_ATTEMPT");
    }

    @Test
    void onlyAMemberOfTheQuizsGroupCanBeGivenExceptionsBeforeStarting() {
        SignedIn.student(accounts, "exc.outsider");
        long outsider = jdbc.queryForObject("select id from app_user where username = 'exc.outsider'", Long.class);
        QuizCard open = quiz("For everyone");
        SignedIn.as("teacher", "TEACHER");
        refusedWith(() -> exceptions.extraTimeBeforeStart(open.id(), outsider, 10), "quiz.error.unknown");
        String code = groups.create("Closed group");
        long groupId = groups.mine().stream().filter(g -> g.joinCode().equals(code)).findFirst().orElseThrow().id();
        QuizCard limited = quizzes.publish(quizzes.create(new QuizSettings("Limited",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT, groupId)).id());
        refusedWith(() -> exceptions.extraTimeBeforeStart(limited.id(), outsider, 10), "quiz.error.unknown");
        refusedWith(() -> exceptions.extraAttemptBeforeStart(limited.id(), outsider), "quiz.error.unknown");
        assertThat(jdbc.queryForObject("select count(*) from quiz_allowance where user_id = ?", Integer.class, outsider))
                .isZero();
        if (!accounts.exists("exc.teacher2")) {
            accounts.register("exc.teacher2", "Other", "unused-secret-pw");
        }
        SignedIn.as("exc.teacher2", "TEACHER");
        assertThatThrownBy(() -> exceptions.extraTimeBeforeStart(limited.id(), outsider, 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
