package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.quiz.FeedbackPolicy;
import app.stride.KaribuTest;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizSettings;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The results page stays live while a class takes the quiz, without the teacher reloading. */
class QuizResultsViewTest extends QuizViewTest {


    @Test
    void aStudentWhoJoinsAppearsAtTheNextPollAndLeavingStopsPolling() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Live results",
                List.of(new QuizSettings.Item("iou", null, null, 1)), false, 20, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        QuizResultsView view = _get(QuizResultsView.class);
        assertThat(GridKt._size(view.students)).isZero();
        assertThat(view.heading.getText()).isEqualTo("Results: Live results");
        assertThat(view.summary.getText()).contains(quiz.joinCode()).contains("0 started, 0 handed in");
        view.variants.setValue(app.stride.quiz.MoodleExport.MAX_VARIANTS + 1);
        assertThat(view.variants.isInvalid()).isTrue();
        view.variants.setValue(10);
        assertThat(view.variants.isInvalid()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        loginAs("live.bo", "STUDENT");
        AttemptSheet attempt = join(quiz);
        login("teacher", "TEACHER");
        assertThat(GridKt._size(view.students)).as("not before the poll").isZero();

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(GridKt._size(view.students)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.students, 0)).anyMatch(cell -> cell.contains("live.bo"));
        assertThat(view.summary.getText()).contains("1 started, 0 handed in");

        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        // an attempt still in progress opens too, without grades it does not have yet
        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizReviewView review = _get(QuizReviewView.class);
        assertThat(review.summary.getText()).contains(t("quiz.mine.state.in_progress")).endsWith("—");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(review.questions,
                com.vaadin.flow.component.html.H2.class)).extracting(KaribuTest::shown).containsExactly("Question 1");
    }

    @Test
    void theLiveSummaryIsRewrittenOnlyWhenItsWordsChange() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Quiet results",
                List.of(new QuizSettings.Item("iou", null, null, 1)), false, 20, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        QuizResultsView view = _get(QuizResultsView.class);
        loginAs("quiet.bo", "STUDENT");
        AttemptSheet attempt = join(quiz);
        login("teacher", "TEACHER");
        poll();
        assertThat(view.summary.getText()).contains("1 started, 0 handed in");
        sentToTheBrowser(view.summary);

        // a minute on, the running attempt's time is read again: the grid changes, the words do not
        String before = view.summary.getText();
        clock.advance(QuizResultsView.REREAD_RUNNING.plusSeconds(1));
        poll();
        assertThat(view.summary.getText()).isEqualTo(before);
        assertThat(sentToTheBrowser(view.summary)).as("changes to the live region a screen reader would read out again")
                .isZero();

        loginAs("quiet.bo", "STUDENT");
        taking.submit(attempt.id());
        login("teacher", "TEACHER");
        poll();
        assertThat(view.summary.getText()).contains("1 started, 1 handed in");
        assertThat(sentToTheBrowser(view.summary)).isPositive();
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    /** How many of the changes the next response would carry touch the component or what is inside it; then none are left. */
    private static long sentToTheBrowser(com.vaadin.flow.component.Component component) {
        java.util.Set<com.vaadin.flow.internal.StateNode> inside = new java.util.HashSet<>();
        component.getElement().getNode().visitNodeTree(inside::add);
        long[] touching = {0};
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {
            if (inside.contains(change.getNode())) {
                touching[0]++;
            }
        });
        return touching[0];
    }

    @Test
    void theTeacherReadsAHandedInAttemptWithTheKeyButAnotherTeacherMayNot() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Review attempts",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 20, null,
                clock.instant().plus(java.time.Duration.ofDays(1)), 1, false, FeedbackPolicy.AFTER_CLOSE));
        loginAs("review.cas", "STUDENT");
        AttemptSheet attempt = join(quiz);
        var question = attempt.questions().get(0);
        answer(attempt, 0, "params", "12");
        taking.submit(attempt.id());
        var exercise = taking.exercise(question);

        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizReviewView view = _get(QuizReviewView.class);
        assertThat(view.summary.getText()).contains("review.cas (review.cas)").contains("Review attempts").contains("0%");
        var line = com.github.mvysny.kaributesting.v10.LocatorJ._find(view.questions,
                com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> "params".equals(d.getElement().getAttribute("data-part"))).findFirst().orElseThrow();
        long key = exercise.expected("params").number().longValueExact();
        assertThat(shown(line)).as("said to the teacher").contains("the student gave 12").endsWith(String.format(java.util.Locale.ENGLISH, "%,d", key));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(view.questions,
                com.vaadin.flow.component.html.Anchor.class)).as("no 'practise this' for the teacher").isEmpty();

        loginAs("other.teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(attempt.id())));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(QuizReviewView.class)).isEmpty();
    }

    @Test
    void aChoiceAnswerIsReviewedByTheOptionsTextNotItsId() {
        // as reported: "you gave pair; the answer is The largest pair…", the option's internal id
        QuizCard quiz = publishedByTeacher(new QuizSettings("Options by their text",
                List.of(new QuizSettings.Item("concepts", "concept-ram-prediction", null, 1)), false, 20, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT));
        loginAs("choice.ima", "STUDENT");
        AttemptSheet attempt = join(quiz);
        answer(attempt, 0, "answer", "sum");
        AttemptSheet handedIn = taking.submit(attempt.id());
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        assertThat(shown(reviewLine(_get(QuizAttemptView.class).questions)))
                .isEqualTo("Answer: you gave All layers added up; the answer is The largest pair of consecutive layers"
                        + " (plus the parameters)");
        assertThat(handedIn.questions().get(0).score()).isZero();

        login("teacher", "TEACHER");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(attempt.id())));
        assertThat(shown(reviewLine(_get(QuizReviewView.class).questions)))
                .isEqualTo("Antwoord: de student gaf Alle lagen opgeteld; het antwoord is Het grootste paar opeenvolgende"
                        + " lagen (plus de parameters)");
    }

    @Test
    void anAnswerThatCannotBeReadIsSaidToBeCountedAsWrongInTheReview() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Unreadable in the review",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 20, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT));
        loginAs("review.abc", "STUDENT");
        AttemptSheet attempt = join(quiz);
        answer(attempt, 0, "params", "abc");
        taking.submit(attempt.id());

        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(attempt.id())));
        var line = com.github.mvysny.kaributesting.v10.LocatorJ._find(_get(QuizReviewView.class).questions,
                com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> "params".equals(d.getElement().getAttribute("data-part"))).findFirst().orElseThrow();
        assertThat(shown(line)).startsWith("Trainable parameters: the student gave abc (cannot be read one way:"
                + " counted as wrong); the answer is ");
    }

    private static com.vaadin.flow.component.html.Div reviewLine(com.vaadin.flow.component.Component questions) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(questions, com.vaadin.flow.component.html.Div.class)
                .stream().filter(d -> "answer".equals(d.getElement().getAttribute("data-part"))).findFirst()
                .orElseThrow();
    }

    @Test
    void mistakesAreNamedInTheCataloguesWordsWithTheirCount() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Named mistakes",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 20, null, null, 1,
                false, FeedbackPolicy.AFTER_SUBMIT));
        loginAs("mistake.jop", "STUDENT");
        AttemptSheet attempt = join(quiz);
        var exercise = taking.exercise(attempt.questions().get(0));
        long withoutBias = exercise.expected("params").number().longValueExact()
                - ((Number) exercise.params().get("filters")).longValue();
        answer(attempt, 0, "params", String.valueOf(withoutBias));
        taking.submit(attempt.id());

        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        QuizResultsView view = _get(QuizResultsView.class);
        assertThat(GridKt._getFormattedRow(view.questions, 0)).anyMatch(cell -> cell.equals("1 × You left out the bias"));
        // the question by what it asks, not by its template id
        assertThat(GridKt._getFormattedRow(view.questions, 0)).first().isEqualTo("Conv parameters: Trainable parameters")
                .isNotEqualTo("conv-params-rgb");
        // one answer: no discrimination index (it was "0.00"), a dash that says why in its tooltip
        assertThat(GridKt._getFormattedRow(view.questions, 0)).contains("—").doesNotContain("0.00");
        assertThat(view.summary.getText()).endsWith(t("quiz.results.live"));

        // archived, with every attempt handed in: nothing changes any more, so the page stops asking
        quizzes.archive(quiz.id());
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        view = _get(QuizResultsView.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(view.summary.getText()).doesNotContain(t("quiz.results.live"));
    }

    @Test
    void theTeacherReadsOneAttemptAfterAnother() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("One after another",
                List.of(new QuizSettings.Item("iou", null, null, 1)), false, 20, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        loginAs("order.ada", "STUDENT");
        AttemptSheet first = join(quiz);
        loginAs("order.ben", "STUDENT");
        AttemptSheet second = join(quiz);

        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(first.id())));
        QuizReviewView view = _get(QuizReviewView.class);
        assertThat(view.summary.getText()).contains("order.ada");
        assertThat(view.previous.isVisible()).isFalse();
        assertThat(view.next.isVisible()).isTrue();
        assertThat(view.next.getHref()).isEqualTo("quiz-review?id=" + second.id());

        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(second.id())));
        view = _get(QuizReviewView.class);
        assertThat(view.summary.getText()).contains("order.ben");
        assertThat(view.previous.getHref()).isEqualTo("quiz-review?id=" + first.id());
        assertThat(view.previous.isVisible()).isTrue();
        assertThat(view.next.isVisible()).isFalse();
    }

    @Test
    void aMistypedLinkSaysTheQuizDoesNotExist() {
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", "987654321"));
        QuizResultsView view = _get(QuizResultsView.class);
        assertThat(view.summary.getText()).isEqualTo(t("quiz.error.unknown"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        loginAs("typo.tess", "STUDENT");
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", "987654321"));
        assertThat(shown(_get(QuizAttemptView.class).status)).isEqualTo(t("quiz.error.unknown"));
    }
}
