package app.stride.exercise;

import java.util.List;
import java.util.SplittableRandom;

/** Where a parameter's value comes from: one of a list, or a whole number in a range with a step. */
public record ParamSpec(List<Object> choices, long min, long max, long step) {

    public static ParamSpec choices(List<Object> values) {
        return new ParamSpec(List.copyOf(values), 0, 0, 0);
    }

    public static ParamSpec range(long min, long max, long step) {
        return new ParamSpec(null, min, max, step);
    }

    public Object draw(SplittableRandom random) {
        if (choices != null) {
            return choices.get(random.nextInt(choices.size()));
        }
        long steps = (max - min) / step;
        return min + step * random.nextLong(steps + 1);
    }
}
