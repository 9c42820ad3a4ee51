package app.stride.grading;

import app.stride.engine.ByteUnit;
import java.math.BigDecimal;

/**
 * One way to read an ambiguous answer: its value in the part's base unit (bytes for memory) and,
 * for memory, the unit it was read in, so that the reading can be said back as the student
 * would write it ("372 992 B = 0.373 MB").
 */
public record Reading(BigDecimal value, ByteUnit unit) {
}
