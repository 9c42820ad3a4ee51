package app.stride.grading;

import java.util.Locale;

/**
 * The language an answer was typed in, as kept with it ("nl" or "en"), which decides how its
 * numbers read: Dutch for any Dutch locale, English for every other, as the app speaks them.
 */
public final class AnswerLanguage {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private AnswerLanguage() {
    }

    public static String tag(Locale locale) {
        return locale != null && locale.getLanguage().equals("nl") ? "nl" : "en";
    }

    /** The locale of a kept tag; English for anything but "nl" (rows from before languages were kept). */
    public static Locale locale(String tag) {
        return "nl".equals(tag) ? DUTCH : Locale.ENGLISH;
    }
}
