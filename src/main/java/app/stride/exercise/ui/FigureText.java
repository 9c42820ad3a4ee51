package app.stride.exercise.ui;

import app.stride.exercise.BoxesFigure;
import app.stride.exercise.GridFigure;
import app.stride.shell.TextAlternative;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A picture in words, from the same figure the picture is drawn from (never read back from the
 * drawing): what a screen reader says for it, and a "picture as text" a student can open. A grid:
 * its size and where each asked cell's window lies; its values as a table. Boxes: each with its
 * corners and score, and for NMS its state at the step shown.
 */
final class FigureText {

    private FigureText() {
    }

    /** The grid's name for a screen reader: its size, and each window's place (rows and columns counted from 1). */
    static String grid(String caption, List<List<Double>> values, GridFigure figure, List<GridFigure.CellWindow> windows) {
        int rows = values.size();
        int cols = values.isEmpty() ? 0 : values.get(0).size();
        StringBuilder text = new StringBuilder(ExerciseFigure.translated("figure.grid.text", caption, rows, cols));
        boolean padding = false;
        for (int n = 0; n < windows.size(); n++) {
            GridFigure.CellWindow w = windows.get(n);
            int top = w.rowStart() + 1;
            int left = w.colStart() + 1;
            int bottom = w.rowStart() + figure.windowHeight();
            int right = w.colStart() + figure.windowWidth();
            padding |= top < 1 || left < 1 || bottom > rows || right > cols;
            text.append(' ').append(ExerciseFigure.translated("figure.window.text", w.row() + 1, w.col() + 1,
                    ExerciseFigure.translated(n % 2 == 0 ? "figure.window.solid" : "figure.window.dashed"),
                    top, bottom, left, right));
        }
        if (padding) {
            text.append(' ').append(ExerciseFigure.translated("figure.window.padding", rows, cols));
        }
        return text.toString();
    }

    /** The grid's values as a table, row and column numbers in its headers. */
    static String gridTable(String caption, List<List<Double>> values, Locale locale) {
        StringBuilder html = new StringBuilder("<table class='stride-table'><caption>").append(Markup.text(caption))
                .append("</caption><thead><tr><td></td>");
        int cols = values.isEmpty() ? 0 : values.get(0).size();
        for (int j = 0; j < cols; j++) {
            html.append("<th scope='col'>").append(j + 1).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < values.size(); i++) {
            html.append("<tr><th scope='row'>").append(i + 1).append("</th>");
            for (double v : values.get(i)) {
                html.append("<td>").append(Markup.text(ExerciseFigure.number(v, locale))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** Each box in words: its label, corners and score, then what {@code state} adds (NMS: its state now). */
    static String boxList(BoxesFigure figure, Locale locale, IntFunction<String> state) {
        StringBuilder html = new StringBuilder("<ul class='stride-box-list'>");
        List<BoxesFigure.LabeledBox> boxes = figure.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            BoxesFigure.LabeledBox b = boxes.get(i);
            String text = ExerciseFigure.translated("figure.box.text", b.label(), ExerciseFigure.number(b.x1(), locale),
                    ExerciseFigure.number(b.y1(), locale), ExerciseFigure.number(b.x2(), locale),
                    ExerciseFigure.number(b.y2(), locale));
            if (b.score() != null) {
                text += ", " + ExerciseFigure.translated("figure.box.score", ExerciseFigure.number(b.score(), locale));
            }
            String more = state.apply(i);
            html.append("<li data-box='").append(i).append("'>").append(Markup.text(more.isEmpty() ? text : text + ": " + more))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /** What the picture shows, behind a summary the student opens: closed, it takes one line. */
    static String details(String body) {
        return TextAlternative.details(ExerciseFigure.translated("figure.as.text"), body);
    }
}
