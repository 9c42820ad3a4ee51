package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.engine.Derivation;
import app.stride.engine.Numbers;
import app.stride.engine.Step;
import app.stride.exercise.Exercise;
import app.stride.exercise.Family;
import app.stride.exercise.SolutionText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A worked solution shows each layer's figures under their own names: the shape where it says
 * shape, the parameters where it says parameters. The expected figures are worked out by hand
 * as Keras' model.summary() gives them, not read from the engine.
 */
class WalkThroughStepsTest {

    private static final char G = Numbers.GROUP;
    private final QuestionBank bank = BankFiles.bank();

    private Exercise create(String templateId, Map<String, Object> params) {
        var template = bank.template(templateId).orElseThrow();
        Family family = bank.families().get(template.family());
        return family.create(template, 1, params);
    }

    /** The engine's steps of a walk-through, each as "STEP figure". */
    private static List<String> engineSteps(Exercise e) {
        return e.solution().stream().filter(d -> d.step().isPresent())
                .map(d -> d.step().get() + " " + (d.step().get() == Step.SHAPE ? d.shape().toString()
                        : String.valueOf(d.count())))
                .toList();
    }

    private static List<String> lines(Exercise e) {
        return e.solution().stream().map(d -> SolutionText.words(d, Locale.ENGLISH) + ": " + d.formula()).toList();
    }

    @Test
    void theArchitectureWalkThroughNamesEveryLayersShapeAndParameters() {
        // 32×32×3; conv 32, conv 32, pool 2, conv 64, conv 64, pool 2, GAP, dense 10 (Keras: 66,218 parameters)
        Exercise e = create("architecture-summary", Map.of("s", 32, "c", 3, "f1", 32, "f2", 64, "classes", 10));
        assertThat(engineSteps(e)).containsExactly(
                "SHAPE [32, 32, 32]", "PARAMS 896",
                "SHAPE [32, 32, 32]", "PARAMS 9248",
                "SHAPE [16, 16, 32]", "PARAMS 0",
                "SHAPE [16, 16, 64]", "PARAMS 18496",
                "SHAPE [16, 16, 64]", "PARAMS 36928",
                "SHAPE [8, 8, 64]", "PARAMS 0",
                "SHAPE [64]", "PARAMS 0",
                "SHAPE [10]", "PARAMS 650",
                "TOTAL_PARAMS 66218");
        List<String> lines = lines(e);
        // the dense layer as the student reads it: its shape, then its weights, and not its multiplications
        assertThat(lines).contains("A dense layer gives one value per unit, 10 in all: [64] → [10]",
                "Each of the 10 units has 64 weights and one bias: (64 + 1)·10 = 650");
        assertThat(lines).noneMatch(line -> line.contains("multiplies"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("All parameters added up: 896 + 9" + G + "248 + 18" + G
                + "496 + 36" + G + "928 + 650 = 66" + G + "218");
    }

    @Test
    void theResidualBlockWalkThroughShowsTheFirstConvsShapeAndEachConvsParameters() {
        // 16×16×32 into 64 filters, stride 2: [8, 8, 64]; conv_a (9·32 + 1)·64, conv_b (9·64 + 1)·64, skip (32 + 1)·64
        Exercise e = create("resnet-block", Map.of("h", 16, "c", 32, "f", 64, "stride", 2));
        assertThat(engineSteps(e)).containsExactly("SHAPE [8, 8, 64]", "PARAMS 18496", "PARAMS 36928");
        assertThat(e.solution()).extracting(Derivation::formula).contains("(1·1·32 + 1)·64 = 2" + G + "112");
    }

    @Test
    void theFcnWalkThroughShowsTheDenseAndConvParametersAndTheConvShapeWhereAsked() {
        // 7·7·512 → 4096 units as a dense layer and as a 7×7 conv over a 7×7×512 input: both asked
        long params = (7L * 7 * 512 + 1) * 4096;
        Exercise both = create("fcn-dense-to-conv", Map.of("m", 7, "d", 512, "units", 4096));
        assertThat(engineSteps(both)).containsExactly("PARAMS " + params, "PARAMS " + params);
        // the conv over a 14×14×512 input: its parameters and its output grid asked, no dense layer
        Exercise larger = create("fcn-larger-input", Map.of("m", 14, "d", 512, "units", 4096));
        assertThat(engineSteps(larger)).containsExactly("PARAMS " + params, "SHAPE [8, 8, 4096]");
    }

    @Test
    void theMultiplicationsWalkThroughShowsEachLayersShapeAndMultiplications() {
        // 64×64×3, 32 filters of 3×3, stride 2, same: 32·32·32 outputs of 27 products; then 64 filters:
        // 16·16·64 outputs of 3·3·32 = 288 products
        Exercise e = create("conv-multiplications-network", Map.of("h", 64, "w", 64, "c", 3, "filters", 32,
                "filters2", 64, "kernel", 3, "stride", 2, "padding", "same"));
        assertThat(engineSteps(e)).containsExactly("SHAPE [32, 32, 32]", "MULTIPLICATIONS 884736",
                "SHAPE [16, 16, 64]", "MULTIPLICATIONS 4718592");
    }
}
