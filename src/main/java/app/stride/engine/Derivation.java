package app.stride.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one figure was computed: a translation key for the words (with its arguments) and the
 * arithmetic itself, which reads the same in every language, e.g. "(3·3·3 + 1)·100 = 2 800".
 * The engine's own derivations are named by the {@link Step} they work out and carry their
 * numbers ({@link Arithmetic}); {@link ArithmeticText} writes those out. An exercise's own
 * steps carry only their words and formula.
 * The arithmetic is written out only when someone reads it, in the reader's number format
 * ({@link #formula(Locale)}): summaries and exercises are made far more often than their worked
 * solutions are shown.
 */
public final class Derivation {

    private final Step step;
    private final Arithmetic arithmetic;
    private final String key;
    private final List<Object> args;
    private final Function<Locale, String> writer;
    /** What was written, by the reader's language tag ("" with no locale at hand). */
    private final Map<String, String> written = new HashMap<>();

    private Derivation(Step step, Arithmetic arithmetic, String key, List<Object> args,
                       Function<Locale, String> writer) {
        this.step = step;
        this.arithmetic = arithmetic;
        this.key = key;
        this.args = List.copyOf(args);
        this.writer = writer;
    }

    /** One of the engine's steps: what it works out, its words, and its numbers. */
    public static Derivation of(Step step, String key, Arithmetic arithmetic, Object... args) {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(arithmetic, "arithmetic");
        return new Derivation(step, arithmetic, key, List.of(args), locale -> ArithmeticText.of(arithmetic, locale));
    }

    /** A step whose formula has no numbers a reader's format would change ("0", "—"). */
    public static Derivation of(String key, String formula, Object... args) {
        return new Derivation(null, null, key, List.of(args), locale -> formula);
    }

    /** A derivation whose arithmetic is written the first time it is read, the same in every language. */
    public static Derivation lazy(String key, Supplier<String> formula, Object... args) {
        return new Derivation(null, null, key, List.of(args), locale -> formula.get());
    }

    /** A derivation whose arithmetic is written for each reader's number format, the first time it is read. */
    public static Derivation localized(String key, Function<Locale, String> formula, Object... args) {
        return new Derivation(null, null, key, List.of(args), formula);
    }

    /** The one derivation of {@code steps} that works out {@code step}; {@code owner} says whose they are. */
    static Derivation find(List<Derivation> steps, Step step, String owner) {
        for (Derivation d : steps) {
            if (d.step == step) {
                return d;
            }
        }
        throw new NoSuchElementException(owner + " has no " + step + " step; it has "
                + steps.stream().map(d -> String.valueOf(d.step)).toList());
    }

    /** What this derivation works out; empty for an exercise's own step. */
    public Optional<Step> step() {
        return Optional.ofNullable(step);
    }

    /** The numbers behind the formula; empty for an exercise's own step. */
    public Optional<Arithmetic> arithmetic() {
        return Optional.ofNullable(arithmetic);
    }

    /** The shape a shape step arrives at. */
    public Shape shape() {
        if (arithmetic instanceof Arithmetic.ToShape s) {
            return s.result();
        }
        throw new IllegalStateException(this + " arrives at no shape");
    }

    /** The count (parameters, multiplications, bytes) a counting step arrives at. */
    public long count() {
        if (arithmetic instanceof Arithmetic.ToCount c) {
            return c.result();
        }
        throw new IllegalStateException(this + " arrives at no count");
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The arithmetic with no reader at hand: digits grouped by a thin space, a decimal point. */
    public String formula() {
        return formula(null);
    }

    /** The arithmetic in the reader's number format (Dutch 1.792 and 0,25; English 1,792 and 0.25). */
    public synchronized String formula(Locale locale) {
        return written.computeIfAbsent(locale == null ? "" : locale.toLanguageTag(), tag -> writer.apply(locale));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Derivation d && step == d.step && key.equals(d.key) && args.equals(d.args)
                && formula().equals(d.formula());
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, key, args, formula());
    }

    @Override
    public String toString() {
        return (step == null ? "" : step + " ") + key + args + ": " + formula();
    }
}
