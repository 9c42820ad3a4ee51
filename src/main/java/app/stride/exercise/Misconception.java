package app.stride.exercise;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typical wrong computation and what it gives for this exercise's part, so a student's
 * number can be recognized as that mistake.
 *
 * @param context the kind of thing the mistake is about where the catalogue words it differently
 *                ("dense" for a dense layer's units, "cell" for one output value), or null
 * @param values  numbers the feedback text names ({bias}, {units}, {depth} ...), besides the
 *                exercise's own parameters
 */
public record Misconception(String id, String partId, BigDecimal number, List<Integer> list, String context,
                            Map<String, Object> values) {

    public Misconception {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public Misconception(String id, String partId, BigDecimal number, List<Integer> list) {
        this(id, partId, number, list, null, Map.of());
    }

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

    /** As {@link #addIfWrong(List, String, String, long, long)}, in a context and naming values in its text. */
    public static void addIfWrong(List<Misconception> list, String id, String partId, long value, long right,
                                  String context, Map<String, Object> values) {
        if (value != right) {
            list.add(number(id, partId, value).in(context, values));
        }
    }

    public static Misconception list(String id, String partId, List<Integer> indices) {
        return new Misconception(id, partId, null, List.copyOf(indices));
    }

    /** The same mistake in a context, with values its text names. */
    public Misconception in(String context, Map<String, Object> values) {
        Map<String, Object> all = new LinkedHashMap<>(this.values);
        all.putAll(values);
        return new Misconception(id, partId, number, list, context, all);
    }

    /** The same mistake, with values its text names. */
    public Misconception with(Map<String, Object> values) {
        return in(context, values);
    }
}
