package app.stride.exercise.ui;

import com.vaadin.flow.component.HasElement;

/** One answer box of the answer form, whichever kind: what it holds, and how the server puts a value in it. */
public interface AnswerInput extends HasElement {

    /** What the student typed or chose (the element's value property); empty when nothing. */
    default String getValue() {
        return getElement().getProperty("value", "");
    }

    /**
     * Takes the keyboard without scrolling (on a phone the question above must stay in sight),
     * after a tick, so after the page's own focus moves. A choice question's group is not itself
     * focusable: its chosen option is, or else its first.
     */
    default void takeFocus() {
        getElement().executeJs("setTimeout(() => { const t = this.localName === 'vaadin-radio-group'"
                + " ? (this.querySelector('vaadin-radio-button[checked]') || this.querySelector('vaadin-radio-button'))"
                + " : this; if (t) (t.focusElement || t).focus({preventScroll: true}); })");
    }

    /** Shows a value the server has for the box (an earlier answer, another window's); not taken as typed. */
    default void show(String value) {
        if (!value.equals(getValue())) {
            getElement().setProperty("value", value);
        }
    }
}
