package app.stride.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsBrowserIT extends BrowserTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    AppUserRepository users;

    @Test
    void aStudentRegistersLogsOutLogsInAndSwitchesLanguage() {
        open("register");
        page.getByLabel("Username").fill("e2e.student");
        page.getByLabel("Your name").fill("Eline Tweede");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("e2e-password");
        page.getByLabel("Repeat the password").fill("e2e-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Eline Tweede")))
                .isVisible();
        assertThat(page.locator("vaadin-side-nav-item").filter(hasText("Home"))).isVisible();

        openUserMenu("Eline Tweede");
        page.getByRole(AriaRole.MENUITEMCHECKBOX, new Page.GetByRoleOptions().setName("Log out"))
                .or(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log out"))).click();
        page.waitForURL(u -> u.contains("/login"));

        logIn("e2e.student", "e2e-password");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Eline Tweede")))
                .isVisible();

        openUserMenu("Eline Tweede");
        page.getByText("Nederlands").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welkom, Eline Tweede")))
                .isVisible();
        assertThat(page.locator("vaadin-side-nav-item").filter(hasText("Start"))).isVisible();

        // remembered for the account: a new browser session starts in Dutch
        context.clearCookies();
        logIn("e2e.student", "e2e-password");
        assertThat(page.locator("vaadin-side-nav-item").filter(hasText("Start"))).isVisible();
        assertThat(accounts.preferredLocale("e2e.student").map(java.util.Locale::getLanguage)).contains("nl");
    }

    @Test
    void theAdminPromotesAStudentToTeacher() {
        accounts.register("to.promote", "To Promote", "promote-pw");
        logIn("admin", ADMIN_PASSWORD);
        page.locator("vaadin-side-nav-item").filter(hasText("Users")).click();
        page.locator("input[placeholder='Search by username or name']").fill("to.promote");
        page.keyboard().press("Enter");
        waitForVaadin(page);
        assertThat(page.locator("vaadin-grid-cell-content").filter(hasText("To Promote"))).isVisible();

        var button = page.locator("vaadin-button[data-user='to.promote']:visible");
        assertThat(button).hasText("Make teacher");
        button.click();
        assertThat(page.locator("vaadin-button[data-user='to.promote']:visible").filter(hasText("Make student")))
                .isVisible();
        assertThat(page.getByText("to.promote is now: Teacher")).isVisible();
        assertThat(roleOf("to.promote")).isEqualTo(Role.TEACHER);
    }

    @Test
    void aStudentWhoTypesTheAdminUrlIsRefused() {
        logIn("student", "student-demo");
        assertThat(page.locator("vaadin-side-nav-item").filter(hasText("Users"))).hasCount(0);
        open("admin/users");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))
                .or(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access")))).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);

        open("no/such/page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
        assertThat(page.getByText("Exception")).hasCount(0);
    }

    @Test
    void repeatedWrongPasswordsAreThrottledWithAClearMessage() {
        accounts.register("throttle.me", "Throttle Me", "right-password");
        for (int i = 0; i < 5; i++) {
            open("login");
            page.getByLabel("Username").fill("throttle.me");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("wrong-" + i);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(u -> u.contains("error"));
            waitForVaadin(page);
        }
        assertThat(page.getByText("Too many failed attempts.")).isVisible();
        // even the right password is refused while locked
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("right-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.getByText("Too many failed attempts.")).isVisible();
    }

    @Test
    void aDutchBrowserGetsDutchOnItsFirstVisit() {
        BrowserContext dutch = newContext("nl-BE");
        Page dutchPage = dutch.newPage();
        open(dutchPage, "login");
        assertThat(dutchPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden"))).isVisible();
        assertThat(dutchPage.getByText("Nog geen account? Registreer je als student")).isVisible();
        dutch.close();
    }

    private Role roleOf(String username) {
        return users.findByUsername(username).map(u -> u.getRole()).orElseThrow();
    }

    private static com.microsoft.playwright.Locator.FilterOptions hasText(String text) {
        return new com.microsoft.playwright.Locator.FilterOptions().setHasText(text);
    }
}
