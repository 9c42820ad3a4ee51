package app.stride.exercise.ui;

import app.stride.exercise.GridFigure;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;

/**
 * The input grid, a channel at a time, with the window of each asked cell (the first solid, the
 * second dashed) where the runtime placed it: a window that starts in the padding is drawn over
 * the padding cells around the grid. Then the kernel, if there is one. Each grid's name says its
 * size and where the windows lie; its values are a table under "picture as text" ({@link FigureText}).
 */
final class GridPicture {

    static final int CELL = 36;

    private GridPicture() {
    }

    static Component of(GridFigure figure, Locale locale) {
        StringBuilder html = new StringBuilder();
        StringBuilder tables = new StringBuilder();
        int channels = figure.input().size();
        for (int c = 0; c < channels; c++) {
            String caption = channels == 1 ? ExerciseFigure.translated("figure.input")
                    : ExerciseFigure.translated("figure.input.channel", c + 1);
            grid(html, figure.input().get(c), figure, figure.windows(), caption, locale);
            tables.append(FigureText.gridTable(caption, figure.input().get(c), locale));
        }
        int kernels = figure.kernel().size();
        for (int c = 0; c < kernels; c++) {
            String caption = kernels == 1 ? ExerciseFigure.translated("figure.kernel")
                    : ExerciseFigure.translated("figure.kernel.channel", c + 1);
            grid(html, figure.kernel().get(c), figure, List.of(), caption, locale);
            tables.append(FigureText.gridTable(caption, figure.kernel().get(c), locale));
        }
        return Markup.div("stride-figure", html.append(FigureText.details(tables.toString())).toString());
    }

    private static void grid(StringBuilder html, List<List<Double>> values, GridFigure figure,
                             List<GridFigure.CellWindow> windows, String caption, Locale locale) {
        int rows = values.size();
        int cols = values.isEmpty() ? 0 : values.get(0).size();
        // the drawing reaches as far into the padding as a window does
        int top = 0;
        int left = 0;
        int bottom = rows;
        int right = cols;
        for (GridFigure.CellWindow w : windows) {
            top = Math.min(top, w.rowStart());
            left = Math.min(left, w.colStart());
            bottom = Math.max(bottom, w.rowStart() + figure.windowHeight());
            right = Math.max(right, w.colStart() + figure.windowWidth());
        }
        int width = (right - left) * CELL + 2;
        int height = (bottom - top) * CELL + 2;
        html.append("<figure><figcaption>").append(Markup.text(caption)).append("</figcaption>")
                .append("<svg xmlns='http://www.w3.org/2000/svg' class='stride-grid' viewBox='0 0 ").append(width)
                .append(' ').append(height).append("' width='").append(width).append("' role='img' aria-label='")
                .append(Markup.text(FigureText.grid(caption, values, figure, windows))).append("'>");
        // the padding's cells dashed, the grid's lines, then the values: few elements, as the page keeps them all
        StringBuilder pad = new StringBuilder();
        for (int i = top; i < bottom; i++) {
            for (int j = left; j < right; j++) {
                if (i < 0 || i >= rows || j < 0 || j >= cols) {
                    pad.append('M').append(1 + (j - left) * CELL).append(' ').append(1 + (i - top) * CELL)
                            .append("h" + CELL + "v" + CELL + "h-" + CELL + "z");
                }
            }
        }
        if (pad.length() > 0) {
            html.append("<path class='pad' d='").append(pad).append("'/>");
        }
        int x0 = 1 - left * CELL;
        int y0 = 1 - top * CELL;
        html.append("<rect class='grid' x='").append(x0).append("' y='").append(y0).append("' width='")
                .append(cols * CELL).append("' height='").append(rows * CELL).append("'/><path class='lines' d='");
        for (int i = 1; i < rows; i++) {
            html.append('M').append(x0).append(' ').append(y0 + i * CELL).append('h').append(cols * CELL);
        }
        for (int j = 1; j < cols; j++) {
            html.append('M').append(x0 + j * CELL).append(' ').append(y0).append('v').append(rows * CELL);
        }
        html.append("'/>");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                html.append("<text x='").append(x0 + j * CELL + CELL / 2).append("' y='").append(y0 + i * CELL + 23)
                        .append("'>").append(Markup.text(ExerciseFigure.number(values.get(i).get(j), locale)))
                        .append("</text>");
            }
        }
        for (int n = 0; n < windows.size(); n++) {
            GridFigure.CellWindow w = windows.get(n);
            html.append("<rect x='").append(1 + (w.colStart() - left) * CELL).append("' y='")
                    .append(1 + (w.rowStart() - top) * CELL).append("' width='").append(figure.windowWidth() * CELL)
                    .append("' height='").append(figure.windowHeight() * CELL).append("' class='window window-")
                    .append((char) ('a' + n % 2)).append("' data-part='").append(Markup.text(w.partId()))
                    .append("' data-row='").append(w.rowStart()).append("' data-col='").append(w.colStart())
                    .append("'><title>")
                    .append(Markup.text(ExerciseFigure.translated("figure.window", w.row() + 1, w.col() + 1)))
                    .append("</title></rect>");
        }
        html.append("</svg></figure>");
    }
}
