package app.stride.exercise;

import app.stride.engine.ByteUnit;
import app.stride.engine.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
            case BYTES -> bytes(e.number(), part.unit(), locale);
            default -> number.format(e.number());
        };
    }

    /** Bytes in a unit as a key writes them ("62,3324 MB"): the worked solution's last step ends in the same words. */
    public static String bytes(BigDecimal bytes, ByteUnit unit, Locale locale) {
        BigDecimal inUnit = bytes.divide(BigDecimal.valueOf(unit.bytes()));
        if (locale == null) {
            // no reader at hand: as a formula is then written, a thin space between groups and a decimal point
            return Numbers.decimal(inUnit.setScale(Math.min(4, Math.max(0, inUnit.scale())), RoundingMode.HALF_EVEN),
                    null) + " " + unit.symbol();
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        return number.format(inUnit) + " " + unit.symbol();
    }
}
