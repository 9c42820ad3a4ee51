package app.stride.exercise;

import app.stride.engine.Derivation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generated question: (template, seed) and everything derived from it — the numbers, the
 * expected answers, the wrong answers typical mistakes give, and the worked solution. Only the
 * template id and the seed need storing; the rest is computed again from them.
 *
 * @param figure         the picture shown with the question, or null; it holds no answer
 * @param solutionFigure the picture that goes with the worked solution (NMS step by step), or null
 */
public record Exercise(Template template, long seed, Map<String, Object> params, List<Expected> expected,
                       List<Misconception> misconceptions, List<Derivation> solution, Figure figure,
                       Figure solutionFigure) {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    public Exercise {
        params = Map.copyOf(params);
        expected = List.copyOf(expected);
        misconceptions = List.copyOf(misconceptions);
        solution = List.copyOf(solution);
    }

    /** An exercise without a picture. */
    public Exercise(Template template, long seed, Map<String, Object> params, List<Expected> expected,
                    List<Misconception> misconceptions, List<Derivation> solution) {
        this(template, seed, params, expected, misconceptions, solution, null, null);
    }

    /** An exercise with a picture shown with the question. */
    public Exercise(Template template, long seed, Map<String, Object> params, List<Expected> expected,
                    List<Misconception> misconceptions, List<Derivation> solution, Figure figure) {
        this(template, seed, params, expected, misconceptions, solution, figure, null);
    }

    /**
     * The answer boxes as seen where no student is known (the exercise API, a teacher's preview):
     * a choice question's options shuffled all the same, never in the template's order.
     */
    public List<ExercisePart> parts() {
        return parts(ChoiceOrder.ANYONE);
    }

    /**
     * The answer boxes in the template's order, labels filled in, a choice question's options in
     * the order {@code viewer} sees them (see {@link ChoiceOrder} for who the viewer is).
     */
    public List<ExercisePart> parts(long viewer) {
        List<ExercisePart> parts = new java.util.ArrayList<>(template.parts().size());
        for (PartSpec p : template.parts()) {
            Text label = new Text(fill(p.label().en(), params, Locale.ENGLISH), fill(p.label().nl(), params, DUTCH));
            parts.add(new ExercisePart(p.id(), label, p.kind(), p.kind() == AnswerKind.BYTES ? p.unit() : null,
                    p.tolerance(), p.kind() == AnswerKind.CHOICE ? ChoiceOrder.of(this, viewer) : List.of(), p.ordered()));
        }
        return List.copyOf(parts);
    }

    public Expected expected(String partId) {
        for (Expected e : expected) {
            if (e.partId().equals(partId)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no expected answer for " + partId);
    }

    /** The prompt with this exercise's numbers filled in. */
    public String prompt(Locale locale) {
        return fill(template.prompt().in(locale), params, locale);
    }

    /** A part's label with this exercise's numbers filled in ("Row 2, column 3"). */
    public String label(PartSpec part, Locale locale) {
        return fill(part.label().in(locale), params, locale);
    }

    /**
     * The text with every {name} replaced by its value as a reader of this locale writes it: a
     * number in the locale's format, a wording the family worked out in both languages in this one.
     */
    static String fill(String text, Map<String, Object> values, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            String shown = value == null ? m.group()
                    : value instanceof Number n ? PromptNumbers.format(n, locale)
                    : value instanceof Text t ? t.in(locale)
                    : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }
}
