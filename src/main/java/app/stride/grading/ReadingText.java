package app.stride.grading;

import app.stride.engine.ByteUnit;
import app.stride.engine.Numbers;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.PartSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The readings of an ambiguous answer as the student is asked about them: in the part's unit,
 * with the unit a reading was taken in said back ("372 992 B ≈ 0.373 MB"), in the locale's
 * decimal mark. Thousands are grouped by a thin space in both languages, as the worked solutions
 * do: a grouping comma or dot would write again the very "2,576" that is being asked about.
 */
public final class ReadingText {

    /** A conversion is written exactly up to this many significant digits, else rounded to three. */
    private static final int EXACT_DIGITS = 4;

    private ReadingText() {
    }

    /** One reading, to choose: "2 576 MB", "372 992 B ≈ 0.373 MB", "3,613". */
    public static String shown(PartSpec part, Reading reading, Locale locale) {
        if (part.kind() != AnswerKind.BYTES || reading.unit() == null) {
            return number(reading.value(), locale, true);
        }
        ByteUnit asked = part.unit() == null ? ByteUnit.B : part.unit();
        String typed = number(in(reading.value(), reading.unit()), locale, true) + " " + reading.unit().symbol();
        if (reading.unit() == asked) {
            return typed;
        }
        BigDecimal converted = in(reading.value(), asked);
        boolean exact = converted.precision() <= EXACT_DIGITS;
        BigDecimal shown = exact ? converted : converted.round(new MathContext(3));
        return typed + (exact ? " = " : " ≈ ") + number(shown, locale, true) + " " + asked.symbol();
    }

    /** The readings to choose from, joined: "A or B", "A, B or C", {@code or} being the locale's word. */
    public static String choices(PartSpec part, List<Reading> readings, Locale locale, String or) {
        List<String> shown = new ArrayList<>();
        readings.forEach(r -> shown.add(shown(part, r, locale)));
        if (shown.size() <= 1) {
            return String.join("", shown);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " " + or + " " + shown.get(shown.size() - 1);
    }

    /**
     * The reading written so that it reads one way only, to put in the field when the student
     * chooses it: no grouping, the locale's decimal mark, memory with its unit ("372992 B").
     */
    public static String typed(PartSpec part, Reading reading, Locale locale) {
        if (part.kind() != AnswerKind.BYTES || reading.unit() == null) {
            return number(reading.value(), locale, false);
        }
        return number(in(reading.value(), reading.unit()), locale, false) + " " + reading.unit().symbol();
    }

    private static BigDecimal in(BigDecimal bytes, ByteUnit unit) {
        return bytes.divide(BigDecimal.valueOf(unit.bytes()), MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static String number(BigDecimal value, Locale locale, boolean grouped) {
        String plain = value.stripTrailingZeros().toPlainString();
        String sign = plain.startsWith("-") ? "−" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);
        if (grouped) {
            whole = grouped(whole);
        } else if (!sign.isEmpty()) {
            sign = "-";
        }
        char mark = Separators.of(locale).decimalMark();
        return sign + whole + (fraction.isEmpty() ? "" : mark + fraction);
    }

    /** Digits grouped by threes with a thin space, as {@link Numbers#grouped}, of any length. */
    private static String grouped(String digits) {
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(Numbers.GROUP);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
