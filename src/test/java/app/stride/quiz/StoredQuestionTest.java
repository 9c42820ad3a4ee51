package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.EditedBank;
import app.stride.StrideTest;
import app.stride.account.AccountService;
import app.stride.bank.QuestionBank;
import app.stride.bank.StoredExercise;
import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A quiz question keeps the exercise it was drawn as: after its template is edited, the student
 * sees, is graded on and reviews the same numbers and key; and its seed is a quiz's, which
 * practice never serves.
 */
@StrideTest
class StoredQuestionTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuizResultsService results;
    @Autowired
    AccountService accounts;
    @Autowired
    QuestionBank bank;
    @Autowired
    JdbcTemplate jdbc;

    private static void as(String username, String role) {
        SignedIn.as(username, role);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void student(String name) {
        SignedIn.student(accounts, name);
    }

    @Test
    void aQuestionDrawnBeforeItsTemplateWasEditedIsShownGradedAndReviewedAsDrawn() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Stored", List.of(new QuizSettings.Item(
                "conv-params", "conv-params-rgb", null, 2)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        student("stored.quiz");
        AttemptSheet attempt = taking.sheet(taking.join(quiz.joinCode()));
        assertThat(attempt.questions()).allSatisfy(q -> assertThat(q.seed()).as("a quiz's seed").isNegative());
        assertThat(jdbc.queryForList("select template_version from quiz_question where attempt_id = ?", String.class,
                attempt.id())).containsOnly(bank.version("conv-params-rgb").orElseThrow());

        // the questions as an app with the older wording of the template drew them
        QuestionBank before = EditedBank.otherFilters();
        AttemptSheet.Question first = attempt.questions().get(0);
        Exercise drawn = before.generate("conv-params-rgb", first.seed());
        StoredExercise stored = before.store(drawn);
        jdbc.update("update quiz_question set template_version = ?, drawn_exercise = ? where id = ?",
                stored.version(), stored.drawn(), first.id());

        AttemptSheet.Question shown = taking.sheet(attempt.id()).questions().get(0);
        assertThat(shown.drawn()).isEqualTo(stored);
        assertThat(taking.sheet(attempt.id()).questions().get(1).drawn()).as("a current question keeps nothing extra")
                .isNull();
        Exercise exercise = taking.exercise(shown);
        assertThat(exercise.params()).isEqualTo(drawn.params());
        assertThat(exercise.expected()).isEqualTo(drawn.expected());
        assertThat(bank.generate("conv-params-rgb", first.seed()).params()).as("the bank now draws other numbers")
                .isNotEqualTo(drawn.params());

        String key = drawn.expected("params").number().toPlainString();
        taking.save(attempt.id(), taking.sheet(attempt.id()).version(), first.id(), "params", key);
        AttemptSheet done = taking.submit(attempt.id());
        assertThat(done.questions().get(0).score()).isEqualTo(1.0);

        as("teacher", "TEACHER");
        AttemptSheet.Question reviewed = results.attempt(attempt.id()).attempt().questions().get(0);
        assertThat(taking.exercise(reviewed).expected("params")).isEqualTo(drawn.expected("params"));
    }

    @Test
    void aMockExamsAnsweredQuestionIsKeptAsPracticeWithTheExerciseItWasDrawnAs() {
        student("stored.exam");
        AttemptSheet exam = taking.sheet(taking.startExam().attemptId());
        AttemptSheet.Question first = exam.questions().get(0);
        Exercise exercise = taking.exercise(first);
        for (PartSpec part : exercise.template().parts()) {
            taking.save(exam.id(), taking.sheet(exam.id()).version(), first.id(), part.id(),
                    exercise.expected(part.id()).number().toPlainString());
        }
        taking.submit(exam.id());
        Map<String, Object> question = jdbc.queryForMap(
                "select template_id, seed, template_version, drawn_exercise from quiz_question where id = ?", first.id());
        // every question of the exam is kept as practice now, the answered one among them
        Map<String, Object> practised = jdbc.queryForMap("select template_id, seed, template_version, drawn_exercise"
                + " from attempt where source = 'exam' and seed = ?", first.seed());
        assertThat(practised).isEqualTo(question);
        assertThat((String) question.get("drawn_exercise")).contains("\"keys\"");
    }

    @Test
    void theHandInWarningReadsAnAnswerAsTheQuestionWasDrawn() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Stored reading", List.of(new QuizSettings.Item(
                "memory", "memory-course", null, 1)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        student("stored.reading");
        AttemptSheet attempt = taking.sheet(taking.join(quiz.joinCode()));
        AttemptSheet.Question q = attempt.questions().get(0);
        // drawn while the parameters' memory was asked in bytes; the template now asks it in MB
        QuestionBank before = EditedBank.with("memory-course.yaml", yaml -> yaml
                .substring(0, yaml.indexOf("cases:")).replaceFirst("unit: MB", "unit: B") + """
                cases:
                  - params: {h: 200, w: 300, c: 3, f1: 100, f2: 200, f3: 400, bytes: 4, batch: 50}
                    answers: {params: "903400", paramBytes: "3613600", inference: "12,6 MB", training: "569 MB"}
                    grade: 1
                  - answers: {params: "903400", paramBytes: "3613600", inference: "12,6 MB", training: "18,47 MB"}
                    grade: 0.75
                  - answers: {params: "903400", paramBytes: "veel", inference: "12,6 MB", training: "569 MB"}
                    invalid: true
                """);
        assertThat(before.problems()).isEmpty();
        Exercise drawn = before.generate("memory-course", q.seed());
        assertThat(drawn.template().parts().get(1).unit()).hasToString("B");
        StoredExercise stored = before.store(drawn);
        jdbc.update("update quiz_question set template_version = ?, drawn_exercise = ? where id = ?",
                stored.version(), stored.drawn(), q.id());

        // "3,613,600" in a part asked in B is 3 613 600 bytes; asked in MB it could be a count of bytes or of MB
        String bytes = String.format(java.util.Locale.ENGLISH, "%,d", drawn.expected("paramBytes").number()
                .longValueExact());
        AttemptSheet.Question shown = taking.sheet(attempt.id()).questions().get(0);
        assertThat(taking.readingProblem(shown.templateId(), shown.seed(), shown.drawn(), "paramBytes", bytes,
                java.util.Locale.ENGLISH)).as("the warning while typing").isEmpty();
        for (PartSpec part : drawn.template().parts()) {
            String typed = part.id().equals("paramBytes") ? bytes
                    : drawn.expected(part.id()).number().toPlainString() + (part.unit() == null ? "" : " B");
            taking.save(attempt.id(), taking.sheet(attempt.id()).version(), q.id(), part.id(), typed);
        }
        assertThat(taking.handInCheck(attempt.id())).isEqualTo(new QuizTakingService.HandInCheck(0, 0));
        assertThat(taking.submit(attempt.id()).questions().get(0).score()).as("as hand-in grades it").isEqualTo(1.0);
    }
}
