package app.stride.practice.ui;

import app.stride.exercise.Exercise;
import app.stride.exercise.Params;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pictures where a student would rather look than read, drawn on the server as SVG: the input
 * grid with the windows of the asked cells, and boxes on the image for IoU, bbox and NMS.
 */
final class Visuals {

    private Visuals() {
    }

    static Optional<Component> of(Exercise exercise) {
        Map<String, Object> p = exercise.params();
        return switch (exercise.template().family()) {
            case "conv-by-hand" -> Optional.of(grid(firstChannel((String) p.get("input")),
                    Params.i(p, "kernel"), 1, p));
            case "pooling" -> p.containsKey("input") ? Optional.of(grid((String) p.get("input"), Params.i(p, "pool"),
                    Params.i(p, "stride"), p)) : Optional.empty();
            case "iou" -> Optional.of(boxes(Params.i(p, "imageW"), Params.i(p, "imageH"), List.of(
                    box(p, "a", "A"), box(p, "b", "B"))));
            case "bbox" -> Optional.of(boxes(Params.i(p, "imageW"), Params.i(p, "imageH"), List.of(new double[] {
                    Params.i(p, "x"), Params.i(p, "y"), Params.i(p, "x") + Params.i(p, "w"),
                    Params.i(p, "y") + Params.i(p, "h"), 0}), List.of("")));
            case "nms" -> Optional.of(nms((String) p.get("table")));
            default -> Optional.empty();
        };
    }

    private static String firstChannel(String text) {
        return text.startsWith("[") ? text.split("\\[2]")[0].replace("[1]", "").strip() : text;
    }

    /** The grid with the window of cell A (blue) and of cell B (orange). */
    private static Component grid(String text, int window, int stride, Map<String, Object> p) {
        String[] rows = text.strip().split("\n");
        int n = rows.length;
        int cell = 36;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='stride-grid' viewBox='0 0 ")
                .append(n * cell + 2).append(' ').append(n * cell + 2).append("' role='img' width='")
                .append(Math.min(360, n * cell + 2)).append("'>");
        for (int i = 0; i < n; i++) {
            String[] values = rows[i].strip().split(" ");
            for (int j = 0; j < values.length; j++) {
                svg.append("<rect x='").append(1 + j * cell).append("' y='").append(1 + i * cell).append("' width='")
                        .append(cell).append("' height='").append(cell).append("' class='cell'/>")
                        .append("<text x='").append(1 + j * cell + cell / 2).append("' y='").append(1 + i * cell + 23)
                        .append("' text-anchor='middle'>").append(values[j]).append("</text>");
            }
        }
        for (String which : List.of("A", "B")) {
            int r = (Params.i(p, "row" + which) - 1) * stride;
            int c = (Params.i(p, "col" + which) - 1) * stride;
            svg.append("<rect x='").append(1 + c * cell).append("' y='").append(1 + r * cell).append("' width='")
                    .append(window * cell).append("' height='").append(window * cell).append("' class='window window-")
                    .append(which.toLowerCase(Locale.ROOT)).append("'/>");
        }
        return new Svg(svg.append("</svg>").toString());
    }

    private static double[] box(Map<String, Object> p, String prefix, String label) {
        return new double[] {Params.i(p, prefix + "x"), Params.i(p, prefix + "y"),
                Params.i(p, prefix + "x") + Params.i(p, prefix + "w"), Params.i(p, prefix + "y") + Params.i(p, prefix + "h"), 0};
    }

    private static Component boxes(int w, int h, List<double[]> boxes) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            labels.add(String.valueOf((char) ('A' + i)));
        }
        return boxes(w, h, boxes, labels);
    }

    private static Component boxes(int w, int h, List<double[]> boxes, List<String> labels) {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='stride-boxes' viewBox='0 0 ")
                .append(w).append(' ').append(h).append("' role='img'><rect x='0' y='0' width='").append(w)
                .append("' height='").append(h).append("' class='image'/>");
        double fontSize = Math.max(3, h / 25.0);
        List<LabelPlacer.Spot> spots = LabelPlacer.place(boxes, labels, fontSize, w, h);
        for (int i = 0; i < boxes.size(); i++) {
            double[] b = boxes.get(i);
            svg.append("<rect x='").append(b[0]).append("' y='").append(b[1]).append("' width='").append(b[2] - b[0])
                    .append("' height='").append(b[3] - b[1]).append("' class='box box-").append(i % 4).append("'/>");
        }
        // labels after all boxes, so that no box line runs through a label
        for (int i = 0; i < boxes.size(); i++) {
            svg.append("<text x='").append(spots.get(i).x()).append("' y='").append(spots.get(i).y())
                    .append("' class='label' font-size='").append(fontSize).append("'>").append(labels.get(i))
                    .append("</text>");
        }
        return new Svg(svg.append("</svg>").toString());
    }

    /** NMS: each box with its index and score, on the 100×100 image the layouts use. */
    private static Component nms(String table) {
        List<double[]> boxes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String row : table.split("\n")) {
            String[] numbers = row.replaceAll("[^0-9.]+", " ").strip().split(" ");
            boxes.add(new double[] {Double.parseDouble(numbers[1]), Double.parseDouble(numbers[2]),
                    Double.parseDouble(numbers[3]), Double.parseDouble(numbers[4]), 0});
            labels.add(numbers[0] + " (" + numbers[5] + ")");
        }
        return boxes(100, 100, boxes, labels);
    }
}
