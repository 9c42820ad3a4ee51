package app.stride.exercise.ui;

import app.stride.exercise.BatchFigure;
import app.stride.exercise.BoxesFigure;
import app.stride.exercise.Exercise;
import app.stride.exercise.Figure;
import app.stride.exercise.GridFigure;
import app.stride.exercise.NmsFigure;
import app.stride.exercise.SummaryFigure;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * An exercise's picture, drawn from its figure: the grid with the windows of the asked cells,
 * boxes on the image, a summary or a batch as a table, NMS step by step. The same in practice,
 * quizzes, the mock exam, the previews and every review. Drawn as markup in one element where it
 * does not change: the server keeps every node of every open page.
 */
public final class ExerciseFigure {

    private ExerciseFigure() {
    }

    /** The picture that goes with the question, if the exercise has one. */
    public static Optional<Component> question(Exercise exercise) {
        return Optional.ofNullable(exercise.figure()).map(ExerciseFigure::of);
    }

    /** The picture that goes with the worked solution (it may show the answers), if the exercise has one. */
    public static Optional<Component> solution(Exercise exercise) {
        return Optional.ofNullable(exercise.solutionFigure()).map(ExerciseFigure::of);
    }

    static Component of(Figure figure) {
        Locale locale = locale();
        if (figure instanceof GridFigure grid) {
            return GridPicture.of(grid, locale);
        }
        if (figure instanceof BoxesFigure boxes) {
            return BoxesPicture.of(boxes, locale);
        }
        if (figure instanceof SummaryFigure summary) {
            return FigureTables.summary(summary, locale);
        }
        if (figure instanceof BatchFigure batch) {
            return FigureTables.batch(batch, locale);
        }
        if (figure instanceof NmsFigure nms) {
            return new NmsStepper(nms);
        }
        throw new IllegalArgumentException("no picture for " + figure.getClass().getSimpleName());
    }

    static Locale locale() {
        return UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.ENGLISH;
    }

    static String translated(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    /** A value as the locale writes it: 3, 0.25 or 0,25; up to four decimals. */
    static String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** A coordinate in the markup: plain, with a point. */
    static String coordinate(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
