package app.stride.api;

import java.util.List;
import java.util.Map;

/**
 * The last guard before an answer is written: every number in it is finite. The runtime's ops
 * already refuse what would overflow, naming the value; this keeps a NaN from ever reaching a
 * caller as the text "NaN" should an op miss one.
 */
final class FiniteResults {

    private FiniteResults() {
    }

    static Map<String, Object> checked(Map<String, Object> answer) {
        answer.forEach((field, value) -> check(value, "$." + field));
        return answer;
    }

    private static void check(Object value, String path) {
        if (value instanceof Double d) {
            finite(d, path);
        } else if (value instanceof double[] row) {
            for (int i = 0; i < row.length; i++) {
                finite(row[i], path + "[" + i + "]");
            }
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                check(array[i], path + "[" + i + "]");
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> check(v, path + "." + k));
        }
    }

    private static void finite(double d, String path) {
        if (!Double.isFinite(d)) {
            throw new ApiBadRequestException("$", "The result " + path + " would be " + d
                    + ", not a finite number; send smaller values.");
        }
    }
}
