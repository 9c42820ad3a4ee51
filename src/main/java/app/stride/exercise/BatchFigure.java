package app.stride.exercise;

import java.util.List;

/**
 * The mini-batch of one feature that a batch-norm question normalizes.
 *
 * @param picked the instance (from 0) whose x̂ and y are asked, or null if neither is
 */
public record BatchFigure(List<Double> values, Integer picked) implements Figure {

    public BatchFigure {
        values = List.copyOf(values);
    }
}
