package app.stride.bank;

import app.stride.exercise.BankProblem;
import app.stride.exercise.Exercise;
import app.stride.exercise.Misconception;
import app.stride.exercise.Text;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the shared feedback texts — id → {en, nl}, and per context the family names (a dense
 * layer, one output cell) its own {en, nl} — and fills a text with the exercise's own values.
 *
 * <p>A text names values as {@code {name}} or {@code {name|words}}: the exercise's parameter or
 * the value the family gave the mistake ({@code {answer}} is the wrong number itself); where no
 * exercise is at hand (a student's list of mistakes, a quiz's statistics) the words after
 * {@code |} stand in, or the placeholder is left out with the space before it.
 */
public final class MisconceptionTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)(?:\\|([^}]*))?}");
    /** A bracketed aside with its space before: left out whole when it names a value not at hand. */
    private static final Pattern BRACKET = Pattern.compile(" ?\\([^()]*\\)");
    private static final Pattern TEXT_KEYS = Pattern.compile("en|nl");
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private MisconceptionTexts() {
    }

    static void read(String file, String content, Map<String, Text> into, List<BankProblem> problems) {
        Object root;
        try {
            root = new Yaml(new LoaderOptions()).load(content);
        } catch (RuntimeException e) {
            problems.add(new BankProblem(file, 1, "not valid YAML: " + e.getMessage()));
            return;
        }
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(new BankProblem(file, 1, "the file must map misconception ids to {en, nl} texts"));
            return;
        }
        map.forEach((id, value) -> {
            Text text = text(value);
            if (text == null) {
                problems.add(new BankProblem(file, 1, "the misconception '" + id + "' needs an en and an nl text"));
                return;
            }
            into.put(String.valueOf(id), text);
            ((Map<?, ?>) value).forEach((key, variant) -> {
                if (TEXT_KEYS.matcher(String.valueOf(key)).matches()) {
                    return;
                }
                Text words = text(variant);
                if (words == null) {
                    problems.add(new BankProblem(file, 1, "the misconception '" + id + "' in the context '" + key
                            + "' needs an en and an nl text"));
                } else {
                    into.put(id + "." + key, words);
                }
            });
        });
    }

    private static Text text(Object value) {
        if (value instanceof Map<?, ?> texts && texts.get("en") instanceof String en
                && texts.get("nl") instanceof String nl && !en.isBlank() && !nl.isBlank()) {
            return new Text(en.strip(), nl.strip());
        }
        return null;
    }

    /**
     * The wording for this mistake in this exercise: the template's own, else the catalogue's for
     * the mistake's context, else the catalogue's; its values filled in, in each language's format.
     */
    static Text lookUp(Map<String, Text> catalogue, Exercise exercise, Misconception mistake) {
        Text own = exercise.template().misconceptions().get(mistake.id());
        Text text = own != null ? own : mistake.context() != null
                && catalogue.containsKey(mistake.id() + "." + mistake.context())
                ? catalogue.get(mistake.id() + "." + mistake.context()) : catalogue.get(mistake.id());
        if (text == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>(exercise.params());
        values.putAll(mistake.values());
        if (mistake.number() != null) {
            values.putIfAbsent("answer", mistake.number());
        }
        return new Text(fill(text.en(), values, Locale.ENGLISH), fill(text.nl(), values, DUTCH));
    }

    /** A text read where no exercise is at hand: each placeholder's own words, or nothing. */
    static Text general(Text text) {
        return text == null ? null
                : new Text(fill(text.en(), Map.of(), Locale.ENGLISH), fill(text.nl(), Map.of(), DUTCH));
    }

    static String fill(String text, Map<String, Object> values, Locale locale) {
        Matcher bracket = BRACKET.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (bracket.find()) {
            Matcher inside = PLACEHOLDER.matcher(bracket.group());
            boolean unknown = false;
            while (inside.find()) {
                unknown |= inside.group(2) == null && !values.containsKey(inside.group(1));
            }
            bracket.appendReplacement(kept, Matcher.quoteReplacement(unknown ? "" : bracket.group()));
        }
        bracket.appendTail(kept);
        Matcher m = PLACEHOLDER.matcher(kept);
        StringBuilder out = new StringBuilder();
        boolean leftOut = false;
        while (m.find()) {
            Object value = values.get(m.group(1));
            String replacement = value != null ? format(value, locale) : m.group(2) != null ? m.group(2) : "";
            leftOut |= replacement.isEmpty();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        // a placeholder left out leaves no double space nor a space before a mark
        return leftOut ? out.toString().replaceAll(" {2,}", " ").replaceAll(" ([,.:;)])", "$1") : out.toString();
    }

    private static String format(Object value, Locale locale) {
        if (value instanceof Number n) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(6);
            return f.format(n instanceof BigDecimal b ? b : n);
        }
        return String.valueOf(value);
    }
}
