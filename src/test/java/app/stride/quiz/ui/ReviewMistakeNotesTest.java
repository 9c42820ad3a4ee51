package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.ui.MistakeNote;
import app.stride.quiz.AttemptSheet;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quiz review names a mistake in the words of the part it was made in, and says why a wrong option is wrong. */
class ReviewMistakeNotesTest extends KaribuTest {

    @Autowired
    QuestionBank bank;

    private AnsweredQuestion reviewed(Exercise e, Map<String, String> typed, String misconception, double score) {
        AttemptSheet.Question q = new AttemptSheet.Question(1, 1, e.template().id(), e.seed(), score, misconception,
                typed, Map.of(), null);
        return new AnsweredQuestion(1, q, e, bank, AnsweredQuestion.Reader.STUDENT);
    }

    @Test
    void aWrongOptionInTheReviewSaysWhyItIsWrong() {
        Exercise e = bank.generate("concept-pooling-params", 3);
        AnsweredQuestion card = reviewed(e, Map.of("answer", "per-channel"), null, 0);
        assertThat(_find(card, MistakeNote.class)).singleElement().satisfies(note -> assertThat(shown(note))
                .startsWith("Pooling treats each channel on its own, but with a fixed rule"));
        assertThat(_find(reviewed(e, Map.of("answer", "none"), null, 1), MistakeNote.class)).isEmpty();
    }

    @Test
    void aForgottenBiasInTheDenseLayerIsWordedForItsUnitsInTheReview() {
        Exercise e = bank.generate("architecture-summary", 5);
        Map<String, String> typed = new LinkedHashMap<>();
        e.template().parts().forEach(p -> typed.put(p.id(), e.expected(p.id()).number().toPlainString()));
        int f2 = (Integer) e.params().get("f2");
        int classes = (Integer) e.params().get("classes");
        typed.put("denseParams", String.valueOf(f2 * classes));   // the biases left out
        AnsweredQuestion card = reviewed(e, typed, "forgot-bias", 0.75);
        assertThat(_find(card, MistakeNote.class)).singleElement().satisfies(note -> assertThat(shown(note))
                .contains("every unit (neuron) of a dense layer").doesNotContain("filter"));
    }

    @Test
    void aDutchTeacherFindsTheMistakeInThePartOfAnEnglishStudentsAnswer() {
        Exercise e = bank.generate("memory-course", 11);
        Map<String, String> typed = new LinkedHashMap<>();
        e.template().parts().forEach(p -> typed.put(p.id(), e.expected(p.id()).number().toPlainString()));
        // bits counted instead of bytes for one prediction, written the English way with three decimals, which Dutch reads two ways
        BigDecimal bits = e.expected("inference").number().multiply(BigDecimal.valueOf(8));
        typed.put("inference", bits.divide(BigDecimal.valueOf(1_000_000), 3, RoundingMode.HALF_UP).toPlainString() + " MB");
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        AnsweredQuestion card = reviewed(e, typed, "bits-instead-of-bytes", 0.75);
        assertThat(_find(card, MistakeNote.class)).singleElement().satisfies(note -> {
            assertThat(note.getElement().getAttribute("data-part")).isEqualTo("inference");
            assertThat(shown(note)).startsWith("Je telde bits in plaats van bytes");
        });
    }
}
