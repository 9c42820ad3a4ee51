package app.stride.api;

import app.stride.modeljson.JsonInput;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nested JSON arrays of numbers read into Java arrays, checking rank, rectangularity and
 * finiteness, and naming the path of the first problem: "$.input[2][1] has 3 values but
 * $.input[0][0] has 4".
 */
final class JsonArrays {

    /** Values one request may hold in its arrays, so no request can exhaust memory. */
    static final int MAX_VALUES = 1_000_000;

    private JsonArrays() {
    }

    static double[] vector(JsonNode node, String path) {
        int[] shape = shape(node, path, 1);
        double[] out = new double[shape[0]];
        for (int i = 0; i < shape[0]; i++) {
            out[i] = value(node.get(i), path + "[" + i + "]");
        }
        return out;
    }

    static double[][] matrix(JsonNode node, String path) {
        int[] shape = shape(node, path, 2);
        double[][] out = new double[shape[0]][];
        for (int i = 0; i < shape[0]; i++) {
            out[i] = row(node.get(i), path + "[" + i + "]", shape[1], path + "[0]");
        }
        return out;
    }

    static double[][][] rank3(JsonNode node, String path) {
        int[] shape = shape(node, path, 3);
        double[][][] out = new double[shape[0]][shape[1]][];
        for (int i = 0; i < shape[0]; i++) {
            JsonNode plane = node.get(i);
            String p = path + "[" + i + "]";
            length(plane, p, shape[1], path + "[0]");
            for (int j = 0; j < shape[1]; j++) {
                out[i][j] = row(plane.get(j), p + "[" + j + "]", shape[2], path + "[0][0]");
            }
        }
        return out;
    }

    static double[][][][] rank4(JsonNode node, String path) {
        int[] shape = shape(node, path, 4);
        double[][][][] out = new double[shape[0]][shape[1]][shape[2]][];
        for (int i = 0; i < shape[0]; i++) {
            JsonNode a = node.get(i);
            String pa = path + "[" + i + "]";
            length(a, pa, shape[1], path + "[0]");
            for (int j = 0; j < shape[1]; j++) {
                JsonNode b = a.get(j);
                String pb = pa + "[" + j + "]";
                length(b, pb, shape[2], path + "[0][0]");
                for (int k = 0; k < shape[2]; k++) {
                    out[i][j][k] = row(b.get(k), pb + "[" + k + "]", shape[3], path + "[0][0][0]");
                }
            }
        }
        return out;
    }

    /** The shape read along the first element of every level; checks the rank and the size cap. */
    private static int[] shape(JsonNode node, String path, int rank) {
        int[] shape = new int[rank];
        JsonNode level = node;
        String p = path;
        long values = 1;
        for (int d = 0; d < rank; d++) {
            if (level == null || !level.isArray()) {
                throw new ApiBadRequestException(p, d == 0
                        ? "The field " + path + " must be a " + rank + "-dimensional array of numbers."
                        : p + " must be an array: " + path + " needs " + rank + " levels of nesting.");
            }
            if (level.isEmpty()) {
                throw new ApiBadRequestException(p, p + " is empty; every level needs at least one value.");
            }
            shape[d] = level.size();
            values *= level.size();
            if (values > MAX_VALUES) {
                throw new ApiBadRequestException(path, path + " has more than " + MAX_VALUES
                        + " values; send a smaller array.");
            }
            level = level.get(0);
            p = p + "[0]";
        }
        if (level == null || !level.isNumber()) {
            throw new ApiBadRequestException(p, p + " must be a number: " + path + " has " + rank
                    + " levels of nesting, not more.");
        }
        return shape;
    }

    private static void length(JsonNode node, String path, int expected, String firstPath) {
        if (node == null || !node.isArray()) {
            throw new ApiBadRequestException(path, path + " must be an array like " + firstPath + ".");
        }
        if (node.size() != expected) {
            throw new ApiBadRequestException(path, path + " has " + node.size() + " values but " + firstPath
                    + " has " + expected + "; the array must be rectangular.");
        }
    }

    private static double[] row(JsonNode node, String path, int expected, String firstPath) {
        length(node, path, expected, firstPath);
        double[] out = new double[expected];
        for (int i = 0; i < expected; i++) {
            out[i] = value(node.get(i), path + "[" + i + "]");
        }
        return out;
    }

    private static double value(JsonNode node, String path) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw new ApiBadRequestException(path, path + " must be a finite number, got "
                    + JsonInput.show(node) + ".");
        }
        return node.asDouble();
    }
}
