package app.stride.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The friendly body every error view shows: a heading, a sentence, a way home. */
abstract class ErrorPage extends Main {

    final H1 heading = new H1();
    final Paragraph message = new Paragraph();

    ErrorPage() {
        addClassNames("stride-page", "stride-error");
        add(heading, message, new Anchor("", getTranslation("error.home")));
    }

    void show(String headingKey, String messageKey, Object... params) {
        heading.setText(getTranslation(headingKey));
        message.setText(getTranslation(messageKey, params));
    }
}
