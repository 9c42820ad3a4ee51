package app.stride.practice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.ui.NmsStepper;
import app.stride.grading.Outcome;
import app.stride.practice.ProgressService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PracticeViewTest extends KaribuTest {

    @Autowired
    QuestionBank bank;
    @Autowired
    ProgressService progress;
    @Autowired
    app.stride.account.AccountService accounts;
    @Autowired
    app.stride.group.GroupService groups;

    /**
     * Puts the demo student in a group of the demo teacher's, so that the teacher may read their
     * work whatever other tests ran before (a teacher reaches only their groups and quizzes' takers).
     */
    private void teacherReachesStudent() {
        login("teacher", "TEACHER");
        String code = groups.create("Practice review");
        logout();
        login("student", "STUDENT");
        groups.join(code);
        logout();
    }

    private PracticeView open(String template, long seed) {
        UI.getCurrent().navigate("practice", QueryParameters.simple(Map.of("template", template, "seed", "" + seed)));
        return _get(PracticeView.class);
    }

    private static String allText(Component root) {
        return root.getElement().getTextRecursively() + " " + root.getElement().getOuterHTML();
    }

    /** Types into a box as the browser reports it: the new value synchronised from the client. */
    static void type(PracticeView view, String part, String text) {
        try {
            view.card.inputs.get(part).getElement().getNode()
                    .getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", text).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new AssertionError("the box does not take its value from the browser", e);
        }
    }

    @Test
    void theAnswerKeyIsNotInTheViewBeforeSubmitting() {
        login("student", "STUDENT");
        Exercise exercise = bank.generate("conv-params-rgb", 4242);
        long answer = exercise.expected("params").number().longValueExact();
        PracticeView view = open("conv-params-rgb", 4242);
        String before = allText(view);
        assertThat(before).contains(exercise.prompt(java.util.Locale.ENGLISH).substring(0, 30));
        assertThat(before).doesNotContain(String.valueOf(answer))
                .doesNotContain(String.format("%,d", answer));

        type(view, "params", String.valueOf(answer));
        view.card.submit.click();
        assertThat(view.card.result("params").getElement().getAttribute("data-outcome")).isEqualTo("correct");
        // the worked solution in the reader's format, as the key: English groups with a comma
        assertThat(allText(view.card.solution)).contains(String.format(java.util.Locale.ENGLISH, "%,d", answer));
    }

    @Test
    void whileOnePartIsUnreadableNoOtherPartIsGradedAndNoKeyIsShown() {
        login("student", "STUDENT");
        long before = progress.mine().totalAttempts();
        Exercise exercise = bank.generate("conv-output-size-same", 31);
        PracticeView view = open("conv-output-size-same", 31);
        long height = exercise.expected("height").number().longValueExact();
        type(view, "height", String.valueOf(height + 7));            // wrong
        type(view, "width", "abc");                                  // unreadable
        type(view, "channels", exercise.expected("channels").number().toPlainString());   // right
        view.card.submit.click();

        assertThat(view.card.result("width").getElement().getAttribute("data-outcome")).isEqualTo("invalid");
        for (String part : java.util.List.of("height", "channels")) {
            Div result = view.card.result(part);
            assertThat(result.getElement().getAttribute("data-outcome")).as(part).isNull();
            assertThat(result.getChildren().count()).as(part + ": no outcome, mistake or key").isZero();
        }
        assertThat(view.card.getElement().getOuterHTML()).doesNotContain("stride-key");
        assertThat(progress.mine().totalAttempts()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void whileOnePartIsEmptyOrReadsTwoWaysNoOtherPartIsGradedAndNoKeyIsShown() {
        login("student", "STUDENT");
        long before = progress.mine().totalAttempts();
        Exercise exercise = bank.generate("conv-output-size-same", 32);
        PracticeView view = open("conv-output-size-same", 32);
        type(view, "height", String.valueOf(exercise.expected("height").number().longValueExact() + 3));   // wrong
        type(view, "channels", exercise.expected("channels").number().toPlainString());                   // right
        view.card.submit.click();                                                // the width left empty
        assertThat(view.card.result("width").getElement().getAttribute("data-outcome")).isEqualTo("invalid");
        assertNoOutcomeAndNoKey(view, "height", "channels");
        assertThat(view.status.getText()).isEqualTo(t("practice.notgraded"));

        // a byte count that reads two ways beside a wrong parameter count
        view = open("memory-params", 5);
        type(view, "params", "1");
        type(view, "paramBytes", "3,613 MB");   // 3613 MB or 3.613 MB to an English reader
        view.card.submit.click();
        assertThat(view.card.result("paramBytes").getElement().getAttribute("data-outcome")).isEqualTo("ambiguous");
        assertNoOutcomeAndNoKey(view, "params");

        // a choice question with no option chosen says so, and gives nothing away
        view = open("concept-pooling-params", 2);
        view.card.submit.click();
        assertThat(shown(view.card.result("answer"))).isEqualTo(t("practice.choose"));
        assertThat(view.card.getElement().getOuterHTML()).doesNotContain("stride-key");
        assertThat(view.card.solution.getChildren().count()).isZero();
        assertThat(progress.mine().totalAttempts()).as("nothing recorded").isEqualTo(before);
    }

    private static void assertNoOutcomeAndNoKey(PracticeView view, String... parts) {
        for (String part : parts) {
            Div result = view.card.result(part);
            assertThat(result.getElement().getAttribute("data-outcome")).as(part).isNull();
            assertThat(result.getChildren().count()).as(part + ": no outcome, mistake or key").isZero();
        }
        assertThat(view.card.getElement().getOuterHTML()).doesNotContain("stride-key");
        assertThat(view.card.solution.getChildren().count()).as("no worked solution").isZero();
        assertThat(view.next.isEnabled()).isFalse();
    }

    @Test
    void aStudentSeesTheOptionsInTheirOwnOrderOnEveryVisitWithNothingMarkingTheRightOne() {
        login("student", "STUDENT");
        long me = accounts.idOf("student").orElseThrow();
        Exercise exercise = bank.generate("concept-ram-prediction", 77);
        java.util.List<String> mine = app.stride.exercise.ChoiceOrder.of(exercise, me).stream()
                .map(app.stride.exercise.Choice::id).toList();
        for (int visit = 0; visit < 2; visit++) {
            PracticeView view = open("concept-ram-prediction", 77);
            Component field = (Component) view.card.inputs.get("answer");
            assertThat(field.getElement().getChildren().map(option -> option.getProperty("value")).toList())
                    .isEqualTo(mine);
            // an option carries its id and its words, nothing else a page could read the key from
            field.getElement().getChildren().forEach(option -> assertThat(option.getPropertyNames().toList())
                    .containsExactlyInAnyOrder("value", "label"));
            assertThat(view.card.getElement().getOuterHTML()).doesNotContain("stride-key");
        }
    }

    @Test
    void showTheAnswerAsksFirstRecordsAZeroThenShowsTheKeyAndOffersTheNextOne() {
        login("student", "STUDENT");
        long before = progress.mine().totalAttempts();
        Exercise exercise = bank.generate("conv-output-size-same", 4_242);
        PracticeView view = open("conv-output-size-same", 4_242);
        assertThat(view.card.reveal.getText()).isEqualTo("Show the answer (counts as 0%)");
        type(view, "height", String.valueOf(exercise.expected("height").number()));

        view.card.reveal.click();
        assertThat(view.card.revealDialog.isOpened()).isTrue();
        assertThat(view.card.revealDialog.getElement().getTextRecursively()).contains("counts as a wrong answer (0%)");
        _find(view.card.revealDialog, com.vaadin.flow.component.button.Button.class).stream()
                .filter(b -> b.getText().equals(t("practice.reveal.keep"))).findFirst().orElseThrow().click();
        assertThat(progress.mine().totalAttempts()).as("kept trying: nothing recorded").isEqualTo(before);
        assertThat(view.card.getElement().getOuterHTML()).doesNotContain("stride-key");

        view.card.reveal.click();
        _find(view.card.revealDialog, com.vaadin.flow.component.button.Button.class).stream()
                .filter(b -> "reveal".equals(b.getElement().getAttribute("data-confirm"))).findFirst().orElseThrow()
                .click();
        assertThat(progress.mine().totalAttempts()).isEqualTo(before + 1);
        assertThat(progress.mine().recent().get(0).score()).isZero();
        assertThat(shown(view.card.result("width")))
                .isEqualTo("The answer: " + exercise.expected("width").number().toPlainString());
        assertThat(view.card.solution.getChildren().count()).as("the worked solution").isOne();
        assertThat(view.status.getText()).startsWith("The answer is shown below; this attempt counts as 0%.");
        assertThat(view.card.submit.isEnabled()).as("no credit after the key").isFalse();
        assertThat(view.card.reveal.isEnabled()).isFalse();
        assertThat(view.next.isEnabled()).isTrue();

        // the same variant from its link again: read-only, and nothing more recorded
        view = open("conv-output-size-same", 4_242);
        assertThat(view.card.submit.isEnabled()).isFalse();
        assertThat(view.status.getText()).isEqualTo(t("practice.revealed.before"));
        assertThat(view.card.getElement().getOuterHTML()).contains("stride-key");
        assertThat(progress.mine().totalAttempts()).isEqualTo(before + 1);
    }

    @Test
    void aRightAnswerIsRecordedAndAWrongOneNamesTheMistake() {
        login("student", "STUDENT");
        long before = progress.mine().totalAttempts();
        Exercise exercise = bank.generate("conv-params-rgb", 77);
        PracticeView view = open("conv-params-rgb", 77);
        int k = (Integer) exercise.params().get("kernel");
        int f = (Integer) exercise.params().get("filters");
        type(view, "params", String.valueOf(k * k * 3 * f));   // the bias left out
        view.card.submit.click();
        Div result = view.card.result("params");
        assertThat(result.getElement().getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(_find(result, Div.class).stream().map(d -> d.getElement().getAttribute("data-misconception"))
                .collect(Collectors.toList())).contains("forgot-bias");
        assertThat(shown(result)).contains("You left out the bias");
        assertThat(view.newVariant.isEnabled()).isTrue();
        assertThat(progress.mine().totalAttempts()).isEqualTo(before + 1);
        assertThat(progress.mine().mistakes()).extracting(ProgressService.MistakeCount::misconception)
                .contains("forgot-bias");
    }

    @Test
    void anAmbiguousNumberIsAskedAboutAndNothingIsRecorded() {
        login("student", "STUDENT");
        long before = progress.mine().totalAttempts();
        PracticeView view = open("memory-params", 5);
        type(view, "params", "1");
        // English: a lone comma before three digits may group thousands, or be a Dutch decimal comma
        type(view, "paramBytes", "3,613 MB");   // 3613 MB or 3.613 MB to an English reader
        view.card.submit.click();
        Div result = view.card.result("paramBytes");
        assertThat(result.getElement().getAttribute("data-outcome")).isEqualTo("ambiguous");
        assertThat(_find(result, com.vaadin.flow.component.button.Button.class)).hasSize(2);
        assertThat(view.status.getText()).isEqualTo(t("practice.notgraded"));
        assertThat(progress.mine().totalAttempts()).isEqualTo(before);

        _find(result, com.vaadin.flow.component.button.Button.class).get(1).click();
        assertThat(view.card.inputs.get("paramBytes").getValue()).isEqualTo("3.613 MB");
        assertThat(progress.mine().totalAttempts()).isEqualTo(before + 1);
    }

    @Test
    void threeDifferentVariantsRightInARowMasterTheFamily() {
        login("teacher", "TEACHER");
        PracticeView view = null;
        for (long seed = 900; seed < 903; seed++) {
            Exercise e = bank.generate("fcn-dense-to-conv", seed);
            view = open("fcn-dense-to-conv", seed);
            type(view, "denseParams", e.expected("denseParams").number().toPlainString());
            type(view, "convParams", e.expected("convParams").number().toPlainString());
            view.card.submit.click();
        }
        assertThat(view.status.getText()).startsWith("Score 100%. Mastered!");
        assertThat(progress.mine().families()).filteredOn(l -> l.family().equals("fcn"))
                .singleElement().satisfies(l -> assertThat(l.mastered()).isTrue());
    }

    private void fcnAnswer(long seed, boolean right) {
        Exercise e = bank.generate("fcn-dense-to-conv", seed);
        PracticeView view = open("fcn-dense-to-conv", seed);
        type(view, "denseParams", right ? e.expected("denseParams").number().toPlainString() : "1");
        type(view, "convParams", right ? e.expected("convParams").number().toPlainString() : "2");
        view.card.submit.click();
        last = view;
    }

    private PracticeView last;

    @Test
    void theStatusAfterAnAnswerSaysWhatTheMasteryRuleSaysAfterItAndAWrongAnswerIsNeverMastered() {
        if (!accounts.exists("karibu.slip")) {
            accounts.register("karibu.slip", "Slipping Student", "slip-password");
        }
        login("karibu.slip", "STUDENT");
        // three seeds that draw three different variants (two seeds may draw the same numbers)
        java.util.List<Long> seeds = new java.util.ArrayList<>();
        java.util.Set<Object> variants = new java.util.HashSet<>();
        for (long seed = 920; seeds.size() < 3; seed++) {
            if (variants.add(bank.generate("fcn-dense-to-conv", seed).params())) {
                seeds.add(seed);
            }
        }
        fcnAnswer(seeds.get(0), true);
        assertThat(last.status.getText()).startsWith("Score 100%. 1 of 3 different variants right in a row");
        // the same variant again does not lengthen the run
        fcnAnswer(seeds.get(0), true);
        assertThat(last.status.getText()).startsWith("Score 100%. 1 of 3");
        fcnAnswer(seeds.get(1), true);
        assertThat(last.status.getText()).startsWith("Score 100%. 2 of 3");
        fcnAnswer(seeds.get(2), true);
        assertThat(last.status.getText()).startsWith("Score 100%. Mastered!");
        // the reported defect: "Score 0 %. Mastered!" right after a wrong answer
        fcnAnswer(923, false);
        assertThat(last.status.getText()).startsWith("Score 0%.").doesNotContain("Mastered!")
                .contains("no longer mastered");
        assertThat(progress.mine().families()).filteredOn(l -> l.family().equals("fcn"))
                .singleElement().satisfies(l -> assertThat(l.mastered()).isFalse());
        fcnAnswer(924, false);
        assertThat(last.status.getText()).isEqualTo("Score 0%. Your mastery of this topic: "
                + Math.round(progress.mine().families().stream().filter(l -> l.family().equals("fcn"))
                .findFirst().orElseThrow().level() * 100) + "%.");
    }

    @Test
    void twoVariantsRightInTurnDoNotMasterTheFamilyAThirdOneDoes() {
        if (!accounts.exists("karibu.turns")) {
            accounts.register("karibu.turns", "Alternating Student", "turns-password");
        }
        login("karibu.turns", "STUDENT");
        java.util.List<Long> seeds = new java.util.ArrayList<>();
        java.util.Set<Object> variants = new java.util.HashSet<>();
        for (long seed = 940; seeds.size() < 3; seed++) {
            if (variants.add(bank.generate("fcn-dense-to-conv", seed).params())) {
                seeds.add(seed);
            }
        }
        fcnAnswer(seeds.get(0), true);
        fcnAnswer(seeds.get(1), true);
        // the reported defect: variants A, B, A all right gave "Mastered!"
        fcnAnswer(seeds.get(0), true);
        assertThat(last.status.getText()).startsWith("Score 100%. 2 of 3 different variants right in a row");
        assertThat(progress.mine().families()).filteredOn(l -> l.family().equals("fcn"))
                .singleElement().satisfies(l -> assertThat(l.mastered()).isFalse());
        fcnAnswer(seeds.get(2), true);
        assertThat(last.status.getText()).startsWith("Score 100%. Mastered!");
    }

    @Test
    void startingAgainNeverShowsAConceptQuestionAlreadyShownInThisSession() {
        login("student", "STUDENT");
        UI.getCurrent().navigate("practice");
        PracticeView view = _get(PracticeView.class);
        view.family.setValue("concepts");
        view.difficulty.setValue(1);
        long basic = bank.family("concepts").stream().filter(t -> t.difficulty() == 1).count();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (int i = 0; i < basic; i++) {
            view.start.click();
            assertThat(shown.add(view.card.exercise.template().id())).as("start %d", i).isTrue();
            assertThat(view.status.getText()).as("start %d", i).doesNotContain("seen every");
        }
        // all shown: one comes again, and the student is told why
        view.start.click();
        assertThat(shown).contains(view.card.exercise.template().id());
        assertThat(view.status.getText()).isEqualTo(t("practice.seen.all"));
    }

    @Test
    void aDifficultyTheTopicLacksIsSaidWithTheLevelServedInstead() {
        login("student", "STUDENT");
        UI.getCurrent().navigate("practice");
        PracticeView view = _get(PracticeView.class);
        // what PracticeService gives where the topic has no hard exercise: the nearest, with what was asked
        view.show(new app.stride.practice.PracticeService.Next(bank.generate("memory-course", 3), 3));
        assertThat(view.status.getText())
                .isEqualTo("No exercises at difficulty 3 · hard for this topic yet; here is one at 2 · exam.");
        assertThat(view.card.exercise.template().id()).isEqualTo("memory-course");
        view.show(new app.stride.practice.PracticeService.Next(bank.generate("memory-course", 4), 2));
        assertThat(view.status.getText()).as("served as asked: nothing to say").isEmpty();
    }

    @Test
    void aConceptQuestionHasNoSameQuestionWithNewNumbersOnlyNext() {
        login("student", "STUDENT");
        PracticeView view = open("concept-pooling-params", 2);
        type(view, "answer", "none");
        view.card.submit.click();
        assertThat(view.newVariant.isEnabled()).as("it has one variant: it would be the same again").isFalse();
        assertThat(view.next.isEnabled()).isTrue();
    }

    @Test
    void aChoiceQuestionIsAnsweredWithTheOptions() {
        login("student", "STUDENT");
        PracticeView view = open("concept-pooling-params", 1);
        assertThat(view.card.inputs.get("answer")).isInstanceOf(app.stride.exercise.ui.ChoiceField.class);
        type(view, "answer", "none");
        view.card.submit.click();
        assertThat(view.card.result("answer").getElement().getAttribute("data-outcome"))
                .isEqualTo(Outcome.CORRECT.name().toLowerCase());
    }

    @Test
    void suggestionPicksATopic() {
        login("student", "STUDENT");
        UI.getCurrent().navigate("practice");
        PracticeView view = _get(PracticeView.class);
        view.suggest.click();
        assertThat(view.card).isNotNull();
        assertThat(view.family.getValue()).isNotNull();
    }

    @Test
    void nmsCanBeSteppedThroughAfterAnswering() {
        login("student", "STUDENT");
        // a variant whose score threshold drops one box: "box", not "boxes"
        long seed = 12;
        while (bank.generate("nms-steps", seed).expected("dropped").list().size() != 1) {
            seed++;
        }
        Exercise e = bank.generate("nms-steps", seed);
        PracticeView view = open("nms-steps", seed);
        type(view, "dropped", "0");
        type(view, "first", "0");
        type(view, "suppressed", "0");
        type(view, "selected", "0");
        assertThat(_find(view, NmsStepper.class)).isEmpty();
        view.card.submit.click();
        NmsStepper stepper = _get(view, NmsStepper.class);
        assertThat(stepper.caption.getText()).isEqualTo("Step 0: the score threshold drops box "
                + e.expected("dropped").list().get(0) + ".");
        stepper.next.click();
        assertThat(stepper.caption.getText()).startsWith("Step 1: select box " + e.expected("selected").list().get(0));
        int steps = e.expected("selected").list().size();
        for (int i = 0; i < steps; i++) {
            stepper.next.click();
        }
        assertThat(stepper.next.isEnabled()).isFalse();
        assertThat(stepper.caption.getText()).startsWith("Step " + steps + ": select box "
                + e.expected("selected").list().get(steps - 1));
    }

    @Test
    void aTeacherReadingAStudentsChoiceAttemptSeesTheOptionsInTheStudentsOrder() {
        long student = accounts.idOf("student").orElseThrow();
        long teacher = accounts.idOf("teacher").orElseThrow();
        // a variant whose options the two accounts see in different orders
        long seed = 78;
        while (order(bank.generate("concept-ram-prediction", seed), student)
                .equals(order(bank.generate("concept-ram-prediction", seed), teacher))) {
            seed++;
        }
        java.util.List<String> students = order(bank.generate("concept-ram-prediction", seed), student);

        login("student", "STUDENT");
        PracticeView view = open("concept-ram-prediction", seed);
        Component field = (Component) view.card.inputs.get("answer");
        assertThat(field.getElement().getChildren().map(o -> o.getProperty("value")).toList()).isEqualTo(students);
        view.card.inputs.get("answer").show(students.get(0));
        view.card.submit.click();
        long id = progress.mine().recent().get(0).id();
        logout();

        teacherReachesStudent();
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("practice", QueryParameters.simple(Map.of("attempt", "" + id)));
        Component reviewed = (Component) _get(PracticeView.class).card.inputs.get("answer");
        assertThat(reviewed.getElement().getChildren().map(o -> o.getProperty("value")).toList()).isEqualTo(students);
    }

    private static java.util.List<String> order(Exercise exercise, long viewer) {
        return app.stride.exercise.ChoiceOrder.of(exercise, viewer).stream().map(app.stride.exercise.Choice::id).toList();
    }

    @Test
    void anEarlierAttemptReopensWithItsAnswersAndSolutionForItsOwnerAndTheTeacherOnly() {
        login("student", "STUDENT");
        PracticeView view = open("conv-params-rgb", 555);
        type(view, "params", "12345");
        view.card.submit.click();
        long id = progress.mine().recent().get(0).id();
        logout();

        login("student", "STUDENT");
        UI.getCurrent().navigate("practice", QueryParameters.simple(Map.of("attempt", "" + id)));
        PracticeView again = _get(PracticeView.class);
        assertThat(again.card.inputs.get("params").getValue()).isEqualTo("12345");
        assertThat(again.card.result("params").getElement().getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(again.card.submit.isEnabled()).isFalse();
        assertThat(_find(again.card.solution, com.vaadin.flow.component.details.Details.class)).hasSize(1);
        logout();

        if (!accounts.exists("karibu.other")) {
            accounts.register("karibu.other", "Other Student", "other-password");
        }
        login("karibu.other", "STUDENT");
        UI.getCurrent().navigate("practice", QueryParameters.simple(Map.of("attempt", "" + id)));
        assertThat(_get(PracticeView.class).card).isNull();
        logout();

        teacherReachesStudent();
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("practice", QueryParameters.simple(Map.of("attempt", "" + id)));
        assertThat(_get(PracticeView.class).card.inputs.get("params").getValue()).isEqualTo("12345");
    }

    @Test
    void aChoiceTheListsDoNotHoldIsTakenAsAnyAndPractiseGoesOn() {
        login("student", "STUDENT");
        UI.getCurrent().navigate("practice");
        PracticeView view = _get(PracticeView.class);
        for (var select : java.util.List.of(view.family, view.difficulty)) {
            for (String bad : java.util.List.of("999", "-1", "abc", "")) {
                try {
                    select.getElement().getNode()
                            .getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                            .deferredUpdateFromClient("value", bad).run();
                } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
                    throw new AssertionError(e);
                }
                org.assertj.core.api.Assertions.assertThat(select.getValue()).as(bad).isNull();
            }
        }
        com.github.mvysny.kaributesting.v10.ButtonKt._click(view.start);
        org.assertj.core.api.Assertions.assertThat(view.card).as("an exercise of any topic and difficulty").isNotNull();
    }
}
