package app.stride.exercise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;

/**
 * The options of a choice question: Vaadin's radio group element with a radio button element per
 * option, one under the other, and the option chosen sent to the server the moment it is chosen.
 * {@code RadioButtonGroup} makes a component and a label element of every option, which every
 * student's open page keeps: three nodes an option where one does.
 */
@Tag("vaadin-radio-group")
public class ChoiceField extends Component implements HasLabel, AnswerInput {

    /** {@code options}: each option's value and its text, in the order this student sees them ({@code ChoiceOrder}). */
    public ChoiceField(String label, Map<String, String> options, String value) {
        setLabel(label);
        getElement().getThemeList().add("vertical");
        options.forEach((id, text) -> getElement().appendChild(
                new Element("vaadin-radio-button").setProperty("value", id).setProperty("label", text)));
        getElement().setProperty("value", value);
    }

    /** {@code chosen} gets the student's choice, each time they choose; never what the server set. */
    public void onChosen(SerializableConsumer<String> chosen) {
        getElement().addPropertyChangeListener("value", "value-changed", change -> {
            if (change.isUserOriginated()) {
                chosen.accept(getValue());
            }
        });
    }
}
