package app.stride.exercise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.exercise.BoxesFigure;
import app.stride.exercise.GridFigure;
import app.stride.exercise.NmsFigure;
import app.stride.runtime.Nms;
import app.stride.runtime.Pad;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every picture in words, from its figure: a screen reader hears a grid's size and where each
 * window lies, and anyone can open its values as a table; boxes are listed with their corners and
 * scores; NMS says each box's state at the step shown, and a legend says what each line means.
 */
class FigureTextTest extends KaribuTest {

    /** A 4×4 input, a 3×3 window with "same" padding: output (1, 1) starts in the padding, (1, 2) one column on. */
    private static final GridFigure GRID = new GridFigure(
            List.of(List.of(List.of(1.0, 2.0, 3.0, 4.0), List.of(5.0, 6.0, 7.0, 8.0), List.of(9.0, 0.5, 1.5, 2.5),
                    List.of(3.5, 4.5, 5.5, 6.5))),
            List.of(List.of(List.of(1.0, 0.0, -1.0), List.of(1.0, 0.0, -1.0), List.of(1.0, 0.0, -1.0))),
            3, 3, 1, 1, Pad.SAME, List.of(new GridFigure.CellWindow("a", 0, 0, -1, -1),
            new GridFigure.CellWindow("b", 0, 1, -1, 0)));

    private static Document markup(Component picture) {
        return Jsoup.parseBodyFragment(picture.getElement().getProperty("innerHTML"));
    }

    @Test
    void aGridSaysItsSizeAndWhereEachWindowLiesAndItsValuesAreATable() {
        Document grid = markup(GridPicture.of(GRID, Locale.ENGLISH));
        assertThat(grid.select("svg.stride-grid").first().attr("aria-label")).isEqualTo("Input, 4 by 4."
                + " The window of output row 1, column 1 (solid line) covers rows 0 to 2, columns 0 to 2."
                + " The window of output row 1, column 2 (dashed line) covers rows 0 to 2, columns 1 to 3."
                + " Rows and columns outside 1 to 4 and 1 to 4 are padding.");
        assertThat(grid.select("svg.stride-grid").get(1).attr("aria-label")).isEqualTo("Kernel, 3 by 3.");

        Element text = grid.selectFirst("details.stride-figure-text");
        assertThat(text.selectFirst("summary").text()).isEqualTo("Picture as text");
        Element input = text.select("table").get(0);
        assertThat(input.selectFirst("caption").text()).isEqualTo("Input");
        assertThat(input.select("tbody tr").get(2).text()).isEqualTo("3 9 0.5 1.5 2.5");
        assertThat(text.select("table").get(1).select("tbody tr").get(0).text()).isEqualTo("1 1 0 -1");
    }

    @Test
    void boxesAreListedWithTheirCornersAndScoresInTheReadersNumbers() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        BoxesFigure boxes = new BoxesFigure(640, 480, BoxesFigure.Units.RELATIVE, List.of(
                new BoxesFigure.LabeledBox("A", 0.1, 0.25, 0.5, 0.75, null),
                new BoxesFigure.LabeledBox("B", 0.4, 0.3, 0.9, 0.8, 0.85)));
        Document picture = markup(BoxesPicture.of(boxes, Locale.forLanguageTag("nl")));
        assertThat(picture.selectFirst("svg").attr("aria-label")).isEqualTo("Een afbeelding van 640 bij 480 pixels met 2 boxen");
        assertThat(picture.select(".stride-box-list li").eachText()).containsExactly(
                "Box A van (0,1; 0,25) tot (0,5; 0,75)", "Box B van (0,4; 0,3) tot (0,9; 0,8), score 0,85");
    }

    @Test
    void nmsSaysEachBoxsStateAtTheStepShownAndHasALegend() {
        BoxesFigure boxes = new BoxesFigure(100, 100, BoxesFigure.Units.PIXELS, List.of(
                new BoxesFigure.LabeledBox("0", 10, 10, 40, 40, 0.9),
                new BoxesFigure.LabeledBox("1", 12, 12, 42, 42, 0.2),
                new BoxesFigure.LabeledBox("2", 60, 60, 90, 90, 0.8),
                new BoxesFigure.LabeledBox("3", 14, 10, 44, 40, 0.7)));
        NmsStepper stepper = new NmsStepper(new NmsFigure(boxes, 0.5, 0.3, List.of(1), List.of(
                new Nms.Step(0, List.of(new Nms.Suppressed(3, 0.75))), new Nms.Step(2, List.of()))));
        Document step0 = Jsoup.parseBodyFragment(stepper.boxesText.getElement().getProperty("innerHTML"));
        assertThat(step0.select(".stride-box-list li").eachText()).containsExactly(
                "Box 0 from (10, 10) to (40, 40), score 0.9: not decided yet (thin line)",
                "Box 1 from (12, 12) to (42, 42), score 0.2: dropped by the score threshold (grey dotted line)",
                "Box 2 from (60, 60) to (90, 90), score 0.8: not decided yet (thin line)",
                "Box 3 from (14, 10) to (44, 40), score 0.7: not decided yet (thin line)");

        stepper.go(1);
        Document step1 = Jsoup.parseBodyFragment(stepper.boxesText.getElement().getProperty("innerHTML"));
        assertThat(step1.select(".stride-box-list li").eachText()).containsExactly(
                "Box 0 from (10, 10) to (40, 40), score 0.9: selected (thick solid line), in this step",
                "Box 1 from (12, 12) to (42, 42), score 0.2: dropped by the score threshold (grey dotted line)",
                "Box 2 from (60, 60) to (90, 90), score 0.8: not decided yet (thin line)",
                "Box 3 from (14, 10) to (44, 40), score 0.7: suppressed (dashed line), in this step");

        Document legend = Jsoup.parseBodyFragment(stepper.getElement().getChild(2).getProperty("innerHTML"));
        assertThat(legend.select(".stride-legend li").eachText()).containsExactly("not decided yet (thin line)",
                "selected (thick solid line)", "suppressed (dashed line)", "dropped by the score threshold (grey dotted line)");
    }
}
