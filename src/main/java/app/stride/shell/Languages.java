package app.stride.shell;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The languages Stride speaks, and how a wish (browser, stored choice) maps onto them. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, DUTCH);

    private Languages() {
    }

    /** Dutch for any Dutch variant (nl-BE, nl-NL), English for everything else. */
    public static Locale supported(Locale wish) {
        return wish != null && DUTCH.getLanguage().equals(wish.getLanguage()) ? DUTCH : ENGLISH;
    }

    /** The first of the browser's preferred languages that Stride speaks; English if none. */
    public static Locale fromBrowser(List<Locale> preferred) {
        for (Locale locale : preferred == null ? List.<Locale>of() : preferred) {
            for (Locale known : SUPPORTED) {
                if (known.getLanguage().equals(locale.getLanguage())) {
                    return known;
                }
            }
        }
        return ENGLISH;
    }

    static List<Locale> list(java.util.Enumeration<Locale> locales) {
        return locales == null ? List.of() : Collections.list(locales);
    }
}
