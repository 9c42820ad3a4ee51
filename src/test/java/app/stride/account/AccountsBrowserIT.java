package app.stride.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

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
        assertThat(users.findByUsername("e2e.student").map(AppUser::getLanguage)).contains("nl");
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
        // the test profile's first wait is a minute, so the message holds whatever this machine's speed
        assertThat(page.getByText(java.util.regex.Pattern.compile("Too many failed attempts\\. Wait \\d+ seconds")))
                .isVisible();
        // from this address even the right password is not checked while the wait lasts
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("right-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.getByText("Too many failed attempts.")).isVisible();
    }

    @Test
    void aTeacherDemotedByTheAdminLosesTeacherViewsInEveryOpenSessionOnTheNextClick() {
        long id = accounts.register("e2e.demoted", "Dee Moted", "demoted-secret").id();
        asAdmin(() -> accounts.changeRole(id, Role.TEACHER));
        BrowserContext secondContext = newContext("en-US");
        Page second = secondContext.newPage();
        logIn(page, "e2e.demoted", "demoted-secret");
        logIn(second, "e2e.demoted", "demoted-secret");
        open(page, "quizzes");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Quizzes").setExact(true))).isVisible();
        open(second, "bank");
        assertThat(second.locator("vaadin-side-nav-item").filter(hasText("Quizzes"))).isVisible();

        asAdmin(() -> accounts.changeRole(id, Role.STUDENT));

        // the first session's next click, on a teacher entry its menu still shows: refused
        page.locator("vaadin-side-nav-item").filter(hasText("Question bank")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))
                .or(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access"))))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        // the second session's next click, on a student entry: the teacher entries are gone there too
        second.locator("vaadin-side-nav-item").filter(hasText("Practice")).click();
        // the page reloads where the click went, with a student's menu
        assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Practice")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(second).hasURL(java.util.regex.Pattern.compile(".*/practice.*"));
        assertThat(second.locator("vaadin-side-nav-item").filter(hasText("Question bank"))).hasCount(0);
        assertThat(second.locator("vaadin-side-nav-item").filter(hasText("Quizzes"))).hasCount(0);

        secondContext.close();
    }

    @Test
    void aDisabledAccountIsSignedOutOnItsNextClickAndToldWhyWhenItSignsIn() {
        long id = accounts.register("e2e.disabled", "Dis Abled", "disabled-secret").id();
        logIn("e2e.disabled", "disabled-secret");
        assertThat(page.locator("vaadin-side-nav-item").filter(hasText("Practice"))).isVisible();

        asAdmin(() -> accounts.setEnabled(id, false));

        page.locator("vaadin-side-nav-item").filter(hasText("Practice")).click();
        page.waitForURL(u -> u.contains("/login"));
        waitForVaadin(page);
        page.getByLabel("Username").fill("e2e.disabled");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("disabled-secret");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.getByText("This account is disabled.")).isVisible();
    }

    private static void asAdmin(Runnable action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                java.util.List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
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
