package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A link with a code says what it opens before the clock starts; a student's attempts are listed to reopen. */
class JoinViewTest extends QuizViewTest {


    @Test
    void theLinkDescribesTheQuizAndTheAttemptIsListedToContinue() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Friday quiz",
                List.of(new QuizSettings.Item("iou", null, null, 2), new QuizSettings.Item("pooling", null, null, 1)),
                false, 25, null, clock.instant().plus(java.time.Duration.ofDays(1)), 2, false,
                FeedbackPolicy.AFTER_CLOSE));
        loginAs("join.ilse", "STUDENT");

        UI.getCurrent().navigate("join", QueryParameters.of("code", quiz.joinCode()));
        JoinView view = _get(JoinView.class);
        assertThat(view.about.getText()).startsWith(
                "Friday quiz: 3 questions; you will have 25 minutes; the quiz closes at ")
                .endsWith(". Attempts left: 2. The clock starts when you press Start.");
        assertThat(view.mine.isVisible()).as("nothing taken yet").isFalse();

        view.start();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("quiz-attempt");

        UI.getCurrent().navigate("join", QueryParameters.of("code", quiz.joinCode()));
        view = _get(JoinView.class);
        assertThat(view.about.getText()).startsWith("Friday quiz: you have an attempt in progress");
        assertThat(view.mine.isVisible()).isTrue();
        assertThat(view.mine.getChildren()).hasSize(1);
        assertThat(view.mine.getElement().getTextRecursively()).contains("Friday quiz")
                .contains(t("quiz.mine.state.in_progress")).contains(t("quiz.mine.continue")).doesNotContain("%");

        UI.getCurrent().navigate("join", QueryParameters.of("code", "NOPE99"));
        view = _get(JoinView.class);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo(t("quiz.error.code"));
        assertThat(view.about.isVisible()).isFalse();
    }

    @Test
    void pressingMockExamAgainReturnsToTheRunningExamAndSaysSo() {
        loginAs("join.again", "STUDENT");
        UI.getCurrent().navigate("join");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(JoinView.class).exam);
        String first = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString();
        assertThat(first).startsWith("id=");
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).isEmpty();

        UI.getCurrent().navigate("join");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(JoinView.class).exam);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString())
                .isEqualTo(first);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(t("exam.resumed"));
        UI.getCurrent().navigate("join");
        assertThat(_get(JoinView.class).mine.getElement().getTextRecursively().split(t("exam.title"), -1))
                .as("one mock exam in the list").hasSize(2);
    }
}
