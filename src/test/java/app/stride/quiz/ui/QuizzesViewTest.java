package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.quiz.QuizCard;
import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Building a quiz of several topic lines, each with its difficulty, and an open/close window. */
class QuizzesViewTest extends QuizViewTest {


    @Test
    void aTeacherAddsTopicLinesAndAWindowAndAWrongWindowLosesNothing() {
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        view.form.title.setValue("Two topics");
        view.form.family.setValue("iou");
        view.form.count.setValue(2);
        view.form.addItem();
        assertThat(items(view)).isEqualTo("In this quiz:2 × " + t("family.iou") + t("quiz.item.remove"));
        view.form.family.setValue("conv-params");
        view.form.difficulty.setValue(1);
        view.form.count.setValue(3);
        LocalDateTime opens = LocalDateTime.of(2030, 1, 10, 9, 0);
        view.form.opens.setValue(opens);
        view.form.closes.setValue(opens.minusHours(1));

        view.save();
        assertThat(view.message.getText()).isEqualTo(t("quiz.error.window"));
        assertThat(view.form.closes.isInvalid()).as("the message is on the field").isTrue();
        assertThat(view.form.closes.getErrorMessage()).isEqualTo(t("quiz.error.window"));
        assertThat(items(view)).contains(t("family.iou"));
        assertThat(view.form.family.getValue()).isEqualTo("conv-params");

        view.form.closes.setValue(opens.plusHours(2));
        view.form.title.clear();
        view.save();
        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.form.title.getErrorMessage()).isEqualTo(t("quiz.error.title"));
        assertThat(view.form.closes.isInvalid()).isFalse();
        view.form.title.setValue("Two topics");
        view.save();
        assertThat(view.form.title.isInvalid()).isFalse();
        assertThat(view.message.getText()).isEqualTo(t("quiz.created", "Two topics"));
        QuizCard quiz = quizzes.mine().stream().filter(q -> q.title().equals("Two topics")).findFirst().orElseThrow();
        assertThat(quiz.items()).extracting(i -> i.family() + "/" + i.difficulty() + "/" + i.count())
                .containsExactly("iou/null/2", "conv-params/1/3");
        assertThat(quiz.opensAt()).isEqualTo(opens.atZone(ZoneId.systemDefault()).toInstant());
        assertThat(quiz.closesAt()).isEqualTo(opens.plusHours(2).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(items(view)).isEmpty();

        // before it opens, the teacher edits it: the form comes back filled, and saving changes it
        assertThat(card(view, quiz)).contains(t("quiz.edit")).contains(t("quiz.status.draft"));
        view.edit(quiz.id(), quizzes.editableSettings(quiz.id()).orElseThrow());
        assertThat(view.form.title.getValue()).isEqualTo("Two topics");
        assertThat(items(view)).contains(t("family.iou")).contains(t("family.conv-params"));
        view.form.title.setValue("Two topics, edited");
        view.form.minutes.setValue(45);
        view.save();
        assertThat(view.message.getText()).isEqualTo(t("quiz.updated", "Two topics, edited"));
        QuizCard edited = quizzes.get(quiz.id());
        assertThat(edited.title()).isEqualTo("Two topics, edited");
        assertThat(edited.timeLimitMinutes()).isEqualTo(45);
        assertThat(edited.items()).hasSize(2);
        assertThat(quizzes.mine()).filteredOn(q -> q.title().startsWith("Two topics")).hasSize(1);

        // the preview draws what a student would get: 2 IoU questions, then 3 basic conv-params ones
        view.preview(quiz);
        var prompts = com.github.mvysny.kaributesting.v10.LocatorJ._find(view.previewDialog,
                com.vaadin.flow.component.html.Pre.class);
        assertThat(prompts).hasSize(5);
        var drawn = taking.preview(quiz.id());
        assertThat(drawn).extracting(e -> e.template().family())
                .containsExactly("iou", "iou", "conv-params", "conv-params", "conv-params");
        assertThat(drawn.subList(2, 5)).allMatch(e -> e.template().difficulty() == 1);
        assertThat(shown(prompts.get(0))).isEqualTo(drawn.get(0).prompt(java.util.Locale.ENGLISH));
    }

    @Test
    void aTeacherPicksSingleTemplatesAndTakesALineOutAgain() {
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        assertThat(view.form.template.isEnabled()).isFalse();
        view.form.title.setValue("Chosen templates");
        view.form.family.setValue("conv-params");
        assertThat(view.form.template.isEnabled()).isTrue();
        var offered = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(view.form.template);
        assertThat(offered).isNotEmpty().allMatch(t -> t.family().equals("conv-params"));
        var rgb = offered.stream().filter(t -> t.id().equals("conv-params-rgb")).findFirst().orElseThrow();
        view.form.template.setValue(rgb);
        assertThat(view.form.difficulty.isEnabled()).as("a template has its own difficulty").isFalse();
        view.form.count.setValue(2);
        view.form.addItem();
        assertThat(view.form.template.isEnabled()).isFalse();
        assertThat(view.form.difficulty.isEnabled()).isTrue();
        view.form.family.setValue("iou");
        view.form.addItem();
        // a chosen template by what it asks, as the statistics name it, not by its bank id
        assertThat(items(view)).contains("2 × Conv parameters: Trainable parameters").doesNotContain("conv-params-rgb")
                .contains(t("family.iou"));

        // the IoU line was a slip: its own button takes it out
        var removes = com.github.mvysny.kaributesting.v10.LocatorJ._find(view.form.itemList,
                com.vaadin.flow.component.button.Button.class);
        assertThat(removes).hasSize(2);
        assertThat(removes.get(1).getElement().getAttribute("aria-label")).contains(t("family.iou"));
        removes.get(1).click();
        assertThat(items(view)).contains("Conv parameters: Trainable parameters").doesNotContain(t("family.iou"));

        view.save();
        QuizCard quiz = quizzes.mine().stream().filter(q -> q.title().equals("Chosen templates")).findFirst()
                .orElseThrow();
        assertThat(quiz.items()).extracting(i -> i.templateId() + "/" + i.count())
                .containsExactly("conv-params-rgb/2");
        assertThat(taking.preview(quiz.id())).extracting(e -> e.template().id())
                .containsExactly("conv-params-rgb", "conv-params-rgb");
        assertThat(card(view, quiz)).contains("2 × Conv parameters: Trainable parameters");
    }

