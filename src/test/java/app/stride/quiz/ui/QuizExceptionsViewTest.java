package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.MutableClock;
import app.stride.StrideTest;
import app.stride.account.AccountService;
import app.stride.group.GroupService;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The exceptions a teacher gives from the results page, and deleting a quiz from its card. */
@StrideTest
class QuizExceptionsViewTest extends KaribuTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    GroupService groups;

    private QuizCard quizWithOneAttempt(String title, String student) {
        login("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings(title,
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null,
                clock.instant().plus(Duration.ofHours(1)), 1, false, FeedbackPolicy.AFTER_SUBMIT)).id());
        if (!accounts.exists(student)) {
            accounts.register(student, "Student " + student, "unused-secret-pw");
        }
        login(student, "STUDENT");
        taking.join(quiz.joinCode());
        login("teacher", "TEACHER");
        return quiz;
    }

    @Test
    void extraTimeFromTheResultsRowIsSaidAndRecordedInTheHistory() {
        QuizCard quiz = quizWithOneAttempt("Exceptions view", "excv.anna");
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        QuizResultsView view = _get(QuizResultsView.class);
        Button open = (Button) GridKt._getCellComponent(view.students, 0, "exceptions");
        open.click();
        StudentExceptionsDialog dialog = view.exceptionsDialog;
        dialog.minutes.setValue(700);
        dialog.giveTime.click();
        assertThat(dialog.minutes.isInvalid()).isTrue();
        assertThat(dialog.minutes.getErrorMessage()).isEqualTo(t("quiz.exception.error.minutes"));
        dialog.minutes.setValue(20);
        dialog.giveTime.click();
        assertThat(dialog.done.getText()).isEqualTo(t("quiz.exception.done.minutes", 20, "Student excv.anna (excv.anna)"));
        assertThat(view.closing.history.getSummaryText()).isEqualTo(t("quiz.history.summary"));
        view.closing.history.setOpened(true);
        assertThat(view.closing.history.getSummaryText()).isEqualTo(t("quiz.history", 1));
        assertThat(shown(view.closing.history)).contains(t("quiz.history.EXTRA_TIME")).contains("excv.anna");
        // an attempt in progress has nothing to reopen
        assertThat(dialog.reopen.getParent()).isEmpty();
    }

    @Test
    void closeNowAsksFirstAndThenClosesTheQuiz() {
        QuizCard quiz = quizWithOneAttempt("Close from view", "excv.bert");
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        QuizResultsView view = _get(QuizResultsView.class);
        assertThat(view.closing.closeNow.isVisible()).isTrue();
        view.closing.closeNowConfirmed();
        assertThat(view.closing.message.getText()).isEqualTo(t("quiz.close.now.done"));
        assertThat(view.closing.closeNow.isVisible()).isFalse();
        assertThat(quizzes.get(quiz.id()).closesAt()).isEqualTo(clock.instant());
    }

    @Test
    void deletingAQuizFromItsCardNeedsItsTitleTyped() {
        QuizCard quiz = quizWithOneAttempt("Delete from card", "excv.cor");
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        Button delete = _find(view.list, Button.class).stream()
                .filter(b -> "Delete from card".equals(b.getElement().getAttribute("data-delete"))).findFirst().orElseThrow();
        delete.click();
        DeleteQuizDialog dialog = view.deleteDialog;
        dialog.title.setValue("Delete from");
        dialog.delete.click();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo(t("quiz.delete.error.title"));
        dialog.title.setValue("Delete from card");
        dialog.delete.click();
        assertThat(view.message.getText()).isEqualTo(t("quiz.delete.done", "Delete from card"));
        assertThat(quizzes.mine()).noneMatch(q -> q.id() == quiz.id());
    }

    @Test
    void aGroupMemberWhoHasNotStartedIsListedAndCanBeGivenExtraTimeFirst() {
        login("teacher", "TEACHER");
        String code = groups.create("Not started view");
        long groupId = groups.mine().stream().filter(g -> g.joinCode().equals(code)).findFirst().orElseThrow().id();
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Group quiz",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT, groupId)).id());
        if (!accounts.exists("excv.late")) {
            accounts.register("excv.late", "Lea Late", "unused-secret-pw");
        }
        login("excv.late", "STUDENT");
        groups.join(code);
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        QuizResultsView view = _get(QuizResultsView.class);
        assertThat(view.notStarted.isVisible()).isTrue();
        assertThat(view.notStarted.heading.getText()).isEqualTo(t("quiz.notstarted.title", 1));
        assertThat(GridKt._getFormattedRow(view.notStarted.grid, 0)).contains("Lea Late (excv.late)", "—");
        ((Button) GridKt._getCellComponent(view.notStarted.grid, 0, "exceptions")).click();
        StudentExceptionsDialog dialog = view.exceptionsDialog;
        // nothing to reopen before a first attempt
        assertThat(dialog.reopen.getParent()).isEmpty();
        dialog.minutes.setValue(20);
        dialog.giveTime.click();
        assertThat(dialog.done.getText()).isEqualTo(t("quiz.exception.done.minutes", 20, "Lea Late (excv.late)"));
        assertThat(GridKt._getFormattedRow(view.notStarted.grid, 0)).contains(t("quiz.allowance.minutes", 20));

        login("excv.late", "STUDENT");
        taking.join(quiz.joinCode());
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        view = _get(QuizResultsView.class);
        assertThat(view.notStarted.isVisible()).as("every member has started").isFalse();
        assertThat(GridKt._getFormattedRow(view.students, 0)).anyMatch(cell -> cell.contains("50"));
    }
}
