package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.exercise.AnswerKind;
import app.stride.exercise.Exercise;
import app.stride.exercise.Family;
import app.stride.exercise.Misconception;
import app.stride.exercise.PartSpec;
import app.stride.exercise.Template;
import app.stride.exercise.Text;
import app.stride.grading.Feedback;
import app.stride.grading.PartResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every typical mistake a template can name is named: typed as a student would type it, on 50
 * variants of every template, the grader recognises it, and its message speaks of this
 * exercise — every value its text names filled in with the exercise's own number, in the
 * reader's format, none left as "{...}".
 */
class MisconceptionCatalogueTest {

    private static final int SEEDS = 50;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)(?:\\|[^}]*)?}");

    private final QuestionBank bank = BankFiles.bank();

    /**
     * The wrong number as a student types it in the reader's language: a byte count with its unit
     * (in Dutch with thousands dots, "741.632 B"), a decimal with the locale's mark, a list with commas.
     */
    private static String typed(Misconception m, PartSpec part, Locale locale) {
        if (m.list() != null) {
            return m.list().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        BigDecimal n = m.number().stripTrailingZeros();
        // three decimals could be read as a thousands group ("6.175"); a fourth says it is a decimal
        String number = (n.scale() == 3 ? n.setScale(4) : n).toPlainString();
        if (locale.equals(DUTCH)) {
            number = part.kind() == AnswerKind.BYTES && n.scale() <= 0 ? grouped(number, '.') : number.replace('.', ',');
        }
        return part.kind() == AnswerKind.BYTES ? number + " B" : number;
    }

    /** Whole digits in groups of three from the right: "741632" → "741.632". */
    private static String grouped(String digits, char separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /**
     * A value as the house rules write it, worked out here rather than by the code under test:
     * English 12,544 and 0.25, Dutch 12.544 and 0,25, at most six decimals, no trailing zeros.
     */
    private static String written(Object value, Locale locale) {
        if (!(value instanceof Number n)) {
            return String.valueOf(value);
        }
        BigDecimal d = new BigDecimal(n.toString()).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String[] digits = d.abs().toPlainString().split("\\.");
        boolean dutch = locale.equals(DUTCH);
        return (d.signum() < 0 ? "-" : "") + grouped(digits[0], dutch ? '.' : ',')
                + (digits.length > 1 ? (dutch ? "," : ".") + digits[1] : "");
    }

    @Test
    void everyMistakeATemplateCanNameIsRecognizedAndItsMessageNamesTheExercisesValues() {
        Map<String, Text> catalogue = bank.misconceptionCatalogue();
        int checked = 0;
        for (Template t : bank.templates()) {
            Set<String> seen = new HashSet<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                for (Misconception m : e.misconceptions()) {
                    if (t.parts().stream().noneMatch(p -> p.id().equals(m.partId()))) {
                        continue;
                    }
                    PartSpec part = t.part(m.partId());
                    // two mistakes that give the same number: the grader names the first, which is as right
                    Set<String> sameNumber = e.misconceptions().stream().filter(o -> o.partId().equals(m.partId())
                            && (m.list() != null ? m.list().equals(o.list()) : o.number() != null
                            && part.tolerance().accepts(o.number(), m.number()))).map(Misconception::id)
                            .collect(Collectors.toSet());
                    for (Locale typing : List.of(Locale.ENGLISH, DUTCH)) {
                        String typed = typed(m, part, typing);
                        Feedback feedback = bank.grade(e, Map.of(part.id(), typed), typing);
                        PartResult result = feedback.parts().stream().filter(r -> r.partId().equals(part.id()))
                                .findFirst().orElseThrow();
                        assertThat(result.misconceptionId()).as("%s seed %d: %s typed as %s (%s)", t.id(), seed,
                                m.id(), typed + " → " + result, typing).isIn(sameNumber);
                    }
                    seen.add(m.id());

                    Text message = bank.misconceptionText(e, m.partId(), m.id()).orElseThrow(() -> new AssertionError(
                            t.id() + ": no words for " + m.id()));
                    Text raw = t.misconceptions().containsKey(m.id()) ? t.misconceptions().get(m.id())
                            : m.context() != null && catalogue.containsKey(m.id() + "." + m.context())
                            ? catalogue.get(m.id() + "." + m.context()) : catalogue.get(m.id());
                    for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
                        String text = message.in(locale);
                        assertThat(text).as("%s seed %d %s (%s)", t.id(), seed, m.id(), locale).doesNotContain("{")
                                .doesNotContain("}");
                        Matcher named = NAMED.matcher(raw.in(locale));
                        while (named.find()) {
                            String name = named.group(1);
                            Object value = m.values().containsKey(name) ? m.values().get(name)
                                    : name.equals("answer") ? m.number() : e.params().get(name);
                            assertThat(value).as("%s: %s names {%s}, which %s does not give", t.id(), m.id(), name,
                                    t.family()).isNotNull();
                            assertThat(text).as("%s seed %d %s (%s)", t.id(), seed, m.id(), locale)
                                    .contains(written(value, locale));
                        }
                    }
                    checked++;
                }
            }
            assertThat(seen).as("%s: the mistakes its own wording is for", t.id())
                    .containsAll(t.misconceptions().keySet());
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    /**
     * A few messages written out by hand from the exercise's numbers. conv-params-rgb seed 3: 16
     * filters of 3×3 on 3 channels, so 3·3·3·16 = 432 without the bias and (3·3 + 1)·16 = 160
     * without the depth. fcn-dense-to-conv seed 3: 4096 units on a 7×7×256 map, 7·7·256 = 12 544
     * weights per unit, 12 544·4096 = 51 380 224 without the bias. memory-training seed 3: an input
     * of 48·64·3 values of 2 bytes is 18 432 B, for a batch of 16.
     */
    @Test
    void messagesSayTheExercisesOwnNumbersInEachLanguagesFormatAndDutchTypingIsRecognizedToo() {
        record Case(String template, long seed, String part, String mistake, String typedEn, String typedNl,
                    String en, String nl) {
        }
        List<Case> cases = List.of(
                new Case("conv-params-rgb", 3, "params", "forgot-bias", "432", "432",
                        "You left out the bias: every filter has one bias besides its kernel weights, so add 1 per"
                                + " filter (16 in all).",
                        "Je vergat de bias: elke filter heeft naast de gewichten van de kernel één bias, dus tel er"
                                + " per filter 1 bij (16 in totaal)."),
                new Case("conv-params-rgb", 3, "params", "forgot-depth", "160", "160",
                        "You left out the input depth: a filter spans all input channels, so it has kernel × kernel"
                                + " × depth weights (3 × 3 × 3 = 27).",
                        "Je vergat de diepte van de invoer: een filter loopt over alle invoerkanalen, dus heeft hij"
                                + " kernel × kernel × diepte gewichten (3 × 3 × 3 = 27)."),
                new Case("fcn-dense-to-conv", 3, "denseParams", "forgot-bias", "51,380,224", "51.380.224",
                        "You left out the bias: every unit (neuron) of a dense layer has one bias besides its weights,"
                                + " so add 1 per unit (4,096 in all).",
                        "Je vergat de bias: elk neuron van een dense-laag heeft naast zijn gewichten één bias, dus tel"
                                + " er per neuron 1 bij (4.096 in totaal)."),
                new Case("fcn-dense-to-conv", 3, "convParams", "forgot-depth", "204800", "204800",
                        "You left out the input depth: a filter spans all input channels, so it has kernel × kernel"
                                + " × depth weights (7 × 7 × 256 = 12,544).",
                        "Je vergat de diepte van de invoer: een filter loopt over alle invoerkanalen, dus heeft hij"
                                + " kernel × kernel × diepte gewichten (7 × 7 × 256 = 12.544)."),
                new Case("memory-training", 3, "training", "forgot-input", null, null,
                        "Training also keeps every instance's input image: add the batch size times the input's"
                                + " bytes (16 · 18,432 B).",
                        "Bij het trainen blijft ook de invoerafbeelding van elk voorbeeld in het geheugen: tel de"
                                + " batchgrootte maal de bytes van de invoer erbij (16 · 18.432 B)."));
        for (Case c : cases) {
            Exercise e = bank.generate(c.template(), c.seed());
            Text message = bank.misconceptionText(e, c.part(), c.mistake()).orElseThrow();
            assertThat(message.in(Locale.ENGLISH)).as(c.toString()).isEqualTo(c.en());
            assertThat(message.in(DUTCH)).as(c.toString()).isEqualTo(c.nl());
            if (c.typedEn() != null) {
                assertThat(bank.grade(e, Map.of(c.part(), c.typedEn()), Locale.ENGLISH).parts().stream()
                        .filter(r -> r.partId().equals(c.part())).findFirst().orElseThrow().misconceptionId())
                        .as(c + " typed in English").isEqualTo(c.mistake());
                assertThat(bank.grade(e, Map.of(c.part(), c.typedNl()), DUTCH).parts().stream()
                        .filter(r -> r.partId().equals(c.part())).findFirst().orElseThrow().misconceptionId())
                        .as(c + " typed in Dutch").isEqualTo(c.mistake());
            }
        }
    }

    @Test
    void everyMistakeAFamilyKnowsIsNamedOnSomeTemplateAndHasWordsInBothLanguages() {
        Map<String, Set<String>> named = new java.util.HashMap<>();
        for (Template t : bank.templates()) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                for (Misconception m : bank.generate(t.id(), seed).misconceptions()) {
                    if (t.parts().stream().anyMatch(p -> p.id().equals(m.partId()))) {
                        named.computeIfAbsent(t.family(), f -> new HashSet<>()).add(m.id());
                    }
                }
            }
        }
        for (Family family : bank.families().list()) {
            if (family.misconceptionIds().isEmpty()) {
                continue;
            }
            assertThat(named.getOrDefault(family.id(), Set.of())).as(family.id())
                    .containsAll(family.misconceptionIds());
            assertThat(bank.sharedMisconceptionTexts()).as(family.id()).containsKeys(
                    family.misconceptionIds().toArray(String[]::new));
        }
    }
}
