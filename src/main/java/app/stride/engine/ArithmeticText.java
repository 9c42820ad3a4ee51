package app.stride.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a derivation's numbers the way the course does, the same in every language: products
 * with "·", results with their digits grouped ({@link Numbers#grouped}), byte counts with "B".
 */
public final class ArithmeticText {

    private ArithmeticText() {
    }

    public static String of(Arithmetic arithmetic) {
        if (arithmetic instanceof Arithmetic.Sliding s) {
            return "H = " + axis(s.height()) + ", W = " + axis(s.width()) + ", C = " + s.channels();
        }
        if (arithmetic instanceof Arithmetic.Flattened f) {
            return dots(f.input().dims()) + " = " + Numbers.grouped(f.result().dim(0));
        }
        if (arithmetic instanceof Arithmetic.Reshaped r) {
            return r.input() + " → " + r.result();
        }
        if (arithmetic instanceof Arithmetic.Kept k) {
            return k.result().toString();
        }
        if (arithmetic instanceof Arithmetic.Joined j) {
            return String.join(" + ", j.inputs()) + " → " + j.result();
        }
        if (arithmetic instanceof Arithmetic.Weights w) {
            String perUnit = dots(w.perUnit());
            return (w.bias() ? "(" + perUnit + " + 1)·" : perUnit + "·") + w.units() + " = "
                    + Numbers.grouped(w.result());
        }
        if (arithmetic instanceof Arithmetic.Product p) {
            return p.groups().stream().map(ArithmeticText::dots).collect(Collectors.joining(" · ")) + " = "
                    + Numbers.grouped(p.result());
        }
        if (arithmetic instanceof Arithmetic.PerChannel b) {
            long c = b.channels();
            return "4·" + c + " = " + Numbers.grouped(b.result()) + " (2·" + c + " = " + Numbers.grouped(b.trainable())
                    + " + 2·" + c + " = " + Numbers.grouped(b.result() - b.trainable()) + ")";
        }
        if (arithmetic instanceof Arithmetic.Nothing) {
            return "0";
        }
        if (arithmetic instanceof Arithmetic.ShapeBytes b) {
            return dots(b.shape().dims()) + " · " + b.bytesPerValue() + " B = " + Numbers.grouped(b.result()) + " B";
        }
        if (arithmetic instanceof Arithmetic.CountBytes b) {
            return Numbers.grouped(b.count()) + " · " + b.bytesPerValue() + " B = " + Numbers.grouped(b.result())
                    + " B";
        }
        if (arithmetic instanceof Arithmetic.Sum s) {
            List<Long> nonZero = s.terms().stream().filter(t -> t != 0).toList();
            return (nonZero.isEmpty() ? "0" : grouped(nonZero, " + ")) + " = " + Numbers.grouped(s.result());
        }
        if (arithmetic instanceof Arithmetic.Peak p) {
            return grouped(p.tensorBytes(), " + ") + " + " + Numbers.grouped(p.paramBytes()) + " = "
                    + Numbers.grouped(p.result()) + " B";
        }
        if (arithmetic instanceof Arithmetic.Training t) {
            return t.batchSize() + " · (" + Numbers.grouped(t.activationBytes()) + " + "
                    + Numbers.grouped(t.inputBytes()) + ") + " + Numbers.grouped(t.paramBytes()) + " + "
                    + Numbers.grouped(t.gradientBytes()) + " = " + Numbers.grouped(t.result()) + " B";
        }
        throw new IllegalArgumentException("no writing for " + arithmetic.getClass().getSimpleName());
    }

    /** One axis: "⌈200 / 2⌉ = 100", "32 − 3 + 1 = 30", or just "32" where same padding with stride 1 keeps it. */
    public static String axis(Arithmetic.Axis a) {
        int n = a.length();
        int s = a.stride();
        if (a.padding() == Padding.SAME) {
            return s == 1 ? String.valueOf(n) : "⌈" + n + " / " + s + "⌉ = " + a.result();
        }
        int k = a.window();
        return s == 1 ? n + " − " + k + " + 1 = " + a.result() : "⌊(" + n + " − " + k + ") / " + s + "⌋ + 1 = "
                + a.result();
    }

    private static String dots(List<? extends Number> factors) {
        return factors.stream().map(String::valueOf).collect(Collectors.joining("·"));
    }

    private static String grouped(List<Long> values, String separator) {
        return values.stream().map(Numbers::grouped).collect(Collectors.joining(separator));
    }
}
