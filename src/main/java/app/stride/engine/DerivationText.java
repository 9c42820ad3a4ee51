package app.stride.engine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Puts a derivation into words, in English or Dutch, from plain JDK resource bundles so the
 * engine stays free of any framework: "Parameters: each of the 100 filters has 3×3×3 weights
 * and one bias: (3·3·3 + 1)·100 = 2,800" (in Dutch 2.800).
 */
public final class DerivationText {

    private static final String BUNDLE = "app.stride.engine.Derivations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private DerivationText() {
    }

    public static String words(Derivation derivation, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, dutch(locale) ? Locale.forLanguageTag("nl") : Locale.ROOT,
                NO_FALLBACK);
        return new MessageFormat(bundle.getString(derivation.key()), locale).format(derivation.args().toArray());
    }

    public static String render(Derivation derivation, Locale locale) {
        return words(derivation, locale) + ": " + derivation.formula(locale);
    }

    private static boolean dutch(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage());
    }
}
