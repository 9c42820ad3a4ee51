package app.stride.api;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Request bodies an attacker would send, written as JSON text: every field takes, now and then,
 * one of the values that break size arithmetic or doubles (0, ±1, 2^30, 2^31 − 1, 2^53, 2^63,
 * 1e308, NaN and Infinity as strings, empty, ragged and deeply nested arrays), and otherwise a
 * small sensible value, so that the other fields pass and the extreme one reaches the work.
 */
final class HostileJson {

    static final List<String> EXTREME_NUMBERS = List.of("0", "1", "-1", "2", "3", "1073741824", "1073741825",
            "2147483646", "2147483647", "2147483648", "-2147483648", "9007199254740992", "9223372036854775807",
            "9223372036854775808", "123456789012345678901234567890", "1e308", "-1e308", "1.7976931348623157e308",
            "-1.7976931348623157e308", "1e200", "-1e200", "4.9e-324", "1e-300", "0.5", "-0.0", "1e400", "2.5");
    static final List<String> FINITE_EXTREMES = List.of("0", "1", "-1", "1073741824", "2147483647",
            "9007199254740992", "9223372036854775807", "123456789012345678901234567890", "1e308", "-1e308",
            "1.7976931348623157e308", "-1.7976931348623157e308", "1e200", "-1e200", "1e154", "4.9e-324", "1e-300",
            "-0.0", "0.5");
    static final List<String> STRINGS = List.of("\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"\"", "\"same\"",
            "\"valid\"", "\"max\"", "\"avg\"", "\"relu\"", "\"softmax\"", "\"input\"", "\"\\u0000\"", "\"1e308\"");
    static final List<String> SHAPELESS = List.of("null", "true", "false", "[]", "{}", "[[]]", "[[[]]]", "[1,[2]]",
            "[[1],[2,3]]", "[[[1]],[[2],[3]]]", "{\"x\":1}");

    private final Random random;

