package app.stride.base;

/**
 * The one list of characters that are not text someone else should be shown as typed: they
 * change what the text around them looks like, or hide in it. Display names refuse them; the
 * read model, the CSV and the Moodle XML show them as U+FFFD. One list, so that a name refused
 * at registration is also a name cleaned on the way out, whatever way it came in.
 *
 * <p>Unsafe: control characters (NUL, CR, LF, TAB, DEL, C1), unpaired surrogates, line and
 * paragraph separators, the bidirectional marks, embeddings, overrides and isolates, the zero
 * width space and no-break space (U+200B, U+FEFF), the invisible operators and deprecated format
 * characters, the tag characters (U+E0000–U+E007F) and the noncharacters U+FFFE/U+FFFF. Kept: the
 * zero width joiner U+200D (emoji sequences) and non-joiner U+200C (Persian words).
 */
public final class UnsafeText {

    public static final int REPLACEMENT = 0xFFFD;

    private UnsafeText() {
    }

    public static boolean unsafe(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.SURROGATE // half of a pair: not text
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || bidiControl(cp)
                || invisible(cp)
                || cp >= 0xE0000 && cp <= 0xE007F // tag characters: hidden text
                || cp == 0xFFFE || cp == 0xFFFF;
    }

    /** Whether {@code text} holds an unsafe character. */
    public static boolean holdsUnsafe(String text) {
        return text.codePoints().anyMatch(UnsafeText::unsafe);
    }

    /** {@code text} with every unsafe character replaced by U+FFFD. */
    public static String clean(String text) {
        return replace(text, false);
    }

    /**
     * {@code text} with every unsafe character replaced by U+FFFD but tab, CR and LF, for formats
     * that hold line breaks safely (a quoted CSV cell, XML).
     */
    public static String cleanKeepingLineBreaks(String text) {
        return replace(text, true);
    }

    private static String replace(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean layout = c == '\t' || c == '\r' || c == '\n';
            out.appendCodePoint(unsafe(c) && !(keepLineBreaks && layout) ? REPLACEMENT : c);
        });
        return out.toString();
    }

    private static boolean bidiControl(int cp) {
        return cp == 0x061C // Arabic letter mark
                || cp == 0x200E || cp == 0x200F // left-to-right and right-to-left marks
                || cp >= 0x202A && cp <= 0x202E // embeddings and overrides
                || cp >= 0x2066 && cp <= 0x2069; // isolates
    }

    private static boolean invisible(int cp) {
        return cp == 0x200B // zero width space
                || cp >= 0x2060 && cp <= 0x2064 // word joiner, invisible operators
                || cp >= 0x206A && cp <= 0x206F // deprecated format characters
                || cp >= 0xFFF9 && cp <= 0xFFFB // interlinear annotation
                || cp == 0xFEFF; // zero width no-break space (a BOM inside a name)
    }
}
