package app.stride.shell;

import com.vaadin.flow.component.HasElement;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Text a view writes once and never changes, put into its element as the element's content
 * rather than as a text node. The server keeps every node of every open page in the student's
 * session; a quiz page of ten questions has a heading and a prompt per question, and as text
 * nodes they were a quarter of its nodes. The browser shows the same element with the same text.
 */
public final class StaticText {

    private StaticText() {
    }

    public static <T extends HasElement> T of(T component, String text) {
        component.getElement().setProperty("innerHTML", Entities.escape(text));
        return component;
    }

    /** The text as set, for a test that reads it back. */
    public static String of(HasElement component) {
        return Parser.unescapeEntities(component.getElement().getProperty("innerHTML", ""), false);
    }
}
