package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.account.AccountService;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.Quiz;
import app.stride.quiz.QuizAttempt;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The results page stays live while a class takes the quiz, without the teacher reloading. */
class QuizResultsViewTest extends KaribuTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    AccountService accounts;

    @Test
    void aStudentWhoJoinsAppearsAtTheNextPollAndLeavingStopsPolling() {
        login("teacher", "TEACHER");
        Quiz quiz = quizzes.publish(quizzes.create(new QuizSettings("Live results",
                List.of(new QuizSettings.Item("iou", null, null, 1)), false, 20, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).getId());
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.getId())));
        QuizResultsView view = _get(QuizResultsView.class);
        assertThat(GridKt._size(view.students)).isZero();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        if (!accounts.exists("live.bo")) {
            accounts.register("live.bo", "Bo", "password-live-bo");
        }
        login("live.bo", "STUDENT");
        QuizAttempt attempt = taking.join(quiz.getJoinCode());
        login("teacher", "TEACHER");
        assertThat(GridKt._size(view.students)).as("not before the poll").isZero();

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(GridKt._size(view.students)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.students, 0)).anyMatch(cell -> cell.contains("live.bo"));
        assertThat(attempt.getId()).isNotNull();

        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
