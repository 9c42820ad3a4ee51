package app.stride.exercise;

import java.util.Locale;

/** A text in English and Dutch, as the bank writes it. */
public record Text(String en, String nl) {

    public String in(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) ? nl : en;
    }
}
