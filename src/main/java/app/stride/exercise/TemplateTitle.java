package app.stride.exercise;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a template is called where it is listed (the exercise API, a quiz's statistics): a
 * template has no title of its own. A question without numbers (a concept question) is its own
 * title; any other is its family's name with what it asks ("Conv parameters: Trainable
 * parameters"), leaving out labels that name drawn numbers.
 */
public final class TemplateTitle {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z][a-zA-Z0-9]*}");

    private TemplateTitle() {
    }

    /** {@code familyName}: the family's name in {@code locale}, from the caller's translations. */
    public static String of(Template t, Locale locale, String familyName) {
        String prompt = t.prompt().in(locale);
        if (!PLACEHOLDER.matcher(prompt).find()) {
            return prompt;
        }
        List<String> asks = t.parts().stream().map(p -> p.label().in(locale))
                .filter(label -> !PLACEHOLDER.matcher(label).find()).toList();
        return asks.isEmpty() ? familyName : familyName + ": " + String.join(", ", asks);
    }
}
