package app.stride.modeljson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checked reading of request fields, shared by the engine's and the runtime's endpoints: each
 * problem is an {@link JsonFieldException} that names the JSON path and says what is wrong.
 */
public final class JsonInput {

    private JsonInput() {
    }

    public static String at(String path, String field) {
        return path + "." + field;
    }

    /** Refuses fields that the endpoint does not know, so a typo never passes as a default. */
    public static void onlyFields(JsonNode node, String path, Set<String> allowed, String what) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw new JsonFieldException(at(path, field), "The field " + field + " is not a field of " + what
                        + (allowed.isEmpty() ? "." : "; it takes " + String.join(", ", new TreeSet<>(allowed)) + "."));
            }
        }
    }

    public static JsonNode required(JsonNode parent, String field, String path, String what) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw new JsonFieldException(at(path, field), "The field " + field + " is missing: give " + what + ".");
        }
        return value;
    }

    public static boolean absent(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull();
    }

    public static int positiveInt(JsonNode node, String path, String field) {
        if (node == null || !node.isNumber() || !node.canConvertToExactIntegral()) {
            throw new JsonFieldException(path, "The field " + field + " must be a whole number, got "
                    + show(node) + ".");
        }
        if (!node.canConvertToInt() || node.asLong() <= 0) {
            throw new JsonFieldException(path, "The field " + field + " must be a positive whole number up to "
                    + Integer.MAX_VALUE + ", got " + show(node) + ".");
        }
        return node.asInt();
    }

    /** A kernel, stride or pool size: one number or [height, width]; {@code fallback} when absent. */
    public static int[] window(JsonNode parent, String field, String path, int[] fallback, String what) {
        if (absent(parent, field)) {
            if (fallback == null) {
                throw new JsonFieldException(at(path, field), "The field " + field + " is missing at " + path
                        + ": give " + what + ".");
            }
            return fallback;
        }
        JsonNode value = parent.get(field);
        if (value.isArray()) {
            if (value.size() != 2) {
                throw new JsonFieldException(at(path, field),
                        "The field " + field + " must be one number or [height, width], got " + show(value) + ".");
            }
            return new int[] {positiveInt(value.get(0), at(path, field) + "[0]", field + "[0]"),
                    positiveInt(value.get(1), at(path, field) + "[1]", field + "[1]")};
        }
        int size = positiveInt(value, at(path, field), field);
        return new int[] {size, size};
    }

    /** One of a few words, case-insensitive; {@code fallback} when absent (null: required). */
    public static String choice(JsonNode parent, String field, String path, Set<String> allowed, String fallback) {
        if (absent(parent, field)) {
            if (fallback == null) {
                throw new JsonFieldException(at(path, field), "The field " + field + " is missing: give one of "
                        + String.join(", ", new TreeSet<>(allowed)) + ".");
            }
            return fallback;
        }
        JsonNode value = parent.get(field);
        String text = value.isTextual() ? value.asText().toLowerCase(Locale.ROOT) : "";
        if (!allowed.contains(text)) {
            throw new JsonFieldException(at(path, field), "The field " + field + " must be one of "
                    + String.join(", ", new TreeSet<>(allowed)) + ", got " + show(value) + ".");
        }
        return text;
    }

    public static boolean bool(JsonNode parent, String field, String path, boolean fallback) {
        if (absent(parent, field)) {
            return fallback;
        }
        JsonNode value = parent.get(field);
        if (!value.isBoolean()) {
            throw new JsonFieldException(at(path, field),
                    "The field " + field + " must be true or false, got " + show(value) + ".");
        }
        return value.asBoolean();
    }

    /** A finite number within [min, max]. */
    public static double number(JsonNode value, String path, String field, double min, double max) {
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new JsonFieldException(path, "The field " + field + " must be a number, got "
                    + show(value) + ".");
        }
        double d = value.asDouble();
        if (d < min || d > max) {
            throw new JsonFieldException(path, "The field " + field + " must be between " + format(min)
                    + " and " + format(max) + ", got " + show(value) + ".");
        }
        return d;
    }

    /** A value as the caller sent it, cut short: an error message never echoes a megabyte back. */
    public static String show(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
