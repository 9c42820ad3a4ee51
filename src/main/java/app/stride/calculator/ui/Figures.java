package app.stride.calculator.ui;

import app.stride.engine.ByteUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Counts and sizes as a reader of that language writes them: 903.400 in Dutch, 903,400 in English. */
final class Figures {

    private Figures() {
    }

    static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** "12,61 MB" / "12.61 MB"; whole bytes are shown exactly. */
    static String bytes(long value, ByteUnit unit, Locale locale) {
        if (unit == ByteUnit.B) {
            return count(value, locale) + " B";
        }
        BigDecimal amount = unit.of(value);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = amount.abs().compareTo(BigDecimal.TEN) >= 0 ? 2 : 3;
        format.setMaximumFractionDigits(decimals);
        return format.format(amount.setScale(decimals, RoundingMode.HALF_UP)) + " " + unit.symbol();
    }
}
