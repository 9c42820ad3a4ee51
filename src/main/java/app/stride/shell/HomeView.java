package app.stride.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The start page: a greeting and a card for each view this user may open. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends Main implements HasDynamicTitle {

    final H1 greeting = new H1();
    final Div cards = new Div();

    HomeView(AuthenticationContext authentication, UserProfiles profiles) {
        addClassName("stride-page");
        String username = authentication.getPrincipalName().orElse("");
        String shownName = username.isEmpty() ? username : profiles.displayName().orElse(username);
        greeting.setText(getTranslation("home.greeting", shownName));
        cards.addClassName("stride-cards");
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != null && entry.menuClass() != HomeView.class)
                .forEach(entry -> {
                    RouterLink card = new RouterLink(getTranslation(entry.title()), entry.menuClass());
                    card.addClassName("stride-card");
                    cards.add(card);
                });
        add(greeting, new Paragraph(getTranslation("home.intro")), cards);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.home");
    }
}
