package app.stride.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShellTest extends KaribuTest {

    @Test
    void aStudentSeesNoAdminNavigation() {
        login("student", "STUDENT");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Home").doesNotContain("Users");
        assertThat(_get(HomeView.class).greeting.getText()).isEqualTo("Welcome, Demo Student");
    }

    @Test
    void anAdminSeesTheUsersView() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Home", "Users");
    }

    @Test
    void aStudentTypingTheAdminUrlIsRefused() {
        login("student", "STUDENT");
        UI.getCurrent().navigate("admin/users");
        _assertNone(com.vaadin.flow.component.grid.Grid.class);
        ErrorPage page = _find(ErrorPage.class).get(0);
        assertThat(page.heading.getText()).isIn("Page not found", "No access");
    }

    @Test
    void theNavigationSpeaksDutch() {
        login("student", "STUDENT");
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Start");
        assertThat(_get(HomeView.class).greeting.getText()).isEqualTo("Welkom, Demo Student");
    }
}
