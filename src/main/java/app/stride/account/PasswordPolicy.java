package app.stride.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Passwords as NIST SP 800-63B (5.1.1.2) asks: long enough, checked against the username and a list
 * of common passwords, and no composition rules. The list is the part of Django's common-password
 * list (Royce Williams' 20,000, lower-cased; BSD licence) that is 8 characters or longer: a shorter
 * password is refused anyway.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    /** BCrypt reads only the first 72 bytes; longer passwords would be silently truncated. */
    static final int MAX_BYTES = 72;
    private static final String LIST = "common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The translation key of the first rule the password breaks for this (normalized) username. */
    static Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("account.error.password.short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("account.error.password.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isEmpty() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.error.password.username");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("account.error.password.common");
        }
        return Optional.empty();
    }

    static int commonPasswords() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LIST);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
