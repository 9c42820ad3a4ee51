package app.stride.practice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Practice names a mistake in this exercise's own words, and a wrong option says why it is wrong. */
class MistakeNotesViewTest extends KaribuTest {

    @Autowired
    QuestionBank bank;

    private PracticeView open(String template, long seed) {
        UI.getCurrent().navigate("practice", QueryParameters.simple(Map.of("template", template, "seed", "" + seed)));
        return _get(PracticeView.class);
    }

    private static String text(Div result) {
        return shown(result);
    }

    @Test
    void aWrongConceptOptionSaysWhyItIsWrong() {
        login("student", "STUDENT");
        PracticeView view = open("concept-pooling-params", 1);
        PracticeViewTest.type(view, "answer", "four");
        view.card.submit.click();
        Div result = view.card.result("answer");
        assertThat(result.getElement().getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(text(result)).contains("A max pool has no weights for its window positions");
    }

    @Test
    void aWrongConceptOptionSaysWhyInDutch() {
        login("student", "STUDENT");
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        PracticeView view = open("concept-dropout-params", 1);
        PracticeViewTest.type(view, "answer", "rate");
        view.card.submit.click();
        assertThat(text(view.card.result("answer"))).contains("De rate is een instelling (een hyperparameter)");
    }

    @Test
    void aRightOptionHasNoWhy() {
        login("student", "STUDENT");
        PracticeView view = open("concept-pooling-params", 1);
        PracticeViewTest.type(view, "answer", "none");
        view.card.submit.click();
        assertThat(view.card.result("answer").getElement().getOuterHTML()).doesNotContain("stride-misconception");
    }

    @Test
    void aDenseLayersForgottenBiasIsAboutItsUnits() {
        login("student", "STUDENT");
        Exercise e = bank.generate("architecture-summary", 7);
        int f2 = (Integer) e.params().get("f2");
        int classes = (Integer) e.params().get("classes");
        PracticeView view = open("architecture-summary", 7);
        for (var part : e.template().parts()) {
            PracticeViewTest.type(view, part.id(), e.expected(part.id()).number().toPlainString());
        }
        PracticeViewTest.type(view, "denseParams", String.valueOf(f2 * classes));   // the biases left out
        view.card.submit.click();
        String shown = text(view.card.result("denseParams"));
        assertThat(shown).contains("every unit (neuron) of a dense layer").contains("(" + classes + " in all)")
                .doesNotContain("filter");
    }
}
