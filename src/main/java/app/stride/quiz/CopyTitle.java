package app.stride.quiz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a duplicated quiz: "Week 3 (copy)", and a copy of that "Week 3 (copy 2)", so that
 * the list never shows two quizzes a teacher cannot tell apart. Within the title's 120 characters:
 * a long title is shortened before its suffix, never the suffix cut off.
 */
final class CopyTitle {

    static final int MAX = 120;
    private static final Pattern COPY = Pattern.compile("^(.*) \\(copy(?: (\\d{1,6}))?\\)$");

    private CopyTitle() {
    }

    static String of(String title) {
        String base = title.strip();
        int number = 1;
        Matcher m = COPY.matcher(base);
        if (m.matches()) {
            base = m.group(1);
            number = m.group(2) == null ? 2 : Integer.parseInt(m.group(2)) + 1;
        }
        String suffix = number == 1 ? " (copy)" : " (copy " + number + ")";
        if (base.length() + suffix.length() > MAX) {
            base = base.substring(0, MAX - suffix.length()).strip();
        }
        return base + suffix;
    }
}
