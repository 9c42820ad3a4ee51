package app.stride.engine;

import java.util.Locale;

/** Activation functions; none changes a count, they are kept to describe the model. */
public enum Activation {
    LINEAR, RELU, SIGMOID, TANH, SOFTMAX;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Activation parse(String text) {
        for (Activation a : values()) {
            if (a.key().equals(text)) {
                return a;
            }
        }
        throw new IllegalArgumentException("activation must be one of " + String.join(", ",
                java.util.Arrays.stream(values()).map(Activation::key).toList()) + "; got \"" + text + "\"");
    }
}
