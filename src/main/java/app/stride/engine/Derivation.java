package app.stride.engine;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How one figure was computed: a translation key for the words (with its arguments) and the
 * arithmetic itself, which reads the same in every language, e.g. "(3·3·3 + 1)·100 = 2 800".
 * The arithmetic is written out only when someone reads it: summaries and exercises are made
 * far more often than their worked solutions are shown.
 */
public final class Derivation {

    private final String key;
    private final List<Object> args;
    private Supplier<String> writer;
    private String formula;

    private Derivation(String key, List<Object> args, Supplier<String> writer) {
        this.key = key;
        this.args = List.copyOf(args);
        this.writer = writer;
    }

    public static Derivation of(String key, String formula, Object... args) {
        Derivation d = new Derivation(key, List.of(args), null);
        d.formula = formula;
        return d;
    }

    /** A derivation whose arithmetic is written the first time it is read. */
    public static Derivation lazy(String key, Supplier<String> formula, Object... args) {
        return new Derivation(key, List.of(args), formula);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public synchronized String formula() {
        if (formula == null) {
            formula = writer.get();
            writer = null;
        }
        return formula;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Derivation d && key.equals(d.key) && args.equals(d.args) && formula().equals(d.formula());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, args, formula());
    }

    @Override
    public String toString() {
        return key + args + ": " + formula();
    }
}
