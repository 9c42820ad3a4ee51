package app.stride.grading;

import java.math.BigDecimal;
import java.util.List;

/**
 * The grade of one part: its outcome and score, the value read (in the part's base unit: bytes
 * for memory), the misconception it matched, the reason it was no answer, or the readings to
 * choose from (each in the base unit, with the unit it was read in).
 */
public record PartResult(String partId, Outcome outcome, double score, BigDecimal value, List<Integer> list,
                         String misconceptionId, String reasonKey, List<Reading> readings) {

    static PartResult invalid(String partId, String reasonKey) {
        return new PartResult(partId, Outcome.INVALID, 0, null, null, null, reasonKey, List.of());
    }

    static PartResult ambiguous(String partId, List<Reading> readings) {
        return new PartResult(partId, Outcome.AMBIGUOUS, 0, null, null, null, "grading.ambiguous", readings);
    }
}
