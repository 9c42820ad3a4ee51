package app.stride.account.ui;

import app.stride.account.AccountInputException;
import app.stride.account.AccountService;
import app.stride.account.RegistrationThrottle;
import app.stride.account.SignIn;
import app.stride.shell.BuiltInTexts;
import app.stride.shell.LanguagePicker;
import app.stride.shell.Titles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Student self-registration; signs the new student in and opens the start page. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegisterView extends Main implements HasDynamicTitle {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button register = new Button();

    private final AccountService accounts;
    private final RegistrationThrottle throttle;
    private final SignIn signIn;

    RegisterView(AccountService accounts, RegistrationThrottle throttle, SignIn signIn, LanguagePicker languagePicker) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.signIn = signIn;
        addClassName("stride-auth");

        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.help"));
        username.setMaxLength(32);
        username.setAutofocus(true);
        displayName.setLabel(getTranslation("register.displayname"));
        // the browser counts UTF-16 units, the server code points: room for 80 emoji, checked there
        displayName.setMaxLength(2 * AccountService.MAX_DISPLAY_NAME);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", AccountService.MIN_PASSWORD_LENGTH));
        confirm.setLabel(getTranslation("register.confirm"));
        BuiltInTexts.of(password);
        BuiltInTexts.of(confirm);
        username.getElement().setAttribute("autocomplete", "username");
        password.getElement().setAttribute("autocomplete", "new-password");
        confirm.getElement().setAttribute("autocomplete", "new-password");

        register.setText(getTranslation("register.submit"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> submit());
        register.addClickShortcut(Key.ENTER);

        FormLayout form = new FormLayout(username, displayName, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        RouterLink back = new RouterLink(getTranslation("register.haveaccount"), LoginView.class);

        Div card = new Div(new H1(getTranslation("register.title")), form, register, back, languagePicker.create());
        card.addClassName("stride-auth-card");
        add(card);
    }

    void submit() {
        clearErrors();
        if (!password.getValue().equals(confirm.getValue())) {
            showError(confirm, getTranslation("account.error.password.mismatch"));
            return;
        }
        String address = VaadinRequest.getCurrent().getRemoteAddr();
        Duration wait = throttle.begin(address);
        if (!wait.isZero()) {
            showError(username, getTranslation("register.error.throttled", (wait.toSeconds() + 59) / 60));
            return;
        }
        try {
            accounts.register(username.getValue(), displayName.getValue(), password.getValue());
        } catch (AccountInputException e) {
            Duration untilTold = throttle.refused(address, e);
            if (!untilTold.isZero()) {
                showError(username, getTranslation("register.error.throttled", (untilTold.toSeconds() + 59) / 60));
                return;
            }
            Map<String, TextFieldBase<?, String>> fields = Map.of(
                    "username", username, "displayName", displayName, "password", password);
            showError(fields.getOrDefault(e.field(), username), getTranslation(e.messageKey()));
            return;
        }
        signIn.signIn(username.getValue(), password.getValue());
        getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
    }

    private void clearErrors() {
        for (var field : List.of(username, displayName, password, confirm)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void showError(TextFieldBase<?, String> field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "register.title");
    }
}
