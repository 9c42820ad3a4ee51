package app.stride.exercise.ui;

import app.stride.grading.AnswerParser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * One answer box: Vaadin's text field element with only what an answer needs — a label, a
 * helper line, an error the server puts on it, at most 200 characters — and what the student
 * typed sent to the server, in a quiz whenever they pause typing, in practice when they leave
 * the box or press Enter. {@code TextField} brings validation, patterns, value-change events and
 * their bookkeeping besides, and the server keeps all of it for every box of every student's
 * open quiz: a quiz of 24 boxes cost a class of 300 some 40 KB more per student with it.
 */
@Tag("vaadin-text-field")
public class AnswerField extends Component implements HasLabel, HasHelper, AnswerInput {

    /** A pause this long in typing sends the answer. */
    static final int PAUSE_MS = 400;

    public AnswerField(String label, String value) {
        setLabel(label);
        getElement().setProperty("value", value);
        getElement().setProperty("maxlength", AnswerParser.MAX_LENGTH);
        // the server judges what was typed; the element's own checks would clear its message on blur
        getElement().setProperty("manualValidation", true);
    }

    /** {@code typed} gets what the student typed, each time they pause; never what the server set. */
    public void onTyped(SerializableConsumer<String> typed) {
        getElement().addPropertyChangeListener("value", "input", change -> {
            if (change.isUserOriginated()) {
                typed.accept(getValue());
            }
        }).debounce(PAUSE_MS);
    }

    /**
     * What the student typed reaches the server when the box's value is committed (they leave it
     * or press Enter), before a click that follows: enough where nothing is saved until "Check".
     */
    public void syncOnCommit() {
        getElement().addPropertyChangeListener("value", "change", change -> { });
    }


    /** Shows the server's reading problem on the box, or clears it (null). */
    public void showProblem(String message) {
        getElement().setProperty("errorMessage", message == null ? "" : message);
        getElement().setProperty("invalid", message != null);
    }

    public boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }

    public String getErrorMessage() {
        return getElement().getProperty("errorMessage", "");
    }
}