    HostileJson(Random random) {
        this.random = random;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Anything at all: an extreme number, a string, a shapeless value, or deep nesting. */
    String anything() {
        int kind = random.nextInt(10);
        if (kind < 5) {
            return pick(EXTREME_NUMBERS);
        }
        if (kind < 7) {
            return pick(STRINGS);
        }
        if (kind < 9) {
            return pick(SHAPELESS);
        }
        return nested(random.nextBoolean() ? 1 + random.nextInt(60) : 1001 + random.nextInt(600));
    }

    /** [[[...1...]]] with this many levels: past 1000 levels the parser itself refuses it. */
    String nested(int depth) {
        return "[".repeat(depth) + "1" + "]".repeat(depth);
    }

    /** A small sensible value most of the time, an extreme one now and then. */
    String or(Supplier<String> sensible, int extremePercent) {
        return chance(extremePercent) ? anything() : sensible.get();
    }

    /** A number a double holds: small mostly, near the largest or smallest double now and then. */
    String number() {
        return chance(75) ? String.valueOf(random.nextInt(19) - 9) : pick(FINITE_EXTREMES);
    }

    String size() {
        return chance(70) ? String.valueOf(1 + random.nextInt(4))
                : pick(List.of("1", "2", "3", "1073741824", "1073741825", "2147483646", "2147483647"));
    }

    String window() {
        return or(() -> random.nextBoolean() ? size() : "[" + size() + "," + size() + "]", 8);
    }

    String padding() {
        return or(() -> random.nextBoolean() ? "\"same\"" : "\"valid\"", 5);
    }

    /** An array of these dimensions, of numbers; sometimes ragged, sometimes with a stray value. */
    String array(int... dims) {
        StringBuilder out = new StringBuilder();
        array(out, dims, 0);
        return out.toString();
    }

    private void array(StringBuilder out, int[] dims, int level) {
        if (level == dims.length) {
            out.append(chance(1) ? anything() : number());
            return;
        }
        int length = dims[level] + (chance(2) ? random.nextInt(3) - 1 : 0);
        out.append('[');
        for (int i = 0; i < length; i++) {
            out.append(i == 0 ? "" : ",");
            array(out, dims, level + 1);
        }
        out.append(']');
    }

    /** A number of at least 0, as a width or a variance must be. */
    String magnitude() {
        String n = number();
        return n.startsWith("-") ? n.substring(1) : n;
    }

    String magnitudes(int count) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ",").append(magnitude());
        }
        return out.append(']').toString();
    }

    int dim() {
        return 1 + random.nextInt(3);
    }

    /** A JSON object of these "key": value pairs, each left out now and then. */
    String object(String... keysAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (chance(3)) {
                continue;
            }
            out.append(out.length() == 1 ? "" : ",").append('"').append(keysAndValues[i]).append("\":")
                    .append(keysAndValues[i + 1]);
        }
        if (chance(3)) {
            out.append(out.length() == 1 ? "" : ",").append("\"unknown\":").append(anything());
        }
        return out.append('}').toString();
    }

    String summary() {
        int count = chance(5) ? 200 + random.nextInt(800) : random.nextInt(5);
        StringBuilder layers = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            layers.append(i == 0 ? "" : ",").append(layer());
        }
        String input = or(() -> random.nextBoolean()
                ? "[" + size() + "," + size() + "," + size() + "]" : "[" + size() + "]", 10);
        return object("input", input, "bytesPerValue", or(this::size, 15), "batchSize", or(this::size, 15),
                "layers", or(() -> layers + "]", 5));
    }

    private String layer() {
        String type = or(() -> pick(List.of("\"conv2d\"", "\"maxpool2d\"", "\"avgpool2d\"", "\"globalavgpool2d\"",
                "\"batchnorm\"", "\"dropout\"", "\"flatten\"", "\"dense\"", "\"add\"", "\"activation\"")), 5);
        return switch (type) {
            case "\"conv2d\"" -> object("type", type, "filters", or(this::size, 20), "kernel", window(),
                    "stride", window(), "padding", padding(), "useBias", or(() -> "true", 10));
            case "\"maxpool2d\"", "\"avgpool2d\"" -> object("type", type, "pool", window(), "stride", window(),
                    "padding", padding());
            case "\"dense\"" -> object("type", type, "units", or(this::size, 20), "activation",
                    or(() -> "\"relu\"", 10));
            case "\"dropout\"" -> object("type", type, "rate", or(() -> "0.5", 30));
            case "\"add\"" -> object("type", type, "inputs", or(() -> "[\"input\",\"input\"]", 30));
            case "\"activation\"" -> object("type", type, "activation", or(() -> "\"tanh\"", 20));
            default -> object("type", type, "from", or(() -> "\"input\"", 5));
        };
    }

    String conv2d() {
        int h = dim();
        int w = dim();
        int c = dim();
        int kh = dim();
        int kw = dim();
        int cout = dim();
        return object("input", or(() -> array(h, w, c), 5), "kernel", or(() -> array(kh, kw, c, cout), 5),
                "bias", or(() -> array(cout), 5), "stride", window(), "padding", padding());
    }

    String pool() {
        return object("input", or(() -> array(dim(), dim(), dim()), 5), "mode",
                or(() -> random.nextBoolean() ? "\"max\"" : "\"avg\"", 5), "pool", window(), "stride", window(),
                "padding", padding());
    }

    String globalAvgPool() {
        return object("input", or(() -> array(dim(), dim(), dim()), 20));
    }

    String batchNorm() {
        int n = dim();
        int f = dim();
        return object("x", or(() -> array(n, f), 5), "gamma", or(() -> array(f), 5), "beta", or(() -> array(f), 5),
                "epsilon", or(() -> "0.001", 10), "momentum", or(() -> "0.99", 10),
                "movingMean", or(() -> array(f), 5), "movingVariance", or(() -> magnitudes(f), 5),
                "training", or(() -> String.valueOf(random.nextBoolean()), 5));
    }

    String box() {
        return random.nextBoolean()
                ? object("x", number(), "y", number(), "w", magnitude(), "h", magnitude())
                : object("x1", number(), "y1", number(), "x2", number(), "y2", number());
    }

    String iou() {
        return object("a", or(this::box, 3), "b", or(this::box, 3));
    }

    String nms() {
        int n = random.nextInt(5);
        StringBuilder boxes = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            boxes.append(i == 0 ? "" : ",").append(box());
        }
        return object("boxes", or(() -> boxes + "]", 5), "scores", or(() -> array(n), 10),
                "iouThreshold", or(() -> "0.5", 10), "scoreThreshold", or(() -> "0", 10),
                "maxOutput", or(() -> String.valueOf(random.nextInt(4)), 10));
    }

    /** Not quite JSON, or JSON of the wrong kind, for any endpoint. */
    String malformed() {
        return pick(List.<Supplier<String>>of(this::anything, () -> "{", () -> "{\"input\":", () -> "", () -> " ",
                () -> "{\"input\": [1,2,3]]", () -> "{'input': 1}", () -> "{\"a\":1}{\"b\":2}", () -> "\u0000",
                () -> "{\"x\":" + nested(1200) + "}", () -> "{\"input\":" + nested(900) + "}",
                () -> "{\"input\":NaN}", () -> "{\"input\":Infinity}", () -> "[" + "1,".repeat(5000) + "1]")).get();
    }
}
