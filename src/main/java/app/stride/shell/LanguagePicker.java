package app.stride.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;

/** "English · Nederlands" buttons for pages outside the app shell (login, registration). */
@org.springframework.stereotype.Component
public class LanguagePicker {

    private final LocaleSwitch localeSwitch;

    LanguagePicker(LocaleSwitch localeSwitch) {
        this.localeSwitch = localeSwitch;
    }

    public com.vaadin.flow.component.Component create() {
        Div picker = new Div();
        picker.addClassName("stride-language-picker");
        for (Locale language : Languages.SUPPORTED) {
            Button button = new Button(picker.getTranslation("language." + language.getLanguage()),
                    click -> localeSwitch.switchTo(language));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("lang", language.getLanguage());
            picker.add(button);
        }
        return picker;
    }
}
