package app.stride.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the dots, commas and spaces in a typed number mean, in the locale it was typed in. Dutch
 * and English differ in one case only: a lone separator before exactly three digits ("2,576"),
 * which is a decimal mark in one language and groups thousands in the other. Every other
 * writing reads the same in both, so that a sensible format is never read wrongly because the
 * student writes numbers the other way: "3,6 MB" is 3.6 MB in English too.
 */
final class Separators {

    /** What the rest of the answer says about the number, beyond its digits. */
    enum Hint {
        /** Nothing: the locale decides, and asks where both readings are plausible. */
        NONE,
        /** The quantity is whole (a count, bytes in B): "741.632" can only group thousands. */
        WHOLE,
        /** An exponent or % follows: "3,613e6" and "45,123 %" do not group thousands. */
        DECIMAL
    }

    private static final Pattern GROUPS = Pattern.compile("[0-9]{1,3}([ .,][0-9]{3})*");

    private final char decimalMark;

    private Separators(char decimalMark) {
        this.decimalMark = decimalMark;
    }

    /** Dutch writes a decimal comma; English, and any other language, a decimal point. */
    static Separators of(Locale locale) {
        return new Separators(locale != null && locale.getLanguage().equals("nl") ? ',' : '.');
    }

    char decimalMark() {
        return decimalMark;
    }

    /** The possible values of the digits and separators: none (no number), one, or two to ask about. */
    List<BigDecimal> readings(String digits, Hint hint) {
        boolean dot = digits.indexOf('.') >= 0;
        boolean comma = digits.indexOf(',') >= 0;
        if (digits.indexOf(' ') >= 0) {
            // spaces only ever group thousands: "3 613 600" or "3 613,5"; a mark after them is decimal
            String[] parts = digits.split("[.,]", -1);
            if (parts.length > 2 || !GROUPS.matcher(parts[0]).matches()) {
                return List.of();
            }
            String whole = parts[0].replace(" ", "");
            return parts.length == 1 ? List.of(new BigDecimal(whole)) : listOf(decimal(whole, parts[1]));
        }
        if (dot && comma) {
            // the last separator is the decimal one: 3.613.600,5 or 3,613,600.5
            int last = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
            char thousands = digits.charAt(last) == '.' ? ',' : '.';
            String whole = digits.substring(0, last);
            if (whole.indexOf(digits.charAt(last)) >= 0 || !GROUPS.matcher(whole).matches()) {
                return List.of();
            }
            return listOf(decimal(whole.replace(String.valueOf(thousands), ""), digits.substring(last + 1)));
        }
        if (!dot && !comma) {
            return List.of(new BigDecimal(digits));
        }
        char sep = dot ? '.' : ',';
        if (digits.indexOf(sep) != digits.lastIndexOf(sep)) {
            // the same mark several times groups thousands: 3.613.600 or 3,613,600
            return GROUPS.matcher(digits).matches() ? List.of(new BigDecimal(digits.replace(String.valueOf(sep), "")))
                    : List.of();
        }
        int at = digits.indexOf(sep);
        String before = digits.substring(0, at);
        String after = digits.substring(at + 1);
        Optional<BigDecimal> asDecimal = decimal(before, after);
        boolean couldGroup = after.length() == 3 && !before.isEmpty() && before.length() <= 3
                && before.charAt(0) != '0';
        if (!couldGroup || hint == Hint.DECIMAL || hint == Hint.NONE && sep == decimalMark) {
            return listOf(asDecimal);
        }
        BigDecimal thousands = new BigDecimal(before + after);
        if (hint == Hint.WHOLE) {
            return List.of(thousands);
        }
        // the locale's thousands mark, in a quantity that may have decimals: "2,576 MB" in English
        return asDecimal.map(d -> List.of(thousands, d)).orElse(List.of(thousands));
    }

    /** "3.61", ".3" (nothing before the mark reads as 0), never "3." (a mark with nothing after it). */
    private static Optional<BigDecimal> decimal(String whole, String fraction) {
        if (fraction.isEmpty() || !whole.chars().allMatch(Character::isDigit)
                || !fraction.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal((whole.isEmpty() ? "0" : whole) + "." + fraction));
    }

    private static List<BigDecimal> listOf(Optional<BigDecimal> value) {
        return value.map(List::of).orElse(List.of());
    }
}
