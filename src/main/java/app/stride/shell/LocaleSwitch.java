package app.stride.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Picks each new UI's language — this session's explicit choice, else the signed-in user's
 * stored one, else the browser's — and switches it on request, remembering it for the user.
 */
@Component
public class LocaleSwitch implements VaadinServiceInitListener {

    static final String SESSION_KEY = "stride.locale";

    private final UserProfiles profiles;
    private final AuthenticationContext authentication;

    LocaleSwitch(UserProfiles profiles, AuthenticationContext authentication) {
        this.profiles = profiles;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the first page's <html lang> before any script runs, so a screen reader starts in the right language
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html")
                .attr("lang", resolve(response.getVaadinRequest()).toLanguageTag()));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale lang = resolve(VaadinRequest.getCurrent());
            ui.setLocale(lang);
            declare(ui, lang);
        });
    }

    /** Says the page's language on its {@code <html>} element, where a screen reader looks for it. */
    static void declare(UI ui, Locale lang) {
        ui.getPage().executeJs("document.documentElement.lang = $0", lang.toLanguageTag());
    }

    Locale resolve(VaadinRequest request) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        Optional<Locale> stored = authentication.getPrincipalName().flatMap(user -> profiles.preferredLocale());
        if (stored.isPresent()) {
            return Languages.supported(stored.get());
        }
        List<Locale> browser = request instanceof VaadinServletRequest servlet
                ? Languages.list(servlet.getLocales()) : List.of();
        return Languages.fromBrowser(browser);
    }

    /** Switches this session to {@code locale}, stores it for the signed-in user, and redraws. */
    public void switchTo(Locale locale) {
        Locale lang = Languages.supported(locale);
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, lang);
        authentication.getPrincipalName().ifPresent(user -> profiles.savePreferredLocale(lang));
        UI ui = UI.getCurrent();
        ui.setLocale(lang);
        declare(ui, lang);
        ui.getPage().reload();
    }
}
