package app.stride.exercise.ui;

import app.stride.engine.Derivation;
import app.stride.exercise.Exercise;
import app.stride.exercise.SolutionText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * An exercise's worked solution with the student's own numbers: each step in words, then its
 * arithmetic on a line of its own. Practice and the quiz review show it the same way.
 *
 * <p>One element whose content is its markup, not a component per line: a review of eleven
 * questions has some three hundred lines, and as components each would be a node the server keeps
 * in every student's session (a class of 300 reading its reviews needed about 130 KB each for them).
 */
public class WorkedSolution extends Html {

    public WorkedSolution(Exercise exercise) {
        super(markup(exercise, UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.ENGLISH));
    }

    private static String markup(Exercise exercise, Locale locale) {
        StringBuilder html = new StringBuilder("<div class=\"stride-solution\">");
        for (Derivation step : exercise.solution()) {
            html.append("<div>").append(Entities.escape(SolutionText.words(step, locale))).append("</div>");
            String formula = step.formula(locale);
            if (!formula.isEmpty()) {
                html.append("<div class=\"stride-formula\">").append(Entities.escape(formula)).append("</div>");
            }
        }
        return html.append("</div>").toString();
    }
}
