package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.exercise.Exercise;
import app.stride.exercise.Generator;
import app.stride.exercise.Text;
import app.stride.exercise.family.CourseFamilies;
import app.stride.grading.PartResult;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mistakes the hand-solved exercises found unnamed or named in the wrong words, typed as
 * reported: each is recognized, and its message uses this exercise's own numbers and terms.
 * The numbers are worked out by hand from the course.
 */
class ReportedMistakesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final QuestionBank bank = BankFiles.bank();
    private final Generator generator = new Generator(CourseFamilies.all());

    private Exercise create(String template, Map<String, Object> params) {
        return generator.create(bank.template(template).orElseThrow(), params);
    }

    private PartResult graded(Exercise e, String part, String typed) {
        return bank.grade(e, Map.of(part, typed), java.util.Locale.ENGLISH).parts().stream().filter(r -> r.partId().equals(part))
                .findFirst().orElseThrow();
    }

    private Text message(Exercise e, String part, String typed) {
        PartResult r = graded(e, part, typed);
        assertThat(r.misconceptionId()).as(typed).isNotNull();
        return bank.misconceptionText(e, part, r.misconceptionId()).orElseThrow();
    }

    /** The memory-course case: 200×300×3, 100/200/400 filters, 4 bytes, batch 50 → 569 227 200 B to train. */
    private Exercise memoryCourse() {
        return create("memory-course", Map.of("h", 200, "w", 300, "c", 3, "f1", 100, "f2", 200, "f3", 400,
                "bytes", 4, "batch", 50));
    }

    @Test
    void mibInsteadOfMbInTheTrainingFieldIsNamed() {
        // 569 227 200 B / 1 048 576 = 542.86 "MB"
        assertThat(graded(memoryCourse(), "training", "542.86 MB").misconceptionId()).isEqualTo("mib-vs-mb");
        assertThat(graded(memoryCourse(), "inference", "12.03 MB").misconceptionId())
                .as("12 613 600 B / 1 048 576 = 12.03").isEqualTo("mib-vs-mb");
    }

    @Test
    void mibInsteadOfMbShowsTheBytesTheCoursesWay() {
        Text words = message(memoryCourse(), "training", "542.86 MB");
        assertThat(words.en()).contains("569,227,200 B = 569.2272 MB");
        assertThat(words.nl()).contains("569.227.200 B = 569,2272 MB");
    }

    @Test
    void validInsteadOfSameNamesTheSizeWithTheExercisesNumbers() {
        // as tried: 150×150×64, 5×5, stride 3, same padding → ceil(150 / 3) = 50; valid gives floor(145 / 3) + 1 = 49
        Exercise e = create("conv-output-size-same", Map.of("h", 150, "w", 150, "c", 64, "filters", 32, "kernel", 5,
                "stride", 3, "padding", "same"));
        Text words = message(e, "height", "49");
        assertThat(graded(e, "height", "49").misconceptionId()).isEqualTo("valid-instead-of-same");
        assertThat(words.en()).endsWith("(here ceil(150 / 3) = 50).");
        assertThat(words.nl()).endsWith("(hier ceil(150 / 3) = 50).");
    }

    @Test
    void forgettingTheInputImagesInTrainingIsNamedWithTheBatchAndTheInputsBytes() {
        // the inputs: 50 · 200·300·3 · 4 B = 50 · 720 000 B = 36 000 000 B; 569 227 200 − 36 000 000 = 533 227 200
        Exercise e = memoryCourse();
        assertThat(graded(e, "training", "533.23 MB").misconceptionId()).isEqualTo("forgot-input");
        Text words = message(e, "training", "533.23 MB");
        assertThat(words.en()).contains("input image").contains("50 · 720,000 B");
        assertThat(words.nl()).contains("invoerafbeelding").contains("50 · 720.000 B");
    }

    @Test
    void twoMistakesTheNumberCannotTellApartAreNeitherNamed() {
        // 64×64×3, 128/256/512 filters, 2 bytes, batch 64: training 30 932 992 + 2 · 2 957 824 = 36 848 640 B;
        // in MiB 35.14 "MB", without the inputs (64 · 24 576 B) 35 275 776 B = 35.28 MB: 0.4 % apart, within the 1 %
        Exercise e = create("memory-training", Map.of("h", 64, "w", 64, "c", 3, "f1", 128, "f2", 256, "f3", 512,
                "bytes", 2, "batch", 64));
        assertThat(graded(e, "training", "36.85 MB").misconceptionId()).as("the key").isNull();
        for (String typed : new String[] {"35.14 MB", "35.28 MB"}) {
            PartResult r = graded(e, "training", typed);
            assertThat(r.outcome()).as(typed).isEqualTo(app.stride.grading.Outcome.WRONG);
            assertThat(r.misconceptionId()).as(typed).isNull();
        }
    }

    @Test
    void withBias3TheMessageSaysToAddTheBias3NotOnePerFilter() {
        // grid 1, row 1 column 2: the products add up to 11; with bias 3 the cell is 14, without it 11
        Exercise e = create("conv-by-hand-single", Map.of("size", 5, "channels", 1, "kernel", 3, "bias", 3, "grid", 1));
        assertThat(graded(e, "cellA", "11").misconceptionId()).isEqualTo("forgot-bias");
        Text words = message(e, "cellA", "11");
        assertThat(words.en()).contains("bias (3)").doesNotContain("per filter").doesNotContain("add 1");
        assertThat(words.nl()).contains("bias van de filter (3)").doesNotContain("per filter");
    }

    @Test
    void aDenseLayersForgottenBiasSpeaksOfUnitsNotFilters() {
        // architecture-summary case: the dense layer has (64 + 1) · 10 = 650 parameters, 640 without the biases
        Exercise architecture = create("architecture-summary", Map.of("s", 32, "c", 3, "f1", 32, "f2", 64,
                "classes", 10));
        Text words = message(architecture, "denseParams", "640");
        assertThat(words.en()).contains("unit").contains("10 in all").doesNotContain("filter");
        assertThat(words.nl()).contains("neuron").contains("10 in totaal").doesNotContain("filter");
        // fcn-dense-to-conv case: (7·7·512 + 1) · 4096 = 102 764 544, without the biases 102 760 448
        Exercise fcn = create("fcn-dense-to-conv", Map.of("m", 7, "d", 512, "units", 4096));
        Text dense = message(fcn, "denseParams", "102760448");
        assertThat(dense.en()).contains("unit").contains("4,096 in all").doesNotContain("filter");
        assertThat(dense.nl()).contains("neuron").contains("4.096 in totaal").doesNotContain("filter");
        // the convolution that replaces it does have filters
        assertThat(message(fcn, "convParams", "102760448").en()).contains("filter").contains("4,096 in all");
    }

    @Test
    void forgettingTheInputDepthInTheFcnTopicIsNamed() {
        // (7·7 + 1) · 4096 = 204 800: the map's depth 512 left out
        Exercise fcn = create("fcn-dense-to-conv", Map.of("m", 7, "d", 512, "units", 4096));
        assertThat(graded(fcn, "denseParams", "204800").misconceptionId()).isEqualTo("forgot-depth");
        assertThat(graded(fcn, "convParams", "204800").misconceptionId()).isEqualTo("forgot-depth");
        Text dense = message(fcn, "denseParams", "204800");
        assertThat(dense.en()).contains("7×7×512").contains("25,088 per unit");
        assertThat(dense.nl()).contains("7×7×512").contains("25.088 per neuron");
        assertThat(message(fcn, "convParams", "204800").en()).contains("7 × 7 × 512 = 25,088");
    }

    @Test
    void theParametersScaledWithTheInputSizeAreNamed() {
        // (3·3·16 + 1) · 32 = 4640 on 5×5 and on 200×200; scaled with the pixels: 4640 · 200² / 5² = 7 424 000
        Exercise e = create("conv-params-image-size", Map.of("h", 5, "h2", 200, "depth", 16, "kernel", 3,
                "filters", 32));
        assertThat(graded(e, "paramsOther", "7424000").misconceptionId()).isEqualTo("params-depend-on-input");
        Text words = message(e, "paramsOther", "7424000");
        assertThat(words.en()).contains("200×200").contains("5×5");
        assertThat(words.nl()).contains("200×200").contains("5×5");
    }

    @Test
    void aListOfMistakesWithoutAnExerciseLeavesOutTheValuesItCannotKnow() {
        Text general = bank.sharedMisconceptionTexts().get("forgot-bias");
        assertThat(general.en()).isEqualTo("You left out the bias: every filter has one bias besides its kernel"
                + " weights, so add 1 per filter.");
        assertThat(general.nl()).doesNotContain("{").endsWith("dus tel er per filter 1 bij.");
    }
}
