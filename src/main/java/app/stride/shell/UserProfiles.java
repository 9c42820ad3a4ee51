package app.stride.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * What the app shell needs to know of a signed-in user. Declared here and implemented by the
 * account feature, so the shell depends on no feature.
 */
public interface UserProfiles {

    Optional<String> displayName(String username);

    Optional<Locale> preferredLocale(String username);

    void savePreferredLocale(String username, Locale locale);
}
