package app.stride.exercise;

import app.stride.engine.Derivation;
import app.stride.engine.DerivationText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words for a worked solution's steps: the engine's own derivations, and the exercise steps
 * that have no engine counterpart (from {@code Solutions.properties}, English and Dutch).
 */
public final class SolutionText {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private SolutionText() {
    }

    public static String words(Derivation step, Locale locale) {
        if (step.key().startsWith("derive.")) {
            return DerivationText.words(step, locale);
        }
        boolean dutch = locale != null && "nl".equals(locale.getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle("app.stride.exercise.Solutions",
                dutch ? Locale.forLanguageTag("nl") : Locale.ROOT, NO_FALLBACK);
        return new MessageFormat(bundle.getString(step.key()), locale).format(step.args().toArray());
    }
}
