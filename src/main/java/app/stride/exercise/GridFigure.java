package app.stride.exercise;

import app.stride.runtime.Pad;
import java.util.List;

/**
 * Input grids, one per channel, with the kernel if there is one, and the window under each asked
 * output cell as the runtime placed it.
 *
 * @param input   values as {@code input[channel][row][column]}
 * @param kernel  the one filter as {@code kernel[channel][row][column]}; empty when pooling
 * @param windows the asked cells' windows; empty when the question asks about no cell
 */
public record GridFigure(List<List<List<Double>>> input, List<List<List<Double>>> kernel, int windowHeight,
                         int windowWidth, int strideHeight, int strideWidth, Pad padding, List<CellWindow> windows)
        implements Figure {

    public GridFigure {
        input = copy(input);
        kernel = copy(kernel);
        windows = List.copyOf(windows);
    }

    /**
     * The window of one asked output cell.
     *
     * @param row      output row, from 0
     * @param col      output column, from 0
     * @param rowStart input row of the window's top row, from 0; negative where it starts in the padding
     * @param colStart input column of the window's left column; negative in the padding
     */
    public record CellWindow(String partId, int row, int col, int rowStart, int colStart) {
    }

    private static List<List<List<Double>>> copy(List<List<List<Double>>> grids) {
        return grids.stream().map(g -> g.stream().map(List::copyOf).toList()).toList();
    }
}
