package app.stride.exercise.ui;

import com.vaadin.flow.component.HasElement;

/** One answer box of the answer form, whichever kind: what it holds, and how the server puts a value in it. */
public interface AnswerInput extends HasElement {

    /** What the student typed or chose (the element's value property); empty when nothing. */
    default String getValue() {
        return getElement().getProperty("value", "");
    }

    /** Shows a value the server has for the box (an earlier answer, another window's); not taken as typed. */
    default void show(String value) {
        if (!value.equals(getValue())) {
            getElement().setProperty("value", value);
        }
    }
}
