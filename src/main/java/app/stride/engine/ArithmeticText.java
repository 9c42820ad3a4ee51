package app.stride.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a derivation's numbers the way the course does: products with "·", results with their
 * digits grouped in the reader's format ({@link Numbers#grouped(long, Locale)}; a thin space
 * where no locale is given), byte counts with "B".
 */
public final class ArithmeticText {

    private ArithmeticText() {
    }

    public static String of(Arithmetic arithmetic) {
        return of(arithmetic, null);
    }

    public static String of(Arithmetic arithmetic, Locale locale) {
        return new Writer(locale).of(arithmetic);
    }

    /** One axis: "⌈200 / 2⌉ = 100", "32 − 3 + 1 = 30", or just "32" where same padding with stride 1 keeps it. */
    public static String axis(Arithmetic.Axis a) {
        return axis(a, null);
    }

    public static String axis(Arithmetic.Axis a, Locale locale) {
        return new Writer(locale).axis(a);
    }

    private record Writer(Locale locale) {

        String n(long value) {
            return Numbers.grouped(value, locale);
        }

        String of(Arithmetic arithmetic) {
            if (arithmetic instanceof Arithmetic.Sliding s) {
                return "H = " + axis(s.height()) + ", W = " + axis(s.width()) + ", C = " + n(s.channels());
            }
            if (arithmetic instanceof Arithmetic.Flattened f) {
                return dots(f.input().dims()) + " = " + n(f.result().dim(0));
            }
            if (arithmetic instanceof Arithmetic.Reshaped r) {
                return shape(r.input()) + " → " + shape(r.result());
            }
            if (arithmetic instanceof Arithmetic.Kept k) {
                return shape(k.result());
            }
            if (arithmetic instanceof Arithmetic.Joined j) {
                return String.join(" + ", j.inputs()) + " → " + shape(j.result());
            }
            if (arithmetic instanceof Arithmetic.Weights w) {
                String perUnit = dots(w.perUnit());
                return (w.bias() ? "(" + perUnit + " + 1)·" : perUnit + "·") + n(w.units()) + " = " + n(w.result());
            }
            if (arithmetic instanceof Arithmetic.Product p) {
                return p.groups().stream().map(this::dots).collect(Collectors.joining(" · ")) + " = " + n(p.result());
            }
            if (arithmetic instanceof Arithmetic.PerChannel b) {
                long c = b.channels();
                return "4·" + n(c) + " = " + n(b.result()) + " (2·" + n(c) + " = " + n(b.trainable())
                        + " + 2·" + n(c) + " = " + n(b.result() - b.trainable()) + ")";
            }
            if (arithmetic instanceof Arithmetic.Nothing) {
                return "0";
            }
            if (arithmetic instanceof Arithmetic.ShapeBytes b) {
                return dots(b.shape().dims()) + " · " + b.bytesPerValue() + " B = " + n(b.result()) + " B";
            }
            if (arithmetic instanceof Arithmetic.CountBytes b) {
                return n(b.count()) + " · " + b.bytesPerValue() + " B = " + n(b.result()) + " B";
            }
            if (arithmetic instanceof Arithmetic.Sum s) {
                List<Long> nonZero = s.terms().stream().filter(t -> t != 0).toList();
                return (nonZero.isEmpty() ? "0" : joined(nonZero, " + ")) + " = " + n(s.result());
            }
            if (arithmetic instanceof Arithmetic.Peak p) {
                return joined(p.tensorBytes(), " + ") + " + " + n(p.paramBytes()) + " = " + n(p.result()) + " B";
            }
            if (arithmetic instanceof Arithmetic.Training t) {
                return t.batchSize() + " · (" + n(t.activationBytes()) + " + " + n(t.inputBytes()) + ") + "
                        + n(t.paramBytes()) + " + " + n(t.gradientBytes()) + " = " + n(t.result()) + " B";
            }
            throw new IllegalArgumentException("no writing for " + arithmetic.getClass().getSimpleName());
        }

        String axis(Arithmetic.Axis a) {
            int length = a.length();
            int s = a.stride();
            if (a.padding() == Padding.SAME) {
                return s == 1 ? n(length) : "⌈" + n(length) + " / " + s + "⌉ = " + n(a.result());
            }
            int k = a.window();
            return s == 1 ? n(length) + " − " + k + " + 1 = " + n(a.result())
                    : "⌊(" + n(length) + " − " + k + ") / " + s + "⌋ + 1 = " + n(a.result());
        }

        private String shape(Shape shape) {
            return locale == null ? shape.toString() : shape.dims().stream().map(d -> n(d))
                    .collect(Collectors.joining(", ", "[", "]"));
        }

        private String dots(List<? extends Number> factors) {
            return factors.stream().map(f -> n(f.longValue())).collect(Collectors.joining("·"));
        }

        private String joined(List<Long> values, String separator) {
            return values.stream().map(this::n).collect(Collectors.joining(separator));
        }
    }
}
