package app.stride.exercise;

import java.util.Map;

/** Typed access to an exercise's parameters. */
public final class Params {

    private Params() {
    }

    public static int i(Map<String, Object> params, String name) {
        Object v = params.get(name);
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw new IllegalArgumentException("parameter " + name + " must be a number, got " + v);
    }

    public static double d(Map<String, Object> params, String name) {
        Object v = params.get(name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("parameter " + name + " must be a number, got " + v);
    }

    public static String s(Map<String, Object> params, String name) {
        Object v = params.get(name);
        if (v == null) {
            throw new IllegalArgumentException("parameter " + name + " is missing");
        }
        return String.valueOf(v);
    }
}
