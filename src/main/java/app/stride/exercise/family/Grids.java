package app.stride.exercise.family;

import app.stride.exercise.Params;
import app.stride.runtime.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Small integer grids drawn from a parameter, and written as rows the way an exercise shows them. */
final class Grids {

    private Grids() {
    }

    /** A size×size×channels tensor of whole numbers in [min, max], fixed by the parameter {@code seedName}. */
    static Tensor draw(Map<String, Object> p, String seedName, int size, int channels, int min, int max) {
        SplittableRandom random = new SplittableRandom(Params.i(p, seedName) * 7919L + channels);
        double[][][] values = new double[size][size][channels];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    values[i][j][c] = random.nextInt(min, max + 1);
                }
            }
        }
        return Tensor.of(values);
    }

    /** Channel {@code c} as rows of numbers: "1 0 2\n3 1 0". */
    static String rows(Tensor t, int c) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.dim(0); i++) {
            for (int j = 0; j < t.dim(1); j++) {
                out.append(j == 0 ? "" : " ").append(Boxes.decimal(t.get(i, j, c)));
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    /** Filter {@code f}, input channel {@code c} of a kernel, as rows. */
    static String rows(Tensor kernel, int c, int f) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < kernel.dim(0); i++) {
            for (int j = 0; j < kernel.dim(1); j++) {
                out.append(j == 0 ? "" : " ").append(Boxes.decimal(kernel.get(i, j, c, f)));
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    /** An input's channels as a figure holds them: {@code [channel][row][column]}. */
    static List<List<List<Double>>> channels(Tensor t) {
        List<List<List<Double>>> grids = new ArrayList<>();
        for (int c = 0; c < t.dim(2); c++) {
            List<List<Double>> rows = new ArrayList<>();
            for (int i = 0; i < t.dim(0); i++) {
                List<Double> row = new ArrayList<>();
                for (int j = 0; j < t.dim(1); j++) {
                    row.add(t.get(i, j, c));
                }
                rows.add(row);
            }
            grids.add(rows);
        }
        return grids;
    }

    /** Filter {@code f} of a kernel per input channel: {@code [channel][row][column]}. */
    static List<List<List<Double>>> channels(Tensor kernel, int f) {
        List<List<List<Double>>> grids = new ArrayList<>();
        for (int c = 0; c < kernel.dim(2); c++) {
            List<List<Double>> rows = new ArrayList<>();
            for (int i = 0; i < kernel.dim(0); i++) {
                List<Double> row = new ArrayList<>();
                for (int j = 0; j < kernel.dim(1); j++) {
                    row.add(kernel.get(i, j, c, f));
                }
                rows.add(row);
            }
            grids.add(rows);
        }
        return grids;
    }
}
