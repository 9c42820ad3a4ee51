package app.stride.group;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Group join codes: eight characters of the quiz codes' alphabet (no 0/O, 1/I), so that a
 * code is never read wrong from a projector, and its length alone tells it from a quiz's six.
 */
public final class GroupCodes {

    /** The length of a group's code; a quiz's code has {@link #QUIZ_LENGTH}. */
    public static final int LENGTH = 8;
    public static final int QUIZ_LENGTH = 6;
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private GroupCodes() {
    }

    static String next(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return code.toString();
    }

    /** A typed code as stored: without spaces or dashes, upper case. */
    public static String normalized(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a typed code has a group code's shape (to tell a student who typed it where a quiz code goes). */
    public static boolean looksLikeGroupCode(String typed) {
        return normalized(typed).length() == LENGTH;
    }
}
