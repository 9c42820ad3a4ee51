package app.stride.account;

import app.stride.base.UnsafeText;

/**
 * A name other people see (teachers' views, the CSV): trimmed, at most 80 characters counted as
 * a reader counts them (code points, so an emoji is one, not two), and without characters that
 * change what the text around it looks like or hide in it ({@link UnsafeText}: control characters,
 * bidirectional overrides that can make "Bob" display as someone else's name in a list, zero-width
 * and tag characters).
 */
final class DisplayName {

    static final int MAX_CODE_POINTS = 80;

    private DisplayName() {
    }

    /** The name as stored; throws with the field's message if it cannot be one. */
    static String check(String raw) {
        String name = trim(raw == null ? "" : raw);
        if (name.isEmpty()) {
            throw new AccountInputException("displayName", "account.error.displayname.required");
        }
        if (UnsafeText.holdsUnsafe(name)) {
            throw new AccountInputException("displayName", "account.error.displayname.characters");
        }
        if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
            throw new AccountInputException("displayName", "account.error.displayname.long");
        }
        return name;
    }

    /** Blanks of any kind at either end, the no-break space too (String.strip keeps it). */
    private static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && blank(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && blank(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(start, end);
    }

    private static boolean blank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
