package app.stride.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * What the app shell needs to know of a signed-in user. Declared here and implemented by the
 * account feature, so the shell depends on no feature.
 */
public interface UserProfiles {

    /** The signed-in user's display name (who is asking comes from the security context, never a parameter). */
    Optional<String> displayName();

    /** The language the signed-in user chose last, if any. */
    Optional<Locale> preferredLocale();

    /** Remembers {@code locale} for the signed-in user. */
    void savePreferredLocale(Locale locale);
}
