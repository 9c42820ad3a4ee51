package app.stride.exercise.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to write each box's label so that labels of boxes around the same object do not cover
 * each other: inside the top-left corner if that is free, else above it, then at the other
 * corners and beside the box; failing all, wherever it overlaps least.
 */
final class LabelPlacer {

    /** Text baseline position; {@code x} is the left end. */
    record Spot(double x, double y) {
    }

    /** An estimate of a label's width: SVG text has no measure on the server. */
    static double width(String text, double fontSize) {
        return text.length() * fontSize * 0.6;
    }

    private LabelPlacer() {
    }

    /** boxes: {x1, y1, x2, y2}; the image is w×h. */
    static List<Spot> place(List<double[]> boxes, List<String> labels, double fontSize, double w, double h) {
        List<double[]> taken = new ArrayList<>();
        List<Spot> spots = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            double[] b = boxes.get(i);
            double lw = width(labels.get(i), fontSize);
            double[][] candidates = {
                {b[0] + 1, b[1] + fontSize},
                {b[0], b[1] - 1},
                {b[2] - 1 - lw, b[1] + fontSize},
                {b[2] - lw, b[1] - 1},
                {b[2] - 1 - lw, b[3] - 1},
                {b[0] + 1, b[3] - 1},
                {b[0], b[3] + fontSize},
                {b[2] - lw, b[3] + fontSize},
                {b[2] + 1, b[1] + fontSize},
                {b[0] - 1 - lw, b[1] + fontSize},
                {b[2] + 1, b[3] - 1},
                {b[0] - 1 - lw, b[3] - 1},
            };
            double[] best = null;
            double bestOverlap = Double.MAX_VALUE;
            for (double[] c : candidates) {
                double[] rect = {c[0], c[1] - fontSize, c[0] + lw, c[1] + fontSize * 0.2};
                if (rect[0] < 0 || rect[1] < 0 || rect[2] > w || rect[3] > h) {
                    continue;
                }
                double overlap = 0;
                for (double[] t : taken) {
                    overlap += Math.max(0, Math.min(rect[2], t[2]) - Math.max(rect[0], t[0]))
                            * Math.max(0, Math.min(rect[3], t[3]) - Math.max(rect[1], t[1]));
                }
                if (overlap < bestOverlap) {
                    bestOverlap = overlap;
                    best = rect;
                }
                if (overlap == 0) {
                    break;
                }
            }
            if (best == null) {
                best = new double[] {b[0] + 1, b[1], b[0] + 1 + lw, b[1] + fontSize * 1.2};
            }
            taken.add(best);
            spots.add(new Spot(best[0], best[1] + fontSize));
        }
        return spots;
    }
}
