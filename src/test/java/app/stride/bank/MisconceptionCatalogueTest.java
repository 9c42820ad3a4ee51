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
import java.text.NumberFormat;
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

    /** The wrong number as a student types it: a byte count with its unit, a list with commas. */
    private static String typed(Misconception m, PartSpec part) {
        if (m.list() != null) {
            return m.list().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        BigDecimal n = m.number().stripTrailingZeros();
        // three decimals could be read as a thousands group ("6.175"); a fourth says it is a decimal
        String number = (n.scale() == 3 ? n.setScale(4) : n).toPlainString();
        return part.kind() == AnswerKind.BYTES ? number + " B" : number;
    }

    private static String formatted(Object value, Locale locale) {
        if (value instanceof Number n) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(6);
            return f.format(n instanceof BigDecimal b ? b : n);
        }
        return String.valueOf(value);
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
                    Feedback feedback = bank.grade(e, Map.of(part.id(), typed(m, part)), java.util.Locale.ENGLISH);
                    PartResult result = feedback.parts().stream().filter(r -> r.partId().equals(part.id()))
                            .findFirst().orElseThrow();
                    // two mistakes that give the same number: the grader names the first, which is as right
                    Set<String> sameNumber = e.misconceptions().stream().filter(o -> o.partId().equals(m.partId())
                            && (m.list() != null ? m.list().equals(o.list()) : o.number() != null
                            && part.tolerance().accepts(o.number(), m.number()))).map(Misconception::id)
                            .collect(Collectors.toSet());
                    assertThat(result.misconceptionId()).as("%s seed %d: %s typed as %s", t.id(), seed, m.id(),
                            typed(m, part) + " → " + result).isIn(sameNumber);
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
                                    .contains(formatted(value, locale));
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
