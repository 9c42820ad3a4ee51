package app.stride.engine;

import java.util.Locale;

/** TensorFlow's two padding modes. */
public enum Padding {
    /** No padding: the window stays inside the input. */
    VALID,
    /** Zero padding so that the output has ceil(n / stride) positions. */
    SAME;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Padding parse(String text) {
        for (Padding p : values()) {
            if (p.key().equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("padding must be \"valid\" or \"same\", got \"" + text + "\"");
    }
}
