package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.EditedBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.Template;
import app.stride.grading.Feedback;
import app.stride.grading.Outcome;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An exercise kept with an attempt comes back exactly as it was drawn, whatever the bank has become since. */
class StoredExerciseTest {

    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = BankFiles.bank();
    }

    @Test
    void everyTemplatesExerciseRebuiltFromWhatItStoredIsTheExerciseDrawn() {
        for (Template t : bank.templates()) {
            for (long seed = 1; seed <= 50; seed++) {
                Exercise drawn = bank.generate(t.id(), seed);
                StoredExercise stored = bank.store(drawn);
                assertThat(stored.version()).isEqualTo(bank.version(t.id()).orElseThrow());
                assertThat(stored.drawn().length()).as("%s seed %d: %s", t.id(), seed, stored.drawn())
                        .isLessThanOrEqualTo(StoredExercise.MAX_DRAWN);
                // as if the template had changed since: the stored exercise is rebuilt, not drawn again
                StoredExercise older = new StoredExercise("0ld0ld00", stored.drawn());
                assertThat(bank.restore(t.id(), seed, older)).as("%s seed %d", t.id(), seed).isEqualTo(drawn);
                assertThat(bank.restore(t.id(), seed, stored)).isEqualTo(drawn);
            }
        }
    }

    @Test
    void anEditedTemplateGetsANewVersionAndAnUneditedOneKeepsItsOwn() {
        QuestionBank edited = EditedBank.otherFilters();
        assertThat(edited.version("conv-params-rgb")).isNotEqualTo(bank.version("conv-params-rgb"));
        assertThat(edited.version("conv-params-image-size")).isEqualTo(bank.version("conv-params-image-size"));
        assertThat(bank.version("conv-params-rgb").orElseThrow()).matches("[0-9a-f]{8}");
        assertThat(BankFiles.bank().version("conv-params-rgb")).as("the same content, the same version")
                .isEqualTo(bank.version("conv-params-rgb"));
    }

    @Test
    void anAttemptDrawnBeforeAnEditKeepsItsNumbersKeyAndGrade() {
        QuestionBank before = EditedBank.otherFilters();
        for (long seed = 1; seed <= 20; seed++) {
            Exercise drawn = before.generate("conv-params-rgb", seed);
            StoredExercise stored = before.store(drawn);
            Exercise now = bank.restore("conv-params-rgb", seed, stored);
            assertThat(bank.generate("conv-params-rgb", seed).params().get("filters"))
                    .as("the edited template draws other numbers").isNotEqualTo(drawn.params().get("filters"));
            assertThat(now.params()).isEqualTo(drawn.params());
            assertThat(now.expected()).isEqualTo(drawn.expected());
            assertThat(now.prompt(Locale.ENGLISH)).isEqualTo(drawn.prompt(Locale.ENGLISH));
            String key = drawn.expected("params").number().toPlainString();
            Feedback graded = bank.grade(now, Map.of("params", key), Locale.ENGLISH);
            assertThat(graded.score()).isEqualTo(1.0);
        }
    }

    @Test
    void aToleranceEditedAfterwardsDoesNotRegradeAnOldAttempt() {
        QuestionBank before = BankFiles.bank();
        QuestionBank after = EditedBank.with("memory-course.yaml", yaml -> yaml.replace("tolerance: 0.5%", "tolerance: 0.6%"));
        assertThat(after.template("memory-course").orElseThrow().part("training").tolerance().relative())
                .as("the edit applies").isEqualTo(0.006);
        Exercise drawn = before.generate("memory-course", 3);
        BigDecimal key = drawn.expected("training").number();
        Map<String, String> typed = new java.util.HashMap<>();
        drawn.template().parts().forEach(p -> typed.put(p.id(), drawn.expected(p.id()).number().toPlainString() + " B"));
        typed.put("training", key.multiply(new BigDecimal("1.0055")).toBigInteger() + " B");
        assertThat(before.grade(drawn, typed, Locale.ENGLISH).part("training").outcome()).isEqualTo(Outcome.WRONG);
        assertThat(after.grade(after.generate("memory-course", 3), typed, Locale.ENGLISH).part("training").outcome())
                .as("the edited template takes it").isEqualTo(Outcome.CORRECT);

        Exercise now = after.restore("memory-course", 3, before.store(drawn));
        assertThat(now.template().parts()).isEqualTo(drawn.template().parts());
        assertThat(after.grade(now, typed, Locale.ENGLISH).part("training").outcome()).isEqualTo(Outcome.WRONG);
    }
}
