package app.stride.exercise;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** An answer key as a student reads it: grouped in the locale's way, bytes in the part's unit, a choice by its text. */
public final class KeyText {

    private KeyText() {
    }

    public static String of(Exercise exercise, String partId, Locale locale) {
        PartSpec part = exercise.template().part(partId);
        Expected e = exercise.expected(partId);
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        return switch (part.kind()) {
            // the empty set as a student answers it ("none" is read back as the empty set)
            case LIST -> e.list().isEmpty() ? (locale.getLanguage().equals("nl") ? "geen" : "none")
                    : String.join(", ", e.list().stream().map(String::valueOf).toList());
            case CHOICE -> exercise.template().choiceText(e.choice(), locale);
            case BYTES -> number.format(e.number().divide(BigDecimal.valueOf(part.unit().bytes()))) + " "
                    + part.unit().symbol();
            default -> number.format(e.number());
        };
    }
}
