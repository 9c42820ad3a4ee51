package app.stride.quiz.ui;

import java.time.Duration;

/**
 * A time used or left as a teacher reads it in a table: "42 s", "12 min 5 s", "1 h 20 min", the
 * numbers in the locale's way (through the translations' number format).
 */
final class DurationText {

    /** A component's {@code getTranslation}. */
    interface Translations {
        String get(String key, Object... params);
    }

    private DurationText() {
    }

    static String of(Duration d, Translations t) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return t.get("quiz.results.seconds", seconds);
        }
        if (seconds < 3600) {
            return seconds % 60 == 0 ? t.get("quiz.results.whole.minutes", seconds / 60)
                    : t.get("quiz.results.minutes", seconds / 60, seconds % 60);
        }
        return t.get("quiz.results.hours", seconds / 3600, seconds % 3600 / 60);
    }

    /**
     * In whole minutes, for a time that runs on while the page shows it (used so far, left): the
     * page reads it again every minute, so seconds would be wrong most of the time.
     */
    static String inMinutes(Duration d, Translations t) {
        long minutes = Math.max(0, d.toSeconds()) / 60;
        if (minutes < 1) {
            return t.get("quiz.results.under.minute");
        }
        return minutes < 60 ? t.get("quiz.results.whole.minutes", minutes)
                : t.get("quiz.results.hours", minutes / 60, minutes % 60);
    }
}
