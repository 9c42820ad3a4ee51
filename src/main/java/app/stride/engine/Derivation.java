package app.stride.engine;

import java.util.List;

/**
 * How one figure was computed: a translation key for the words (with its arguments) and the
 * arithmetic itself, which reads the same in every language, e.g. "(3·3·3 + 1)·100 = 2 800".
 */
public record Derivation(String key, List<Object> args, String formula) {

    public Derivation {
        args = List.copyOf(args);
    }

    public static Derivation of(String key, String formula, Object... args) {
        return new Derivation(key, List.of(args), formula);
    }
}
