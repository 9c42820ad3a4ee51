package app.stride.practice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.ui.AnswerField;
import app.stride.practice.ProgressService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Practice reads answers in the page's language, and a list's field says whether its order counts.
 */
class PracticeReadingTest extends KaribuTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    QuestionBank bank;
    @Autowired
    ProgressService progress;

    private PracticeView open(String template, long seed) {
        UI.getCurrent().navigate("practice", QueryParameters.simple(Map.of("template", template, "seed", "" + seed)));
        return _get(PracticeView.class);
    }

    private static String helper(PracticeView view, String part) {
        return ((AnswerField) view.card.inputs.get(part)).getHelperText();
    }

    private static BigDecimal megabytes(Exercise e) {
        return e.expected("paramBytes").number().divide(BigDecimal.valueOf(1_000_000), 3, RoundingMode.HALF_UP);
    }

    @Test
    void aSetsFieldSaysAnyOrderAndHowToAnswerNone() {
        login("student", "STUDENT");
        PracticeView view = open("nms-steps", 3);
        assertThat(helper(view, "dropped")).isEqualTo("Any order; type none if there is none");
        assertThat(helper(view, "suppressed")).isEqualTo("Any order; type none if there is none");
        assertThat(helper(view, "selected")).startsWith("In the order they are selected");

        UI.getCurrent().setLocale(DUTCH);
        view = open("nms-steps", 3);
        assertThat(helper(view, "dropped")).isEqualTo("Volgorde maakt niet uit; typ geen als er geen zijn");
        assertThat(helper(view, "selected")).startsWith("In de volgorde waarin ze gekozen worden");
    }

    @Test
    void aDutchStudentsDecimalCommaIsReadAsOne() {
        login("student", "STUDENT");
        UI.getCurrent().setLocale(DUTCH);
        long before = progress.mine().totalAttempts();
        // a key of 1 to 999 MB, so that one to three digits come before the comma and three after it
        long seed = 1;
        while (megabytes(bank.generate("memory-params", seed)).compareTo(BigDecimal.ONE) < 0
                || megabytes(bank.generate("memory-params", seed)).compareTo(BigDecimal.valueOf(999)) > 0) {
            seed++;
            assertThat(seed).isLessThan(1000);
        }
        Exercise e = bank.generate("memory-params", seed);
        BigDecimal mb = megabytes(e);
        PracticeView view = open("memory-params", seed);
        PracticeViewTest.type(view, "params", e.expected("params").number().toPlainString());
        PracticeViewTest.type(view, "paramBytes", mb.toPlainString().replace('.', ','));
        view.card.submit.click();
        assertThat(view.card.result("paramBytes").getElement().getAttribute("data-outcome")).isEqualTo("correct");
        assertThat(progress.mine().totalAttempts()).isEqualTo(before + 1);
    }
}