    @Test
    void thePreviewShowsTheTeacherTheAnswerBoxesTheKeysAndThePictures() {
        login("teacher", "TEACHER");
        QuizCard quiz = quizzes.create(new app.stride.quiz.QuizSettings("Preview with keys", java.util.List.of(
                new app.stride.quiz.QuizSettings.Item("conv-params", "conv-params-rgb", null, 1),
                new app.stride.quiz.QuizSettings.Item("nms", "nms-steps", null, 1)), false, 20, null, null, 1, false,
                app.stride.quiz.FeedbackPolicy.AFTER_SUBMIT));
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        view.preview(quiz);
        var drawn = taking.preview(quiz.id());
        var fields = com.github.mvysny.kaributesting.v10.LocatorJ._find(view.previewDialog,
                app.stride.exercise.ui.AnswerField.class);
        assertThat(fields).hasSize(drawn.stream().mapToInt(e -> e.template().parts().size()).sum());
        assertThat(fields.get(0).getLabel()).isEqualTo("Trainable parameters");
        var keys = com.github.mvysny.kaributesting.v10.LocatorJ._find(view.previewDialog,
                com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> d.getElement().getAttribute("data-key") != null).toList();
        assertThat(keys).extracting(d -> d.getElement().getAttribute("data-key"))
                .containsExactly("params", "dropped", "first", "suppressed", "selected");
        long params = drawn.get(0).expected("params").number().longValueExact();
        assertThat(shown(keys.get(0))).isEqualTo("Key: " + String.format(java.util.Locale.ENGLISH, "%,d", params));
        assertThat(shown(keys.get(4))).isEqualTo("Key: " + drawn.get(1).expected("selected").list().stream()
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        // the boxes with the question, and NMS step by step with the solution
        assertThat(QuizPicturesTest.picture(view.previewDialog).select("svg.stride-boxes")).isNotEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(view.previewDialog,
                app.stride.exercise.ui.NmsStepper.class)).hasSize(1);
    }

    private static String items(QuizzesView view) {
        return view.form.itemList.getElement().getTextRecursively();
    }

    @Test
    void cardsCountTheClassAndArchivedQuizzesStepAside() {
        QuizCard quiz = publishedByTeacher(new app.stride.quiz.QuizSettings("Counted",
                java.util.List.of(new app.stride.quiz.QuizSettings.Item("iou", null, null, 1)), false, 20, null, null, 1,
                false, app.stride.quiz.FeedbackPolicy.AFTER_SUBMIT));
        loginAs("count.vera", "STUDENT");
        taking.join(quiz.joinCode());
        loginAs("count.wout", "STUDENT");
        taking.submit(taking.join(quiz.joinCode()));

        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        assertThat(card(view, quiz)).contains("2 started, 1 handed in").contains(t("quiz.archive"));

        assertThat(archiveButtons(view, quiz).get(0).getElement().getAttribute("aria-label"))
                .as("which quiz a button is for, for a screen reader").isEqualTo("Archive: Counted");
        archiveButtons(view, quiz).get(0).click();
        view.archiveDialog.getFooter().getElement().getChildren().map(e -> e.getComponent().orElseThrow())
                .filter(c -> "archive".equals(c.getElement().getAttribute("data-confirm")))
                .forEach(c -> ((com.vaadin.flow.component.button.Button) c).click());
        var archived = com.github.mvysny.kaributesting.v10.LocatorJ._get(view.list,
                com.vaadin.flow.component.details.Details.class);
        // other tests share the database and may have archived quizzes of their own
        assertThat(archived.getSummaryText()).startsWith("Archived (");
        assertThat(isIn(archived, quiz)).isFalse();
        assertThat(card(view, quiz)).contains(t("quiz.status.archived")).contains(t("quiz.results"));
        assertThat(archived.getElement().getTextRecursively()).contains("Counted");
        assertThat(archiveButtons(view, quiz)).as("archived once is enough").isEmpty();
    }

    private static java.util.List<com.vaadin.flow.component.button.Button> archiveButtons(QuizzesView view, QuizCard quiz) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(view.list, com.vaadin.flow.component.button.Button.class)
                .stream().filter(b -> b.getText().equals("Archive") && isIn(b, quiz)).toList();
    }

    /** Whether the component sits in this quiz's card. */
    private static boolean isIn(com.vaadin.flow.component.Component c, QuizCard quiz) {
        for (var p = c.getParent(); p.isPresent(); p = p.get().getParent()) {
            if (String.valueOf(quiz.id()).equals(p.get().getElement().getAttribute("data-quiz-id"))) {
                return true;
            }
        }
        return false;
    }

    /** The text of the quiz's card in the list. */
    private static String card(QuizzesView view, QuizCard quiz) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(view.list, com.vaadin.flow.component.html.Div.class)
                .stream().filter(c -> String.valueOf(quiz.id()).equals(c.getElement().getAttribute("data-quiz-id")))
                .findFirst().orElseThrow(() -> new AssertionError("quiz not in the list"))
                .getElement().getTextRecursively();
    }
}
