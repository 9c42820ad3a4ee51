package app.stride.exercise.ui;

import com.vaadin.flow.component.html.Div;
import org.jsoup.nodes.Entities;

/** A picture or table as one element whose content is its markup, not a component per cell. */
final class Markup {

    private Markup() {
    }

    static Div div(String className, String innerHtml) {
        Div div = new Div();
        div.addClassName(className);
        div.getElement().setProperty("innerHTML", innerHtml);
        return div;
    }

    static String text(String text) {
        return Entities.escape(text);
    }
}
