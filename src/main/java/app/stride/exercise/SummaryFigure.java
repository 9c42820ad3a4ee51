package app.stride.exercise;

import java.util.List;

/**
 * A model's summary as Keras prints it — per layer its name, type, output shape and parameters —
 * with the cells the question asks, or that would give an asked one away, left blank (null).
 *
 * @param totalParams null when blank
 */
public record SummaryFigure(List<Integer> inputShape, List<Row> rows, Long totalParams) implements Figure {

    public SummaryFigure {
        inputShape = List.copyOf(inputShape);
        rows = List.copyOf(rows);
    }

    /** One layer; {@code outputShape} and {@code params} are null where the student fills them in. */
    public record Row(String name, String type, List<Integer> outputShape, Long params) {

        public Row {
            outputShape = outputShape == null ? null : List.copyOf(outputShape);
        }
    }
}
