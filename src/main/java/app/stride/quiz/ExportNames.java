package app.stride.quiz;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The name a downloaded file gets: the quiz's title and the day, so that a teacher's downloads
 * folder holds "week-3-conv-layers-2026-12-02.csv" rather than results (7).csv. Letters and
 * digits only, accents dropped, so that every file system and gradebook takes it.
 */
public final class ExportNames {

    private static final int LONGEST_TITLE = 60;

    private ExportNames() {
    }

    public static String of(String title, LocalDate day, String extension) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > LONGEST_TITLE) {
            plain = plain.substring(0, LONGEST_TITLE).replaceAll("-+$", "");
        }
        return (plain.isEmpty() ? "quiz" : plain) + "-" + day + "." + extension;
    }
}
