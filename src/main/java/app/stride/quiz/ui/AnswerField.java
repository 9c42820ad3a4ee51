package app.stride.quiz.ui;

import app.stride.grading.AnswerParser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * One answer box of a quiz: Vaadin's text field element with only what an answer needs — a
 * label, a helper line, an error the server puts on it, at most 200 characters — and what the
 * student typed sent to the server whenever they pause typing. {@code TextField} brings
 * validation, patterns, value-change events and their bookkeeping besides, and the server keeps
 * all of it for every box of every student's open quiz: a quiz of 24 boxes cost a class of 300
 * some 40 KB more per student with it.
 */
@Tag("vaadin-text-field")
class AnswerField extends Component implements HasLabel, HasHelper {

    /** A pause this long in typing sends the answer. */
    static final int PAUSE_MS = 400;

    AnswerField(String label, String value) {
        setLabel(label);
        getElement().setProperty("value", value);
        getElement().setProperty("maxlength", AnswerParser.MAX_LENGTH);
        // the server judges what was typed; the element's own checks would clear its message on blur
        getElement().setProperty("manualValidation", true);
    }

    /** {@code typed} gets what the student typed, each time they pause; never what the server set. */
    void onTyped(SerializableConsumer<String> typed) {
        getElement().addPropertyChangeListener("value", "input", change -> {
            if (change.isUserOriginated()) {
                typed.accept(getValue());
            }
        }).debounce(PAUSE_MS);
    }

    String getValue() {
        return getElement().getProperty("value", "");
    }

    /** Shows a value the server has for the box (another window's); not sent back as typed. */
    void show(String value) {
        if (!value.equals(getValue())) {
            getElement().setProperty("value", value);
        }
    }

    /** Shows the server's reading problem on the box, or clears it (null). */
    void showProblem(String message) {
        getElement().setProperty("errorMessage", message == null ? "" : message);
        getElement().setProperty("invalid", message != null);
    }

    boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }

    String getErrorMessage() {
        return getElement().getProperty("errorMessage", "");
    }
}
