package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.bank.QuestionBank;
import app.stride.exercise.Template;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.AttemptState;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizResultsService;
import app.stride.quiz.QuizSettings;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a teacher of a class reads on the results page (start, time used, progress, state, which
 * attempt), topic names instead of bank ids in Dutch, and a quiz of every topic built in one step.
 */
class ResultsForAClassTest extends QuizViewTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    QuestionBank bank;

    private void openResults(QuizCard quiz) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
    }

    private static List<String> row(Grid<?> grid, int index) {
        return GridKt._getFormattedRow(grid, index);
    }

    private QuizResultsService.StudentResult rowOf(StudentGrid grid, String username) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).username().equals(username)) {
                return GridKt._get(grid, i);
            }
        }
        throw new AssertionError("no row of " + username);
    }

    @Test
    void eachStudentsStartTimeUsedProgressAndStateInDutch() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("Per student", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 2)), false, 30, null, null, 2, false,
                FeedbackPolicy.AFTER_SUBMIT));
        String startedAt = clock.instant().atZone(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("HH:mm"));
        loginAs("class.ans", "STUDENT");
        AttemptSheet first = join(quiz);
        answer(first, 0, "params", "12");
        clock.advance(Duration.ofMinutes(12).plusSeconds(5));
        taking.submit(first.id());
        // a second attempt, one question of two answered, eight minutes in
        AttemptSheet second = join(quiz);
        answer(second, 1, "params", "1 234");
        loginAs("class.bea", "STUDENT");
        AttemptSheet idle = join(quiz);
        answer(idle, 0, "params", "  ");
        clock.advance(Duration.ofMinutes(8));

        login("teacher", "TEACHER");
        UI.getCurrent().setLocale(DUTCH);
        openResults(quiz);
        StudentGrid grid = _get(QuizResultsView.class).students;
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(row(grid, 0)).containsSubsequence("class.ans (class.ans) · poging 1 van 2", "Ingediend",
                "1 van 2 beantwoord", startedAt, "12 min 5 s", "0%");
        assertThat(row(grid, 1)).containsSubsequence("class.ans (class.ans) · poging 2 van 2",
                "Bezig, nog 22 min", "1 van 2 beantwoord", "8 min tot nu toe", "—");
        assertThat(row(grid, 2)).as("a blank answer is no answer; one attempt, no number")
                .containsSubsequence("class.bea (class.bea)", "Bezig, nog 22 min", "0 van 2 beantwoord",
                        "8 min tot nu toe");

        // time up without anyone handing it in: the service says so; the page hands it in as it reads
        clock.advance(Duration.ofMinutes(23));
        QuizResultsService results = context.getBean(QuizResultsService.class);
        QuizResultsService.StudentResult away = results.results(quiz.id()).students().get(2);
        assertThat(away.state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(grid.state(away)).isEqualTo("Tijd om, nog niet ingediend");
        assertThat(grid.used(away)).as("up to the deadline, not the teacher's look").isEqualTo("30 min");
        openResults(quiz);
        grid = _get(QuizResultsView.class).students;
        assertThat(grid.state(rowOf(grid, "class.bea"))).isEqualTo("Ingediend bij de tijdslimiet");
    }

    @Test
    void onAPhoneTheScoreStaysAColumnAndTheRestOpensUnderTheRow() {
        QuizCard quiz = publishedByTeacher(new QuizSettings("On a phone", List.of(
                new QuizSettings.Item("iou", null, null, 2)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        loginAs("phone.cas", "STUDENT");
        AttemptSheet attempt = join(quiz);
        answer(attempt, 1, firstPart(attempt, 1), "7");
        login("teacher", "TEACHER");
        openResults(quiz);
        StudentGrid grid = _get(QuizResultsView.class).students;
        assertThat(grid.hint.isVisible()).isFalse();

        QuizResultsView view = _get(QuizResultsView.class);
        view.narrow(true);
        assertThat(view.questions.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("question", "mean", "mistakes");
        assertThat(view.questions.isDetailsVisibleOnClick()).isTrue();
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("student", "state", "score");
        assertThat(grid.hint.isVisible()).isTrue();
        assertThat(grid.isDetailsVisibleOnClick()).isTrue();
        assertThat(shown(grid.details(GridKt._get(grid, 0)))).contains(t("quiz.results.col.progress") + ": 1 of 2 answered")
                .contains(t("quiz.results.col.used") + ": under a minute so far").contains(t("quiz.open"));

        view.narrow(false);
        assertThat(view.questions.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(5);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).as("with the exceptions column").hasSize(8);
        assertThat(grid.isDetailsVisibleOnClick()).isFalse();
    }

    private String firstPart(AttemptSheet attempt, int question) {
        return taking.exercise(attempt.questions().get(question)).parts().get(0).id();
    }

    @Test
    void fourteenTopicsGoInAsFourteenLinesInOneStepAndNoneTwice() {
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        Set<String> families = bank.templates().stream().map(Template::family)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(families).hasSize(14);

        view.form.addTopics.click();
        assertThat(view.form.topics.isInvalid()).as("nothing chosen: said on the field").isTrue();
        assertThat(view.form.topics.getErrorMessage()).isEqualTo(t("quiz.topics.none"));

        view.form.topics.setValue(families);
        view.form.addTopics.click();
        assertThat(view.form.topics.isInvalid()).isFalse();
        assertThat(lines(view)).hasSize(14).allMatch(line -> line.startsWith("1 × "))
                .contains("1 × " + t("family.iou"), "1 × " + t("family.concepts"));
        assertThat(view.form.topics.getValue()).as("ready for the next choice").isEmpty();

        view.form.allTopics.click();
        assertThat(lines(view)).as("a topic already in is not added twice").hasSize(14);

        view.form.title.setValue("Every topic once");
        view.save();
        assertThat(view.message.getText()).isEqualTo(t("quiz.created", "Every topic once"));
        QuizCard quiz = quizzes.mine().stream().filter(q -> q.title().equals("Every topic once")).findFirst()
                .orElseThrow();
        assertThat(quiz.items()).hasSize(14).allMatch(i -> i.count() == 1 && i.templateId() == null)
                .extracting(QuizSettings.Item::family).containsExactlyElementsOf(families);
    }

    /** The form's topic lines as shown, without their remove buttons. */
    private static List<String> lines(QuizzesView view) {
        return _find(view.form.itemList, com.vaadin.flow.component.html.Span.class).stream()
                .filter(s -> s.hasClassName("stride-item"))
                .map(s -> shown(s.getChildren().findFirst().orElseThrow())).toList();
    }

    @Test
    void aTeacherReadsTopicNamesNotBankIdsInDutchOnEveryQuizPage() {
        List<QuizSettings.Item> items = List.of(new QuizSettings.Item("iou", "iou-pixels", null, 1),
                new QuizSettings.Item("concepts", "concept-ram-prediction", null, 1),
                new QuizSettings.Item("conv-params", null, null, 1));
        QuizCard quiz = publishedByTeacher(new QuizSettings("Named in Dutch", items, false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        QuizCard draft = quizzes.create(new QuizSettings("Draft in Dutch", items, false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        loginAs("dutch.dirk", "STUDENT");
        AttemptSheet attempt = join(quiz);
        for (int q = 0; q < attempt.questions().size(); q++) {
            answer(attempt, q, firstPart(attempt, q), "3");
        }
        taking.submit(attempt.id());

        UI.getCurrent().setLocale(DUTCH);
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        String studentsReview = shown(_get(QuizAttemptView.class));

        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quizzes");
        QuizzesView quizzesView = _get(QuizzesView.class);
        String cards = shown(quizzesView.list);
        quizzesView.edit(draft.id(), quizzes.editableSettings(draft.id()).orElseThrow());
        String formLines = shown(quizzesView.form.itemList);
        quizzesView.form.family.setValue("iou");
        String templateChoices = bank.family("iou").stream()
                .map(t -> quizzesView.form.template.getItemLabelGenerator().apply(t)).collect(Collectors.joining("; "));
        openResults(quiz);
        QuizResultsView results = _get(QuizResultsView.class);
        String statistics = GridKt._size(results.questions) + " " + java.util.stream.IntStream
                .range(0, GridKt._size(results.questions)).mapToObj(i -> String.join(" | ", row(results.questions, i)))
                .collect(Collectors.joining("\n"));
        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(attempt.id())));
        String teachersReview = shown(_get(QuizReviewView.class));

        assertThat(cards).contains("1 × IoU: Doorsnede (pixels²)").doesNotContain("iou-pixels");
        assertThat(statistics).startsWith("3 ");
        for (String page : List.of(studentsReview, cards, formLines, templateChoices, statistics, teachersReview)) {
            for (Template t : bank.templates()) {
                assertThat(Pattern.compile("(?<![\\w-])" + Pattern.quote(t.id()) + "(?![\\w-])").matcher(page).find())
                        .as("%s in: %s", t.id(), page).isFalse();
            }
        }
    }
}
