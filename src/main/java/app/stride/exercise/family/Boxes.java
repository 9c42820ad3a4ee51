package app.stride.exercise.family;

import app.stride.exercise.BoxesFigure;
import app.stride.exercise.Params;
import app.stride.runtime.Box;
import java.math.BigDecimal;
import java.util.Map;

/** Boxes from template parameters, and their numbers written as an exercise shows them. */
final class Boxes {

    private Boxes() {
    }

    /** A box from pixel parameters: top-left corner {@code <p>x, <p>y} and size {@code <p>w, <p>h}. */
    static Box pixels(Map<String, Object> p, String prefix) {
        double x = Params.i(p, prefix + "x");
        double y = Params.i(p, prefix + "y");
        return new Box(x, y, x + Params.i(p, prefix + "w"), y + Params.i(p, prefix + "h"));
    }

    /** A box as a figure draws it, in pixels. */
    static BoxesFigure.LabeledBox labeled(String label, Box box, Double score) {
        return new BoxesFigure.LabeledBox(label, box.x1(), box.y1(), box.x2(), box.y2(), score);
    }

    /** An exact decimal, trailing zeros dropped: 0.25, not 0.2500000001. */
    static String decimal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            // whole pixels are most of what a prompt shows; they need no BigDecimal
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The same exact decimal as a number, for a prompt to show in the reader's locale. */
    static BigDecimal exact(double value) {
        return new BigDecimal(decimal(value));
    }

    /** As {@link #decimal(double)}, in the reader's number format (a worked solution's formula). */
    static String decimal(double value, java.util.Locale locale) {
        return app.stride.engine.Numbers.decimal(value, locale);
    }

    /** Between numbers in a row: ", ", or "; " where the comma is the decimal mark (Dutch 0,5; 1,5). */
    static String separator(java.util.Locale locale) {
        return locale != null && java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ','
                ? "; " : ", ";
    }

    static String round(double value, int decimals, java.util.Locale locale) {
        return app.stride.engine.Numbers.round(value, decimals, locale);
    }

    static String round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
