package app.stride.exercise;

import java.math.BigDecimal;
import java.util.List;

/**
 * A typical wrong computation and what it gives for this exercise's part, so a student's
 * number can be recognized as that mistake.
 */
public record Misconception(String id, String partId, BigDecimal number, List<Integer> list) {

    public static Misconception number(String id, String partId, BigDecimal value) {
        return new Misconception(id, partId, value, null);
    }

    public static Misconception number(String id, String partId, long value) {
        return number(id, partId, BigDecimal.valueOf(value));
    }

    /** Adds the mistake only where its number differs from the right one: otherwise it is no mistake. */
    public static void addIfWrong(List<Misconception> list, String id, String partId, long value, long right) {
        if (value != right) {
            list.add(number(id, partId, value));
        }
    }

    public static Misconception list(String id, String partId, List<Integer> indices) {
        return new Misconception(id, partId, null, List.copyOf(indices));
    }
}
