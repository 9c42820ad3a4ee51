package app.stride.quiz.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One answer box of a quiz: Vaadin's text field element, with only what an answer needs — a
 * label, a helper line, an error the server puts on it, at most 200 characters — and its value
 * sent to the server whenever the student pauses typing. {@code TextField} brings client
 * validation, patterns, prefixes and clear buttons besides, and with them listeners and state the
 * server keeps for every box of every student: a class of 300 in a quiz of 24 boxes each kept
 * some 40 KB per student more with it.
 */
@Tag("vaadin-text-field")
class AnswerField extends AbstractSinglePropertyField<AnswerField, String> implements HasLabel, HasHelper {

    /** A pause this long in typing sends the answer. */
    static final int PAUSE_MS = 400;
    static final int MAX_LENGTH = 200;

    AnswerField(String label) {
        super("value", "", false);
        setLabel(label);
        getElement().setProperty("maxlength", MAX_LENGTH);
        // the server judges what was typed; the element's own checks would clear its message on blur
        getElement().setProperty("manualValidation", true);
        setSynchronizedEvent(ValueChangeMode.eventForMode(ValueChangeMode.LAZY, "change"));
        ValueChangeMode.applyChangeTimeout(ValueChangeMode.LAZY, PAUSE_MS, getSynchronizationRegistration());
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
