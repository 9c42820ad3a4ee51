package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests: the whole app on a random port, driven in headless Chromium. Debian's
 * /usr/bin/chromium when present (CI installs it); Playwright never downloads a browser here.
 * Every page runs under the app's Content-Security-Policy, and a test fails on any violation of it
 * that a page of the test reported (in any of its browser contexts).
 */
@StrideTest
@ExtendWith(BrowserTestBase.OneBrowser.class)
public abstract class BrowserTestBase {

    protected static final String ADMIN_PASSWORD = "admin-test-pw";
    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    /** Reports the browser does not log to the console by itself (e.g. from a worker) as well. */
    private static final String REPORT_CSP_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: '
                + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));
            """;
    /** Set by {@link OneBrowser} before each test. */
    private Browser browser;

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;
    private final List<String> cspViolations = new CopyOnWriteArrayList<>();

    /**
     * One Chromium for every browser test of the run: started before the first, closed after the
     * last (JUnit closes what its root store holds). Each test still gets a browser context of its
     * own: no cookies, storage or clock of another test.
     */
    static final class OneBrowser implements TestInstancePostProcessor {

        @Override
        public void postProcessTestInstance(Object test, ExtensionContext context) {
            ((BrowserTestBase) test).browser = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(Launched.class, key -> new Launched(), Launched.class).browser;
        }
    }

    private static final class Launched implements ExtensionContext.Store.CloseableResource {

        private final Playwright playwright;
        private final Browser browser;

        Launched() {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"));
            if (Files.isExecutable(DEBIAN_CHROMIUM)) {
                options.setExecutablePath(DEBIAN_CHROMIUM);
            }
            browser = playwright.chromium().launch(options);
            // assertions wait as long as actions do: a slow machine waits longer, a hang still fails
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        }

        @Override
        public void close() {
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
        context.close(); // after the page's last console messages have come in
        assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
    }

    /**
     * Goes on as someone else at another browser: a new context, without the last one's cookies,
     * storage or installed clock.
     */
    protected void newVisitor() {
        context.close();
        context = newContext("en-US");
        page = context.newPage();
    }

    protected BrowserContext newContext(String locale) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 800));
        created.setDefaultTimeout(30_000);
        created.addInitScript(REPORT_CSP_VIOLATIONS);
        created.onConsoleMessage(message -> {
            String text = message.text();
            // a policy header the browser cannot read protects nothing and warns on every page
            if (text.startsWith("CSP violation") || text.contains("Content Security Policy")
                    || text.contains("Permissions-Policy header")) {
                cspViolations.add(message.page() == null ? text : message.page().url() + ": " + text);
            }
        });
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
        logIn(page, username, password);
    }

    protected void logIn(Page target, String username, String password) {
        open(target, "login");
        target.getByLabel("Username").fill(username);
        target.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        target.waitForURL(u -> !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
        waitForVaadin(target);
    }

    protected void openUserMenu(String shownName) {
        page.locator("vaadin-menu-bar-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(shownName)).click();
    }
}
