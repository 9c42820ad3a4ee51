package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.StrideTest;
import app.stride.account.AccountService;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A teacher sets a mark with a comment on a student's attempt; the student reads both in their review. */
@StrideTest
class TeacherMarkViewTest extends KaribuTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    AccountService accounts;

    @Test
    void theStudentReadsTheTeachersMarkAndCommentInDutch() {
        login("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Marks", List.of(new QuizSettings.Item(
                "conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        if (!accounts.exists("mark.student")) {
            accounts.register("mark.student", "Mark Student", "unused-secret-pw");
        }
        login("mark.student", "STUDENT");
        AttemptSheet attempt = taking.sheet(taking.join(quiz.joinCode()));
        taking.save(attempt.id(), attempt.version(), attempt.questions().get(0).id(), "params", "12");
        taking.submit(attempt.id());

        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizReviewView review = _get(QuizReviewView.class);
        _find(review.questions, Button.class).stream()
                .filter(b -> "0-params".equals(b.getElement().getAttribute("data-override"))).findFirst().orElseThrow()
                .click();
        OverrideDialog dialog = review.overrideDialog;
        dialog.mark.setValue(60.0);
        dialog.save.click();
        assertThat(dialog.comment.isInvalid()).as("a mark needs a comment").isTrue();
        dialog.comment.setValue("Goede aanpak, de bias vergeten.");
        dialog.save.click();
        assertThat(shown(review.questions)).contains("Goede aanpak, de bias vergeten.");
        assertThat(review.summary.getText()).contains("60");

        login("mark.student", "STUDENT");
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView mine = _get(QuizAttemptView.class);
        AnsweredQuestion answered = _get(mine.questions, AnsweredQuestion.class);
        assertThat(shown(answered)).contains(t("quiz.override.shown", "60", "Goede aanpak, de bias vergeten."));
        assertThat(t("quiz.override.shown", "60", "x")).startsWith("Cijfer van de docent");
    }

    @Test
    void aRegradeWithNothingToChangeSaysSoAndOffersNothingToApply() {
        login("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Nothing to regrade", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        QuizResultsView view = _get(QuizResultsView.class);
        view.regradeButton.click();
        assertThat(view.regradeDialog.outcome.getText()).isEqualTo(t("quiz.regrade.none"));
        assertThat(view.regradeDialog.apply.isVisible()).isFalse();
    }
}
