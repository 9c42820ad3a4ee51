package app.stride;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end tests: the whole app on a random port, driven in headless Chromium. Debian's
 * /usr/bin/chromium when present (CI installs it); Playwright never downloads a browser here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTestBase {

    protected static final String ADMIN_PASSWORD = "admin-test-pw";
    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newBrowserContext() {
        context = newContext("en-US");
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    protected BrowserContext newContext(String locale) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 800));
        created.setDefaultTimeout(30_000);
        return created;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void open(String path) {
        open(page, path);
    }

    protected void open(Page target, String path) {
        target.navigate(url(path));
        waitForVaadin(target);
    }

    /** Waits until no Vaadin client has a request in flight. */
    protected static void waitForVaadin(Page target) {
        target.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                      && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())""");
    }

    protected void logIn(String username, String password) {
        open("login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
        waitForVaadin(page);
    }

    protected void openUserMenu(String shownName) {
        page.locator("vaadin-menu-bar-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(shownName)).click();
    }
}
