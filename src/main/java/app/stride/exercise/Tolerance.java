package app.stride.exercise;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How close an answer must be: exact, within a relative margin (memory rounded to 3.6 MB), or
 * within an absolute margin (an IoU to two decimals). Stated to the student with the question.
 */
public record Tolerance(double relative, double absolute) {

    public static final Tolerance EXACT = new Tolerance(0, 0);

    public Tolerance {
        if (relative < 0 || absolute < 0 || !Double.isFinite(relative) || !Double.isFinite(absolute)) {
            throw new IllegalArgumentException("a tolerance is a finite number of at least 0");
        }
    }

    public boolean accepts(BigDecimal expected, BigDecimal actual) {
        if (isExact()) {
            return expected.compareTo(actual) == 0;
        }
        BigDecimal difference = expected.subtract(actual, MathContext.DECIMAL128).abs();
        if (difference.signum() == 0) {
            return true;
        }
        return difference.compareTo(margin(expected)) <= 0;
    }

    /** How far from this expected value an answer may be: the absolute margin, or the relative one if larger. */
    public BigDecimal margin(BigDecimal expected) {
        return BigDecimal.valueOf(absolute)
                .max(expected.abs().multiply(BigDecimal.valueOf(relative), MathContext.DECIMAL128));
    }

    public boolean isExact() {
        return relative == 0 && absolute == 0;
    }
}
