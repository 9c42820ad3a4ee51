package app.stride.grading;

import app.stride.engine.ByteUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as Dutch and English students write them: 3.613.600 and 3 613 600 and
 * 3,613,600; 3,6 MB and 3.6 MB; .3; 3.6e6 and 3,6·10^6; a unit (B, KB, MB, GB as the course
 * uses them, KiB, MiB, GiB), a percentage, or a simple fraction. It takes the answer apart;
 * what its dots and commas mean in the student's locale {@link Separators} decides, and a
 * separator that reads two plausible ways ("2,576 MB" in English) is reported as ambiguous.
 */
public final class AnswerParser {

    /** The longest answer kept, in a field or in the database; more is cut off, never an error. */
    public static final int MAX_LENGTH = 200;
    /** The largest power of ten read ("4.05e7", "3,6·10^6"): far beyond any answer, far below a costly number. */
    static final int MAX_EXPONENT = 30;

    /**
     * What was typed, as kept: never null, at most {@link #MAX_LENGTH} characters, a NUL shown as
     * U+FFFD. PostgreSQL's text cannot hold NUL (H2's can): the same answer is kept on both, and a
     * stray NUL from a hostile client is no server error.
     */
    public static String bounded(String typed) {
        String kept = typed == null ? "" : typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
        return kept.replace('\u0000', '\uFFFD');
    }

    private static final Map<String, ByteUnit> UNITS = Map.ofEntries(
            Map.entry("b", ByteUnit.B), Map.entry("byte", ByteUnit.B), Map.entry("bytes", ByteUnit.B),
            Map.entry("kb", ByteUnit.KB), Map.entry("mb", ByteUnit.MB), Map.entry("gb", ByteUnit.GB),
            Map.entry("kib", ByteUnit.KIB), Map.entry("mib", ByteUnit.MIB), Map.entry("gib", ByteUnit.GIB));
    private static final Pattern WHOLE = Pattern.compile(
            "([-+]?)([0-9.,][0-9., ]*?)\\s*(?:(?:[eE]|[x×*·]\\s*10\\s*\\^)\\s*([-+]?[0-9]{1,3}))?\\s*([a-zA-Z%]*)");
    private static final Pattern FRACTION = Pattern.compile("([0-9]{1,9})\\s*/\\s*([0-9]{1,9})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AnswerParser() {
    }

    /**
     * What the student typed in {@code locale} means. {@code wholeWithoutUnit}: the part asks for
     * a whole quantity when no unit is written (a count, or bytes asked in B), so that a lone
     * separator before three digits groups thousands; written "B" or "bytes" means the same.
     */
    public static NumberReading read(String typed, Locale locale, boolean wholeWithoutUnit) {
        return read(typed, locale, wholeWithoutUnit, true);
    }

    /** {@code byHand}: false reads every number with the pattern, the reference the shortcut is tested against. */
    static NumberReading read(String typed, Locale locale, boolean wholeWithoutUnit, boolean byHand) {
        if (typed == null || typed.isBlank()) {
            return new NumberReading.Invalid("grading.invalid.empty");
        }
        String text = typed.strip()
                .replace('\u2212', '-').replace('\u2013', '-')
                .replace('\u202F', ' ').replace('\u00A0', ' ').replace('\u2009', ' ');
        if (hasRunOfSpaces(text)) {
            text = SPACES.matcher(text).replaceAll(" ");
        }
        if (text.length() > 60) {
            return new NumberReading.Invalid("grading.invalid.long");
        }
        if (digitsOnly(text)) {
            return new NumberReading.Value(new BigDecimal(text), null, false);
        }
        Matcher fraction = text.indexOf('/') >= 0 ? FRACTION.matcher(text) : null;
        if (fraction != null && fraction.matches()) {
            BigDecimal denominator = new BigDecimal(fraction.group(2));
            if (denominator.signum() == 0) {
                return new NumberReading.Invalid("grading.invalid.zero");
            }
            return new NumberReading.Value(new BigDecimal(fraction.group(1)).divide(denominator, MathContext.DECIMAL64),
                    null, false);
        }
        Shape shape = byHand ? Shape.simple(text) : null;
        if (shape == null) {
            Matcher m = WHOLE.matcher(text);
            if (!m.matches()) {
                return new NumberReading.Invalid("grading.invalid.number");
            }
            shape = new Shape(m.group(1), m.group(2).strip(), m.group(3), m.group(4));
        }
        return reading(shape, Separators.of(locale), wholeWithoutUnit);
    }

    /** The readings of a number taken apart: by hand in the common case, else by {@link #WHOLE}. */
    record Shape(String sign, String digits, String exponent, String unit) {

        /**
         * Sign, digits and separators, then at most one space and a unit or %: nearly every answer.
         * Null for anything else (spaces inside the number, exponents), which the pattern reads.
         */
        static Shape simple(String text) {
            int n = text.length();
            int i = 0;
            String sign = "";
            if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
                sign = text.substring(0, 1);
                i = 1;
            }
            int start = i;
            while (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == ',')) {
                i++;
            }
            if (i == start) {
                return null;
            }
            String digits = text.substring(start, i);
            if (i < n && text.charAt(i) == ' ') {
                i++;
            }
            for (int j = i; j < n; j++) {
                char c = text.charAt(j);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%')) {
                    return null;
                }
            }
            return new Shape(sign, digits, null, text.substring(i));
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasRunOfSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static NumberReading reading(Shape m, Separators separators, boolean wholeWithoutUnit) {
        String unitText = m.unit().toLowerCase(Locale.ROOT);
        boolean percent = unitText.equals("%");
        ByteUnit unit = null;
        if (!unitText.isEmpty() && !percent) {
            unit = UNITS.get(unitText);
            if (unit == null) {
                return new NumberReading.Invalid("grading.invalid.unit");
            }
        }
        boolean exponent = m.exponent() != null;
        if (exponent && Math.abs(Integer.parseInt(m.exponent())) > MAX_EXPONENT) {
            // no answer in this course is that large or small; such a number only costs work and storage
            return new NumberReading.Invalid("grading.invalid.number");
        }
        Separators.Hint hint = percent || exponent ? Separators.Hint.DECIMAL
                : unit == ByteUnit.B || unit == null && wholeWithoutUnit ? Separators.Hint.WHOLE : Separators.Hint.NONE;
        List<BigDecimal> readings = separators.readings(m.digits(), hint);
        if (readings.isEmpty()) {
            return new NumberReading.Invalid("grading.invalid.number");
        }
        List<NumberReading.Value> values = new ArrayList<>();
        for (BigDecimal r : readings) {
            BigDecimal v = m.sign().equals("-") ? r.negate() : r;
            if (exponent) {
                v = v.scaleByPowerOfTen(Integer.parseInt(m.exponent()));
            }
            values.add(new NumberReading.Value(v, unit, percent));
        }
        return values.size() == 1 ? values.get(0) : new NumberReading.Ambiguous(values);
    }

    /** The common case, read without a regular expression: a plain whole number like 2800. */
    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
