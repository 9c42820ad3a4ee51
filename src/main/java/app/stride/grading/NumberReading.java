package app.stride.grading;

import app.stride.engine.ByteUnit;
import java.math.BigDecimal;
import java.util.List;

/** What a student's typed number means: one value, two possible values, or no number at all. */
public sealed interface NumberReading {

    /** A number, with the memory unit written after it (null when none). */
    record Value(BigDecimal number, ByteUnit unit, boolean percent) implements NumberReading {

        /** The number in bytes: the unit applied, or the number itself when no unit was written. */
        public BigDecimal bytes() {
            return unit == null ? number : number.multiply(BigDecimal.valueOf(unit.bytes()));
        }

        /** The plain value, a percentage turned into a fraction. */
        public BigDecimal plain() {
            return percent ? number.movePointLeft(2) : number;
        }
    }

    /** "3.613" could be 3613 or 3.613: the student is asked which, never guessed for. */
    record Ambiguous(List<Value> readings) implements NumberReading {
    }

    /** Not a number Stride can read; the key names the reason in the translation files. */
    record Invalid(String reasonKey) implements NumberReading {
    }
}
