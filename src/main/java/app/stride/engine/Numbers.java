package app.stride.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the worked solutions write them: in a reader's locale as its number format does
 * (Dutch 8.294.400 and 0,1667, English 8,294,400 and 0.1667), or, with no reader at hand, digits
 * grouped by threes with a thin space and a decimal point.
 */
public final class Numbers {

    /** A narrow no-break space: neither Dutch "." nor English "," — readable in both. */
    public static final char GROUP = '\u202F';

    private Numbers() {
    }

    public static String grouped(long value) {
        return grouped(value, null);
    }

    /** A whole number grouped by threes: with the locale's separator, or a thin space where the locale is null. */
    public static String grouped(long value, Locale locale) {
        char group = locale == null ? GROUP : DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(group);
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "−" : "") + out;
    }

    /**
     * An exact decimal, trailing zeros dropped (0.25, not 0.2500000001), its whole part grouped
     * as {@link #grouped(long, Locale)} and its decimal mark the locale's.
     */
    public static String decimal(BigDecimal value, Locale locale) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        BigDecimal whole = v.abs().setScale(0, RoundingMode.DOWN);
        String fraction = v.abs().subtract(whole).toPlainString();
        String text = grouped(whole.longValueExact(), locale).replace("−", "");
        if (v.scale() > 0) {
            char mark = locale == null ? '.' : DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
            text += mark + fraction.substring(fraction.indexOf('.') + 1);
        }
        // the minus as Java writes it, as the exercises' numbers always were
        return (v.signum() < 0 ? "-" : "") + text;
    }

    public static String decimal(double value, Locale locale) {
        return decimal(BigDecimal.valueOf(value), locale);
    }

    /** Rounded to {@code decimals} places, trailing zeros dropped. */
    public static String round(double value, int decimals, Locale locale) {
        return decimal(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP), locale);
    }
}
