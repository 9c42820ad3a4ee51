package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.engine.Derivation;
import app.stride.exercise.Exercise;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A worked solution leads to the answer it explains: every asked value appears as a result in it. */
class WorkedSolutionTest {

    private final QuestionBank bank = BankFiles.bank();

    private static String formulas(Exercise e) {
        return e.solution().stream().map(Derivation::formula).collect(Collectors.joining("\n"));
    }

    @Test
    void fromTheRelativeFormToPixelsEveryCornerIsWorkedOut() {
        for (long seed = 1; seed <= 300; seed++) {
            Exercise e = bank.generate("bbox-to-pixels", seed);
            String worked = formulas(e);
            for (String corner : new String[] {"x1", "y1", "x2", "y2"}) {
                String value = e.expected(corner).number().stripTrailingZeros().toPlainString();
                assertThat(worked).as("seed %d, %s", seed, corner).containsPattern(corner + " = [^,\\n]* = " + value
                        .replace(".", "\\.") + "(,|$|\\n)");
            }
        }
    }

    @Test
    void fromPixelsToTheRelativeFormTheCentreAndSizeAreWorkedOut() {
        for (long seed = 1; seed <= 300; seed++) {
            Exercise e = bank.generate("bbox-to-relative", seed);
            String worked = formulas(e);
            for (String part : new String[] {"cx", "cy", "w", "h"}) {
                String value = e.expected(part).number().stripTrailingZeros().toPlainString();
                assertThat(worked).as("seed %d, %s", seed, part).containsPattern("\\b" + part + " = [^,\\n]* = "
                        + value.replace(".", "\\.") + "(,|$|\\n)");
            }
        }
    }

    @Test
    void memoryQuestionsWorkOutEveryAskedFigureAndNothingTheyDoNotGive() {
        for (var template : bank.family("memory")) {
            boolean activations = template.parts().stream().anyMatch(p -> p.id().equals("inference")
                    || p.id().equals("training"));
            for (long seed = 1; seed <= 100; seed++) {
                Exercise e = bank.generate(template.id(), seed);
                String worked = formulas(e);
                for (var part : template.parts()) {
                    // the engine groups digits with narrow spaces: 3 613 600
                    String value = String.format(java.util.Locale.ROOT, "%,d", e.expected(part.id()).number()
                            .longValueExact()).replace(',', '\u202F');
                    assertThat(worked).as("%s seed %d %s", template.id(), seed, part.id()).contains("= " + value);
                }
                assertThat(e.solution().stream().anyMatch(d -> d.key().equals("derive.output.bytes")))
                        .as("%s: output memory only where it is asked", template.id()).isEqualTo(activations);
            }
        }
    }

    @Test
    void batchNormQuestionsWorkOutEveryAskedValueAndNoOtherSteps() {
        for (var template : bank.family("batchnorm")) {
            for (long seed = 1; seed <= 100; seed++) {
                Exercise e = bank.generate(template.id(), seed);
                String worked = formulas(e).replace("\u202F", "");
                for (var part : template.parts()) {
                    // as shown: four decimals at most
                    String value = e.expected(part.id()).number().setScale(4, java.math.RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString();
                    assertThat(worked).as("%s seed %d %s", template.id(), seed, part.id()).containsPattern(
                            "(=|·) " + value.replace(".", "\\.") + "(\\D|$)");
                }
                boolean asksInference = template.parts().stream().anyMatch(p -> p.id().equals("xhatInfer"));
                assertThat(e.solution().stream().anyMatch(d -> d.key().equals("solution.bn.inference")))
                        .as(template.id()).isEqualTo(asksInference);
            }
        }
    }

    /** Every number a question asks is a result somewhere in its worked solution; a list, each of its indices. */
    @Test
    void everyAskedNumberIsAResultInTheWorkedSolution() {
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (var template : bank.templates()) {
            for (long seed = 1; seed <= 50; seed++) {
                Exercise e = bank.generate(template.id(), seed);
                String worked = e.solution().stream()
                        .map(d -> app.stride.exercise.SolutionText.words(d, java.util.Locale.ENGLISH) + "\n" + d.formula())
                        .collect(Collectors.joining("\n")).replace("\u202F", "").replaceAll("[,\\[\\]]", " ");
                for (var part : template.parts()) {
                    var key = e.expected(part.id());
                    java.util.List<String> values;
                    if (key.number() != null) {
                        values = java.util.List.of(key.number().setScale(4, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros().toPlainString());
                    } else if (key.list() != null) {
                        values = key.list().stream().map(String::valueOf).toList();
                    } else {
                        continue;
                    }
                    for (String value : values) {
                        if (!java.util.regex.Pattern.compile("(?m)(^|[=≈→( ])" + java.util.regex.Pattern.quote(value)
                                + "(\\D|$)").matcher(worked).find()) {
                            missing.add(template.id() + "/" + part.id());
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
