package app.stride.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/**
 * "Which did you mean?" beside an answer that reads two ways: a button per reading, said with its
 * unit in the page's number format. Choosing one hands on the answer written so that it reads
 * that way only ("372992 B"), for the page to put in the box and grade or save.
 */
public class ReadingChoices extends Div {

    /** One reading: as the button says it ("372 992 B ≈ 0.373 MB"), and as the box is to hold it. */
    public record Option(String shown, String typed) {
    }

    public ReadingChoices(List<Option> options, SerializableConsumer<String> chosen) {
        addClassName("stride-ambiguous");
        add(new Span(getTranslation("practice.ambiguous")));
        for (Option option : options) {
            Button choose = new Button(option.shown(), click -> chosen.accept(option.typed()));
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(choose);
        }
    }
}
