package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.StrideTest;
import app.stride.account.AccountService;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** A teacher's own mark for a part, seen by the student; a regrade after a key fix, previewed, applied once. */
@StrideTest
class QuizRegradeTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuizRegradeService regrade;
    @Autowired
    QuizResultsService results;
    @Autowired
    AccountService accounts;
    @Autowired
    QuizExceptionsService exceptions;
    @Autowired
    app.stride.MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private QuizCard quiz(String title) {
        SignedIn.as("teacher", "TEACHER");
        return quizzes.publish(quizzes.create(new QuizSettings(title,
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 2)), false, 30, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT)).id());
    }

    private AttemptSheet join(String student, QuizCard quiz) {
        SignedIn.student(accounts, student);
        return taking.sheet(taking.join(quiz.joinCode()));
    }

    private String key(AttemptSheet.Question q) {
        return taking.exercise(q).expected("params").number().toPlainString();
    }

    private void save(AttemptSheet attempt, int question, String typed) {
        taking.save(attempt.id(), taking.sheet(attempt.id()).version(), attempt.questions().get(question).id(),
                "params", typed);
    }

    /** The question as an earlier bank drew it: the same numbers, and a key one too high (the bug since fixed). */
    private void drawnWithAWrongKey(AttemptSheet.Question q, String rightKey) {
        String drawn = jdbc.queryForObject("select drawn_exercise from quiz_question where id = ?", String.class, q.id());
        String wrong = new BigInteger(rightKey).add(BigInteger.ONE).toString();
        String edited = drawn.replace("\"params\":\"" + rightKey + "\"", "\"params\":\"" + wrong + "\"");
        assertThat(edited).as("the stored key was found").isNotEqualTo(drawn);
        jdbc.update("update quiz_question set template_version = 'before-fix', drawn_exercise = ? where id = ?",
                edited, q.id());
    }

    @Test
    void aTeachersMarkChangesTheScoresAndTheStudentReadsItsComment() {
        QuizCard quiz = quiz("Override");
        AttemptSheet attempt = join("rg.anna", quiz);
        save(attempt, 0, "12");
        taking.submit(attempt.id());
        AttemptSheet.Question first = attempt.questions().get(0);

        SignedIn.as("teacher", "TEACHER");
        assertThatThrownBy(() -> regrade.override(first.id(), "params", 101, "too much"))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.override.error.mark"));
        assertThatThrownBy(() -> regrade.override(first.id(), "params", 50, "  "))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.override.error.comment"));
        regrade.override(first.id(), "params", 50, "Right method, one slip in the bias.");

        SignedIn.as("rg.anna", "STUDENT");
        AttemptSheet mine = taking.sheet(attempt.id());
        assertThat(mine.questions().get(0).score()).isEqualTo(0.5);
        // two questions, the second blank: the attempt is the mean of 50 % and 0 %
        assertThat(mine.score()).isEqualTo(0.25);
        assertThat(mine.questions().get(0).mark("params")).hasValueSatisfying(m -> {
            assertThat(m.score()).isEqualTo(0.5);
            assertThat(m.comment()).isEqualTo("Right method, one slip in the bias.");
        });

        SignedIn.as("teacher", "TEACHER");
        regrade.removeOverride(first.id(), "params");
        SignedIn.as("rg.anna", "STUDENT");
        assertThat(taking.sheet(attempt.id()).score()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from quiz_audit where quiz_id = ? and action = 'OVERRIDE'",
                Integer.class, quiz.id())).isEqualTo(2);
    }

    @Test
    void anotherTeacherCannotSetAMarkNorAStudentBeforeHandIn() {
        QuizCard quiz = quiz("Override access");
        AttemptSheet attempt = join("rg.bert", quiz);
        long question = attempt.questions().get(0).id();
        SignedIn.as("teacher", "TEACHER");
        assertThatThrownBy(() -> regrade.override(question, "params", 100, "ok"))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.override.error.open"));
        if (!accounts.exists("rg.teacher2")) {
            accounts.register("rg.teacher2", "Other", "unused-secret-pw");
        }
        SignedIn.as("rg.teacher2", "TEACHER");
        assertThatThrownBy(() -> regrade.override(question, "params", 100, "ok")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regrade.preview(quiz.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRegradeAfterAKeyFixPreviewsWhoseScoresChangeAppliesOnceAndKeepsTeachersMarks() {
        QuizCard quiz = quiz("Regrade");
        AttemptSheet right = join("rg.right", quiz);
        String rightKey = key(right.questions().get(0));
        drawnWithAWrongKey(right.questions().get(0), rightKey);
        save(right, 0, rightKey);
        taking.submit(right.id());

        AttemptSheet wrong = join("rg.wrong", quiz);
        String otherKey = key(wrong.questions().get(0));
        drawnWithAWrongKey(wrong.questions().get(0), otherKey);
        // this student typed what the buggy key said
        save(wrong, 0, new BigInteger(otherKey).add(BigInteger.ONE).toString());
        taking.submit(wrong.id());

        AttemptSheet marked = join("rg.marked", quiz);
        String markedKey = key(marked.questions().get(0));
        drawnWithAWrongKey(marked.questions().get(0), markedKey);
        save(marked, 0, markedKey);
        taking.submit(marked.id());

        SignedIn.as("rg.right", "STUDENT");
        assertThat(taking.sheet(right.id()).questions().get(0).score()).as("graded on the wrong key").isZero();
        SignedIn.as("teacher", "TEACHER");
        regrade.override(marked.questions().get(0).id(), "params", 80, "Units missing.");

        List<QuizRegradeService.AttemptChange> preview = regrade.preview(quiz.id());
        assertThat(preview).extracting(QuizRegradeService.AttemptChange::attemptId)
                .containsExactlyInAnyOrder(right.id(), wrong.id());
        QuizRegradeService.AttemptChange toRight = preview.stream().filter(c -> c.attemptId() == right.id()).findFirst()
                .orElseThrow();
        assertThat(toRight.before()).isZero();
        assertThat(toRight.after()).isEqualTo(0.5);
        assertThat(toRight.questions()).singleElement().satisfies(q -> {
            assertThat(q.number()).isEqualTo(1);
            assertThat(q.after()).isEqualTo(1.0);
        });
        SignedIn.as("rg.right", "STUDENT");
        assertThat(taking.sheet(right.id()).score()).as("a preview writes nothing").isZero();

        SignedIn.as("teacher", "TEACHER");
        assertThat(regrade.apply(quiz.id())).hasSize(2);
        assertThat(regrade.apply(quiz.id())).as("a second regrade changes nothing").isEmpty();
        SignedIn.as("rg.right", "STUDENT");
        AttemptSheet fixed = taking.sheet(right.id());
        assertThat(fixed.questions().get(0).score()).isEqualTo(1.0);
        assertThat(key(fixed.questions().get(0))).as("the review shows the fixed key").isEqualTo(rightKey);
        SignedIn.as("rg.wrong", "STUDENT");
        assertThat(taking.sheet(wrong.id()).questions().get(0).score()).isZero();
        SignedIn.as("rg.marked", "STUDENT");
        assertThat(taking.sheet(marked.id()).questions().get(0).score()).as("the teacher's mark stands").isEqualTo(0.8);
        assertThat(jdbc.queryForObject("select count(*) from quiz_audit where quiz_id = ? and action = 'REGRADE'",
                Integer.class, quiz.id())).isEqualTo(1);
    }

    @Test
    void aTeachersMarkStandsWhenTheReopenedAttemptIsHandedInAgain() {
        QuizCard quiz = quiz("Mark and reopen");
        AttemptSheet attempt = join("rg.again", quiz);
        save(attempt, 0, "12");
        taking.submit(attempt.id());
        SignedIn.as("teacher", "TEACHER");
        regrade.override(attempt.questions().get(0).id(), "params", 70, "Partly right.");
        exceptions.reopen(attempt.id(), clock.instant().plusSeconds(600));
        SignedIn.as("rg.again", "STUDENT");
        save(attempt, 1, "13");
        AttemptSheet again = taking.submit(attempt.id());
        assertThat(again.questions().get(0).score()).isEqualTo(0.7);
        assertThat(again.questions().get(0).mark("params")).isPresent();
    }
}
