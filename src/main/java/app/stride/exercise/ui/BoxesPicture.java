package app.stride.exercise.ui;

import app.stride.exercise.BoxesFigure;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Boxes on the image, each with its label (and score) where the label does not cover another's.
 * Boxes given as fractions of the image are drawn to scale by the browser, so the page carries
 * the fractions the question gives and not the pixel corners it asks for.
 */
final class BoxesPicture {

    private BoxesPicture() {
    }

    static Component of(BoxesFigure figure, Locale locale) {
        return Markup.div("stride-figure", svg(figure, locale, i -> "class='box box-" + i % 4 + "'")
                + FigureText.details(FigureText.boxList(figure, locale, i -> "")));
    }

    /** A box's label as the picture writes it: "A", or NMS's "2 (0.83)". */
    static String label(BoxesFigure.LabeledBox box, Locale locale) {
        return box.score() == null ? box.label() : box.label() + " (" + ExerciseFigure.number(box.score(), locale) + ")";
    }

    /** The picture; {@code attributes} gives box {@code i} its class and whatever else marks it (NMS's states). */
    static StringBuilder svg(BoxesFigure figure, Locale locale, IntFunction<String> attributes) {
        int w = figure.imageWidth();
        int h = figure.imageHeight();
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='stride-boxes' viewBox='0 0 ")
                .append(w).append(' ').append(h).append("' role='img' aria-label='")
                .append(Markup.text(ExerciseFigure.translated("figure.image", w, h, figure.boxes().size()))).append("'>")
                .append("<rect x='0' y='0' width='").append(w).append("' height='").append(h).append("' class='image'/>");
        boolean relative = figure.units() == BoxesFigure.Units.RELATIVE;
        if (relative) {
            svg.append("<g transform='scale(").append(w).append(' ').append(h).append(")'>");
        }
        List<BoxesFigure.LabeledBox> boxes = figure.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            BoxesFigure.LabeledBox b = boxes.get(i);
            svg.append("<rect x='").append(ExerciseFigure.coordinate(b.x1())).append("' y='")
                    .append(ExerciseFigure.coordinate(b.y1())).append("' width='")
                    .append(ExerciseFigure.coordinate(b.x2() - b.x1())).append("' height='")
                    .append(ExerciseFigure.coordinate(b.y2() - b.y1())).append("' ").append(attributes.apply(i))
                    .append(" data-label='").append(Markup.text(b.label())).append('\'');
            svg.append(relative ? " vector-effect='non-scaling-stroke'/>" : "/>");
        }
        if (relative) {
            svg.append("</g>");
        } else {
            labels(svg, boxes, locale, Math.max(3, h / 25.0), w, h);
        }
        return svg.append("</svg>");
    }

    /** After all boxes, so that no box line runs through a label. */
    private static void labels(StringBuilder svg, List<BoxesFigure.LabeledBox> boxes, Locale locale, double fontSize,
                               int w, int h) {
        List<double[]> corners = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (BoxesFigure.LabeledBox b : boxes) {
            corners.add(new double[] {b.x1(), b.y1(), b.x2(), b.y2()});
            labels.add(label(b, locale));
        }
        List<LabelPlacer.Spot> spots = LabelPlacer.place(corners, labels, fontSize, w, h);
        for (int i = 0; i < boxes.size(); i++) {
            if (labels.get(i).isEmpty()) {
                continue;
            }
            svg.append("<text x='").append(ExerciseFigure.coordinate(spots.get(i).x())).append("' y='")
                    .append(ExerciseFigure.coordinate(spots.get(i).y())).append("' class='label' font-size='")
                    .append(ExerciseFigure.coordinate(fontSize)).append("'>").append(Markup.text(labels.get(i)))
                    .append("</text>");
        }
    }
}
