package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.engine.Derivation;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.Family;
import app.stride.exercise.Misconception;
import app.stride.exercise.PartSpec;
import app.stride.exercise.SolutionText;
import app.stride.exercise.Template;
import app.stride.grading.Feedback;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bank tests itself in mvn verify: every file is valid, every template's own cases pass,
 * and a thousand seeded variants of each template generate, are deterministic, grade their
 * own answer key as right and every typical mistake as that mistake.
 */
class QuestionBankTest {

    static final int VARIANTS = 1000;
    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = BankFiles.bank();
    }

    @Test
    void everyFileIsValidAndEveryTemplatesOwnCasesPass() {
        assertThat(bank.problems()).as("problems in the bank").isEmpty();
        assertThat(bank.templates()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyFamilyHasTwoTemplatesAcrossDifficulties() {
        for (Family family : bank.families().list()) {
            List<Template> templates = bank.family(family.id());
            assertThat(templates).as(family.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(templates.stream().map(Template::difficulty).distinct().count()).as(family.id())
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyMisconceptionHasSharedFeedbackInBothLanguages() {
        for (Family family : bank.families().list()) {
            assertThat(bank.sharedMisconceptionTexts().keySet()).as(family.id())
                    .containsAll(family.misconceptionIds());
        }
    }

    @TestFactory
    List<DynamicTest> aThousandVariantsOfEveryTemplate() {
        return bank.templates().stream().map(t -> DynamicTest.dynamicTest(t.id(), () -> variants(t))).toList();
    }

    private static void variants(Template template) {
        for (long seed = 1; seed <= VARIANTS; seed++) {
            Exercise exercise = bank.generate(template.id(), seed);
            Exercise again = bank.generate(template.id(), seed);
            assertThat(again.params()).isEqualTo(exercise.params());
            assertThat(again.expected()).isEqualTo(exercise.expected());

            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
                assertThat(exercise.prompt(locale)).doesNotContain("{");
                for (PartSpec part : template.parts()) {
                    assertThat(exercise.label(part, locale)).doesNotContain("{");
                }
                assertThat(exercise.solution()).isNotEmpty();
                for (Derivation step : exercise.solution()) {
                    assertThat(SolutionText.words(step, locale)).isNotBlank();
                }
            }
            for (PartSpec part : template.parts()) {
                Expected e = exercise.expected(part.id());
                if (part.kind() == AnswerKind.COUNT || part.kind() == AnswerKind.BYTES) {
                    assertThat(e.number().signum()).as("%s seed %d %s", template.id(), seed, part.id())
                            .isGreaterThanOrEqualTo(part.kind() == AnswerKind.BYTES ? 1 : 0);
                    assertThat(e.number().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
                }
                if (part.kind() == AnswerKind.VALUE) {
                    assertThat(Double.isFinite(e.number().doubleValue())).isTrue();
                }
            }
            Feedback own = bank.grade(exercise, typedAnswers(exercise), Locale.ENGLISH);
            assertThat(own.score()).as("%s seed %d graded with its own key", template.id(), seed).isEqualTo(1.0);

            for (Misconception m : exercise.misconceptions()) {
                if (template.parts().stream().noneMatch(p -> p.id().equals(m.partId()))) {
                    continue;
                }
                PartSpec part = template.part(m.partId());
                if (m.number() != null) {
                    assertThat(part.tolerance().accepts(exercise.expected(part.id()).number(), m.number()))
                            .as("%s seed %d: %s must not pass as right", template.id(), seed, m.id()).isFalse();
                } else {
                    assertThat(m.list()).isNotEqualTo(exercise.expected(part.id()).list());
                }
                Map<String, String> typed = typedAnswers(exercise);
                typed.put(m.partId(), format(part, m));
                PartResult result = bank.grade(exercise, typed, Locale.ENGLISH).part(m.partId());
                assertThat(result.outcome()).isIn(Outcome.WRONG, Outcome.PARTIAL, Outcome.CARRIED_FORWARD);
                if (result.outcome() != Outcome.CARRIED_FORWARD) {
                    assertThat(result.misconceptionId()).as("%s seed %d", template.id(), seed).isNotNull();
                    // another mistake with the same number may be named first; it must give that number
                    Misconception named = exercise.misconceptions().stream()
                            .filter(x -> x.id().equals(result.misconceptionId()) && x.partId().equals(m.partId()))
                            .findFirst().orElseThrow();
                    assertThat(m.number() == null ? named.list().equals(m.list())
                            : part.tolerance().accepts(named.number(), m.number())).isTrue();
                }
            }
        }
    }

    @Test
    void everyMisconceptionOfEveryFamilyIsRecognizedOnGeneratedVariants() {
        Map<String, Set<String>> recognized = new HashMap<>();
        for (Template template : bank.templates()) {
            for (long seed = 1; seed <= 300; seed++) {
                Exercise exercise = bank.generate(template.id(), seed);
                for (Misconception m : exercise.misconceptions()) {
                    if (template.parts().stream().noneMatch(p -> p.id().equals(m.partId()))) {
                        continue;
                    }
                    Map<String, String> typed = typedAnswers(exercise);
                    typed.put(m.partId(), format(template.part(m.partId()), m));
                    String id = bank.grade(exercise, typed, Locale.ENGLISH).part(m.partId()).misconceptionId();
                    if (m.id().equals(id)) {
                        recognized.computeIfAbsent(template.family(), f -> new HashSet<>()).add(id);
                    }
                }
            }
        }
        for (Family family : bank.families().list()) {
            assertThat(recognized.getOrDefault(family.id(), Set.of())).as(family.id())
                    .containsExactlyInAnyOrderElementsOf(family.misconceptionIds());
        }
    }

    /** The answer key typed as a student would: whole numbers plainly, memory in bytes. */
    static Map<String, String> typedAnswers(Exercise exercise) {
        return exercise.template().parts().stream().collect(Collectors.toMap(PartSpec::id,
                p -> format(p, exercise.expected(p.id())), (a, b) -> a, HashMap::new));
    }

    private static String format(PartSpec part, Expected e) {
        return switch (part.kind()) {
            // the empty set as a student answers it
            case LIST -> e.list().isEmpty() ? "none" : e.list().stream().map(String::valueOf).collect(Collectors.joining(", "));
            case CHOICE -> e.choice();
            default -> format(part, e.number());
        };
    }

    static String format(PartSpec part, Misconception m) {
        return m.number() != null ? format(part, m.number())
                : m.list().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String format(PartSpec part, BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        // "2.125" could be read as 2125: a student would be asked; the key is typed unambiguously
        String plain = v.scale() == 3 ? v.setScale(4).toPlainString() : v.toPlainString();
        return part.kind() == AnswerKind.BYTES ? plain + " B" : plain;
    }
}
