package app.stride.exercise;

import java.math.BigDecimal;
import java.util.List;

/** The right answer to one part: a number (bytes for memory), a list of indices, or a choice. */
public record Expected(String partId, BigDecimal number, List<Integer> list, String choice) {

    public static Expected number(String partId, BigDecimal value) {
        return new Expected(partId, value, null, null);
    }

    public static Expected number(String partId, long value) {
        return number(partId, BigDecimal.valueOf(value));
    }

    public static Expected list(String partId, List<Integer> indices) {
        return new Expected(partId, null, List.copyOf(indices), null);
    }

    public static Expected choice(String partId, String choiceId) {
        return new Expected(partId, null, null, choiceId);
    }
}
