package app.stride.quiz.ui;

import app.stride.exercise.ui.AnswerField;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Immediate feedback in the browser: checking one question shows its key and fixes its answer. */
class QuizAttemptViewTest extends QuizViewTest {


    @Test
    void checkingAQuestionReplacesItsFieldsWithTheAnswerTheKeyAndTheSolution() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Check as you go",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 2)), false, 20, null, null, 1,
                false, FeedbackPolicy.IMMEDIATE));
        loginAs("check.fem", "STUDENT");
        AttemptSheet attempt = join(quiz);
        long key = taking.exercise(attempt.questions().get(0)).expected("params").number().longValueExact();
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView view = _get(QuizAttemptView.class);
        assertThat(_find(view.questions, AnswerField.class)).hasSize(2);

        type(_find(view.questions, AnswerField.class).get(0), String.valueOf(key));
        _find(view.questions, Button.class).stream()
                .filter(b -> "0".equals(b.getElement().getAttribute("data-check"))).findFirst().orElseThrow().click();

        assertThat(shown(view.status)).startsWith("Checked");
        assertThat(_find(view.questions, AnswerField.class)).as("only the unchecked question is open").hasSize(1);
        AnsweredQuestion answered = _get(view.questions, AnsweredQuestion.class);
        assertThat(shown(answered)).contains("Question 1: 100%")
                .contains(String.format(java.util.Locale.ENGLISH, "%,d", key));
        assertThat(shown(view.heading)).isEqualTo("Check as you go");

        // the second one without the biases: the card names that mistake in the practice view's words
        var second = taking.exercise(attempt.questions().get(1));
        long withoutBias = second.expected("params").number().longValueExact()
                - ((Number) second.params().get("filters")).longValue();
        type(_find(view.questions, AnswerField.class).get(0), String.valueOf(withoutBias));
        _find(view.questions, Button.class).stream()
                .filter(b -> "1".equals(b.getElement().getAttribute("data-check"))).findFirst().orElseThrow().click();
        var why = _find(view.questions, com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> "forgot-bias".equals(d.getElement().getAttribute("data-misconception"))).toList();
        assertThat(why).hasSize(1);
        assertThat(shown(why.get(0))).containsIgnoringCase("bias");
        assertThat(_find(view.questions, com.vaadin.flow.component.html.Anchor.class))
                .as("a student may practise each question again").hasSize(2);
    }

    @Test
    void aQuestionWithAPartEmptyOrReadTwoWaysIsNotCheckedAndShowsNoKey() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Check only what is complete",
                List.of(new QuizSettings.Item("batchnorm", "batchnorm-moving", null, 1)), false, 20, null, null, 1,
                false, FeedbackPolicy.IMMEDIATE));
        loginAs("complete.wout", "STUDENT");
        AttemptSheet attempt = join(quiz);
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView view = _get(QuizAttemptView.class);

        // one part answered, two empty
        type(_find(view.questions, AnswerField.class).get(0), "0.4");
        check(view);
        assertThat(shown(view.status)).isEqualTo(t("quiz.error.incomplete"));
        assertNothingGradedOrShown(view, attempt);

        // all answered, one of them readable two ways (one and a half thousand, or 1,575 with a decimal comma)
        type(_find(view.questions, AnswerField.class).get(1), "1,575");   // in English: 1575, or a decimal comma
        type(_find(view.questions, AnswerField.class).get(2), "4.2");
        check(view);
        assertThat(shown(view.status)).isEqualTo(t("quiz.error.incomplete"));
        assertNothingGradedOrShown(view, attempt);

        type(_find(view.questions, AnswerField.class).get(1), "1.5");
        check(view);
        assertThat(shown(view.status)).startsWith("Checked");
        assertThat(_find(view.questions, AnsweredQuestion.class)).hasSize(1);
        assertThat(taking.sheet(attempt.id()).questions().get(0).graded()).isTrue();
    }

    private static void check(QuizAttemptView view) {
        _find(view.questions, Button.class).stream()
                .filter(b -> "0".equals(b.getElement().getAttribute("data-check"))).findFirst().orElseThrow().click();
    }

    private void assertNothingGradedOrShown(QuizAttemptView view, AttemptSheet attempt) {
        assertThat(_find(view.questions, AnswerField.class)).as("the question is still open").hasSize(3);
        assertThat(_find(view.questions, AnsweredQuestion.class)).isEmpty();
        assertThat(view.questions.getElement().getOuterHTML()).doesNotContain("stride-key")
                .doesNotContain(t("practice.solution"));
        assertThat(taking.sheet(attempt.id()).questions().get(0).graded()).as("not graded").isFalse();
    }

    @Test
    void aStudentsOptionsKeepTheirShuffledOrderThroughReloadsAndStudentsGetDifferentOrders() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Shuffled options",
                List.of(new QuizSettings.Item("concepts", "concept-ram-prediction", null, 12)), false, 20, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT));
        java.util.Set<List<String>> orders = new java.util.HashSet<>();
        java.util.Set<String> firsts = new java.util.HashSet<>();
        for (String student : List.of("order.ada", "order.bas")) {
            loginAs(student, "STUDENT");
            AttemptSheet attempt = join(quiz);
            List<List<String>> shown = null;
            for (int visit = 0; visit < 2; visit++) {
                UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
                List<List<String>> now = _find(_get(QuizAttemptView.class).questions,
                        app.stride.exercise.ui.ChoiceField.class).stream()
                        .map(f -> f.getElement().getChildren().map(o -> o.getProperty("value")).toList()).toList();
                assertThat(now).hasSize(12);
                if (shown != null) {
                    assertThat(now).as("the same order after a reload").isEqualTo(shown);
                }
                shown = now;
            }
            orders.addAll(shown);
            shown.forEach(order -> firsts.add(order.get(0)));
        }
        // 24 questions of 3 options: more than one order, and the right option ("pair") not always on top
        assertThat(orders).hasSizeGreaterThan(1);
        assertThat(firsts).hasSizeGreaterThan(1);
    }

    @Test
    void handingInAsksFirstAndSaysHowManyQuestionsAreEmpty() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Hand in with care",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 3)), false, 20, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT));
        loginAs("confirm.noor", "STUDENT");
        AttemptSheet attempt = join(quiz);
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView view = _get(QuizAttemptView.class);
        type(_find(view.questions, AnswerField.class).get(0), "2800");

        view.submit.click();
        assertThat(view.confirmDialog.isOpened()).isTrue();
        assertThat(view.confirmDialog.getElement().getTextRecursively()).contains("2 questions are not fully answered yet");
        _find(view.confirmDialog, Button.class).stream().filter(b -> b.getText().equals(t("quiz.submit.confirm.keep")))
                .findFirst().orElseThrow().click();
        assertThat(taking.sheet(attempt.id()).submitted()).as("kept answering").isFalse();

        view.submit.click();
        _find(view.confirmDialog, Button.class).stream()
                .filter(b -> "submit".equals(b.getElement().getAttribute("data-confirm"))).findFirst().orElseThrow().click();
        assertThat(taking.sheet(attempt.id()).submitted()).isTrue();
        assertThat(shown(view.status)).startsWith("Handed in.");
    }

    @Test
    void theHandInWarningCountsAnUnreadableAnswerApartFromTheUnanswered() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Unreadable is not answered",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 4)), false, 20, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT));
        loginAs("confirm.abc", "STUDENT");
        AttemptSheet attempt = join(quiz);
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView view = _get(QuizAttemptView.class);
        assertThat(shown(view.progressNote)).isEqualTo("Graded quiz answers count towards your progress.");
        // the reported case: "abc" was counted as answered
        type(_find(view.questions, AnswerField.class).get(0), "2800");
        type(_find(view.questions, AnswerField.class).get(1), "abc");

        view.submit.click();
        assertThat(view.confirmDialog.getElement().getTextRecursively()).contains("2 questions are not fully answered,"
                + " and 1 question has an answer that cannot be read, or can be read two ways, and will count as wrong.");
        view.confirmDialog.close();

        // every question answered, one unreadably: said without a double negative
        type(_find(view.questions, AnswerField.class).get(2), "2800");
        type(_find(view.questions, AnswerField.class).get(3), "2800");
        view.submit.click();
        assertThat(view.confirmDialog.getElement().getTextRecursively()).startsWith("1 question has an answer that"
                + " cannot be read, or can be read two ways, and will count as wrong.").doesNotContain("not fully answered");
    }

    @Test
    void anAnswerThatReadsTwoWaysOrNotAtAllIsToldAtOnceAndRightOrWrongIsNot() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Readable answers",
                List.of(new QuizSettings.Item("batchnorm", "batchnorm-moving", null, 1)), false, 20, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT));
        loginAs("reading.lies", "STUDENT");
        AttemptSheet attempt = join(quiz);
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView view = _get(QuizAttemptView.class);
        AnswerField field = _find(view.questions, AnswerField.class).get(0);

        // a moving mean: in English 1,575 may be one and a half (a Dutch decimal comma) or fifteen hundred
        type(field, "1,575");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("1,575 can be read as 1\u202F575 or as 1.575. Choose which you"
                + " meant, or write it so that it reads only one way: at hand-in it cannot be asked and counts as wrong.");
        // as in practice, a button per reading: the one chosen is written to read one way, and saved
        List<Button> readings = _find(view.questions, Button.class).stream()
                .filter(b -> b.getParent().map(p -> p.hasClassName("stride-ambiguous")).orElse(false)).toList();
        assertThat(readings).extracting(Button::getText).containsExactly("1\u202F575", "1.575");
        readings.get(1).click();
        assertThat(field.getValue()).isEqualTo("1.575");
        assertThat(field.isInvalid()).isFalse();
        assertThat(taking.sheet(attempt.id()).questions().get(0).typed()).containsValue("1.575");
        assertThat(_find(view.questions, Button.class).stream()
                .filter(b -> b.getParent().map(p -> p.hasClassName("stride-ambiguous")).orElse(false))).isEmpty();
        type(field, "1.575");
        assertThat(field.isInvalid()).as("the English decimal point").isFalse();
        type(field, "two thousand");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(t("grading.invalid.number"));
        // a readable number is fine, right or wrong: the quiz does not grade before hand-in
        type(field, "12");
        assertThat(field.isInvalid()).isFalse();
        assertThat(taking.sheet(attempt.id()).questions().get(0).typed()).containsValue("12");
    }

    @Test
    void aTabThatSawAnOlderStateKeepsItsAnswerReloadsAndSaysSo() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Two windows",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 2)), false, 20, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT));
        loginAs("tabs.kees", "STUDENT");
        AttemptSheet attempt = join(quiz);
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView view = _get(QuizAttemptView.class);

        // the other window answers the second question; this one still shows the attempt as it was
        answer(attempt, 1, "params", "777");
        type(_find(view.questions, AnswerField.class).get(0), "555");

        assertThat(shown(view.status)).isEqualTo(t("quiz.stale"));
        assertThat(_find(view.questions, AnswerField.class)).extracting(AnswerField::getValue)
                .as("reloaded: both windows' answers").containsExactly("555", "777");
        assertThat(taking.sheet(attempt.id()).questions()).extracting(q -> q.typed().get("params"))
                .containsExactly("555", "777");

        type(_find(view.questions, AnswerField.class).get(0), "556");
        assertThat(shown(view.status)).as("up to date again").isEqualTo(t("quiz.saved"));
        assertThat(taking.sheet(attempt.id()).questions().get(0).typed()).containsEntry("params", "556");
    }
}
