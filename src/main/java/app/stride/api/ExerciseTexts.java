package app.stride.api;

import app.stride.shell.Languages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The app's own translations (vaadin-i18n/translations*.properties), read as the web UI reads
 * them: a reason an answer is unreadable, a family's name, in the words a student sees in practice.
 */
final class ExerciseTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ExerciseTexts() {
    }

    static String text(String key, Locale locale, Object... args) {
        // English is the base file, asked for as the root locale (as StrideI18NProvider does)
        Locale file = Languages.supported(locale) == Languages.DUTCH ? Languages.DUTCH : Locale.ROOT;
        String value = ResourceBundle.getBundle("vaadin-i18n.translations", file, NO_FALLBACK).getString(key);
        return args.length > 0 ? new MessageFormat(value, file).format(args) : value;
    }
}
