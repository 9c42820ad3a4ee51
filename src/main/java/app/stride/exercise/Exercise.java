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
 */
public record Exercise(Template template, long seed, Map<String, Object> params, List<Expected> expected,
                       List<Misconception> misconceptions, List<Derivation> solution) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    public Exercise {
        params = Map.copyOf(params);
        expected = List.copyOf(expected);
        misconceptions = List.copyOf(misconceptions);
        solution = List.copyOf(solution);
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
        return fill(template.prompt().in(locale), params);
    }

    /** A part's label with this exercise's numbers filled in ("Row 2, column 3"). */
    public String label(PartSpec part, Locale locale) {
        return fill(part.label().in(locale), params);
    }

    static String fill(String text, Map<String, Object> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
