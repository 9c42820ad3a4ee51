package app.stride.exercise;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a prompt or a part label shows them, in the reader's locale: the decimal mark of the
 * locale (0,1667 in Dutch, 0.1667 in English), every digit the value has and no more, and the
 * locale's thousands grouping as {@link KeyText} writes keys (12.345 in Dutch, 12,345 in
 * English) from 10 000 on only, so that a 4096 in a question is never taken for 4,096.
 */
public final class PromptNumbers {

    private static final BigDecimal GROUPED_FROM = BigDecimal.valueOf(10_000);

    private PromptNumbers() {
    }

    public static String format(Number value, Locale locale) {
        BigDecimal exact = exact(value);
        NumberFormat number = NumberFormat.getNumberInstance(locale == null ? Locale.ENGLISH : locale);
        int decimals = Math.max(0, exact.scale());
        number.setMinimumFractionDigits(decimals);
        number.setMaximumFractionDigits(decimals);
        number.setGroupingUsed(exact.abs().compareTo(GROUPED_FROM) >= 0);
        return number.format(exact);
    }

    private static BigDecimal exact(Number value) {
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            // the shortest decimal that is this double: 0.1, not 0.1000000000000000055
            return d == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(d).stripTrailingZeros();
        }
        return BigDecimal.valueOf(value.longValue());
    }
}
