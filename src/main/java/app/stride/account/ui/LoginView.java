package app.stride.account.ui;

import app.stride.account.DemoAccounts;
import app.stride.account.LoginThrottledException;
import app.stride.shell.BuiltInTexts;
import app.stride.shell.LanguagePicker;
import app.stride.shell.Titles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** Sign in; links to registration; the demo accounts when the demo profile is on. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    final Div demoAccounts = new Div();
    /** The message the form shows if it is in error (LoginForm keeps its texts to itself). */
    String errorMessage;

    LoginView(DemoAccounts demo, LanguagePicker languagePicker) {
        addClassNames("stride-auth");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        BuiltInTexts.of(form);

        H1 brand = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        RouterLink register = new RouterLink(getTranslation("login.register"), RegisterView.class);
        register.addClassName("stride-register-link");

        demoAccounts.addClassName("stride-demo");
        demoAccounts.setVisible(demo.enabled());
        if (demo.enabled()) {
            demoAccounts.add(new Paragraph(getTranslation("login.demo.title")));
            demo.accounts().forEach(account -> demoAccounts.add(new Paragraph(
                    getTranslation("login.demo.account", account.username(), account.password()))));
        }
        Div card = new Div(brand, tagline, form, register, demoAccounts, languagePicker.create());
        card.addClassName("stride-auth-card");
        add(card);
    }

    private LoginI18n i18n(String errorMessageKey, Object... params) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorMessageKey == null ? "login.error.text" : errorMessageKey, params));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        errorMessage = error.getMessage();
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            Object cause = VaadinSession.getCurrent().getSession()
                    .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (cause instanceof LoginThrottledException throttled) {
                form.setI18n(throttledMessage(throttled.secondsLeft()));
            } else if (cause instanceof DisabledException) {
                form.setI18n(i18n("login.error.disabled"));
            }
            form.setError(true);
        } else if (parameters.containsKey("expired")) {
            form.setI18n(i18n("login.error.expired"));
            form.setError(true);
        }
    }

    /** Seconds while they are few; whole minutes, rounded up, past two. */
    private LoginI18n throttledMessage(long seconds) {
        return seconds < 120 ? i18n("login.error.throttled", seconds)
                : i18n("login.error.throttled.minutes", (seconds + 59) / 60);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "login.title");
    }
}
