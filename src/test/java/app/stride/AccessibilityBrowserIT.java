package app.stride;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.account.AccountService;
import app.stride.account.Role;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * axe-core over every role's pages in the states a user sees them (a picture, feedback on a
 * wrong answer, a running quiz, a mock exam, a review, a dialog), at a desktop's 1280 and a
 * phone's 360 pixels, in English and in Dutch: no critical or serious violation anywhere, and
 * every page declares the language it is in. One sign-in per role; the language is switched the
 * way a user does, which the page's {@code lang} then follows.
 */
class AccessibilityBrowserIT extends BrowserTestBase {

    private static final int[] WIDTHS = {1280, 360};
    private static final String STUDENT = "a11y.student";
    private static final String TEACHER = "a11y.teacher";
    private static final String PASSWORD = "a11y-password";
    private static final String QUIZ = "A11y quiz";

    @Autowired
    AccountService accounts;
    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;

    private final List<String> violations = new ArrayList<>();

    /** What every role's pages need: a quiz with pictures and a handed-in attempt of it. */
    private record Fixture(long quizId, String joinCode, long handedIn) {
    }

    private static Fixture fixture;

    /** A page in one state: how to bring the browser there from anywhere. */
    private record State(String name, Runnable enter) {
    }

    private synchronized Fixture fixture() {
        if (fixture == null) {
            try {
                signIn("admin", "ADMIN");
                // made once a run; a fixture that failed half-way leaves them for the next test's try
                if (!accounts.exists(TEACHER)) {
                    accounts.changeRole(accounts.register(TEACHER, "Tess Teacher", PASSWORD).id(), Role.TEACHER);
                }
                if (!accounts.exists(STUDENT)) {
                    accounts.register(STUDENT, "Sam Student", PASSWORD);
                }
                signIn(TEACHER, "TEACHER");
                QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings(QUIZ, List.of(
                        new QuizSettings.Item("conv-by-hand", "conv-by-hand-rgb", null, 1),
                        new QuizSettings.Item("nms", "nms-full", null, 1),
                        new QuizSettings.Item("iou", "iou-pixels", null, 1)),
                        false, 30, null, null, 20, false, FeedbackPolicy.AFTER_SUBMIT)).id());
                signIn(STUDENT, "STUDENT");
                long handedIn = taking.join(quiz.joinCode());
                taking.submit(handedIn);
                fixture = new Fixture(quiz.id(), quiz.joinCode(), handedIn);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return fixture;
    }

    /**
     * The student's attempt still running today: the test clock moves a day on per test, so one
     * started for an earlier test has run out since.
     */
    private long runningAttempt() {
        String code = fixture().joinCode(); // first: making it signs out when done
        signIn(STUDENT, "STUDENT");
        try {
            return taking.join(code);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long runningExam() {
        signIn(STUDENT, "STUDENT");
        try {
            return taking.startExam().attemptId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @Test
    void signInAndRegistration() {
        List<State> states = List.of(new State("login", () -> open("login")),
                new State("register", () -> open("register")));
        checkInBothLanguages(states, () -> {
            open("login");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nederlands")).click();
        });
        // Vaadin's own eye button on a password field, in the form it draws and in ours
        for (String path : List.of("login", "register")) {
            open(path);
            assertThat(page.locator("vaadin-password-field-button").first()).hasAttribute("aria-label", "Wachtwoord tonen");
        }
    }

    @Test
    void aStudentsPages() {
        Fixture f = fixture();
        long running = runningAttempt();
        long exam = runningExam();
        logIn(STUDENT, PASSWORD);
        List<State> states = List.of(
                new State("home", () -> open("")),
                new State("practice: conv picture", () -> open("practice?template=conv-by-hand-rgb&seed=7")),
                new State("practice: NMS stepper", () -> open("practice?template=nms-full&seed=7")),
                new State("practice: a choice question", () -> {
                    open("practice?template=concept-dropout-at-test&seed=3");
                    // an exercise that opens gives the keyboard to its first answer: for a choice
                    // question its first option (the 14 Tabs), the arrows then move on; the
                    // focus is on the input each Vaadin field keeps inside its element
                    assertThat(page.locator("vaadin-radio-button input").first()).isFocused();
                    page.keyboard().press("ArrowDown");
                    assertThat(page.locator("vaadin-radio-button input").nth(1)).isFocused();
                }),
                new State("practice: feedback on a wrong answer", () -> {
                    open("practice?template=iou-pixels&seed=99");
                    assertThat(page.locator("#stride-main vaadin-text-field input").first()).isFocused();
                    for (String part : List.of("intersection", "union", "iou")) {
                        page.locator("vaadin-text-field[data-part='" + part + "'] input").fill("1");
                    }
                    page.keyboard().press("Enter");
                    assertThat(page.locator("vaadin-text-field[data-part='union'] + .stride-result"))
                            .hasText(Pattern.compile("\\S"));
                }),
                new State("quiz attempt", () -> {
                    open("quiz-attempt?id=" + running);
                    assertThat(page.locator("#stride-main vaadin-text-field input").first()).isFocused();
                }),
                new State("quiz handed in", () -> open("quiz-attempt?id=" + f.handedIn())),
                new State("mock exam", () -> open("quiz-attempt?id=" + exam)),
                new State("join", () -> open("join")),
                new State("progress", () -> open("progress")),
                new State("groups", () -> open("groups")),
                new State("calculator", () -> open("calculator")));
        checkInBothLanguages(states, () -> switchLanguage("Sam Student"));
    }

    @Test
    void aTeachersPages() {
        Fixture f = fixture();
        logIn(TEACHER, PASSWORD);
        List<State> states = List.of(
                new State("quizzes", () -> open("quizzes")),
                new State("quiz preview dialog", () -> {
                    open("quizzes");
                    page.locator("vaadin-button[data-preview='" + QUIZ + "']").click();
                    assertThat(page.getByRole(AriaRole.DIALOG).locator(".stride-prompt").first()).isVisible();
                }),
                new State("results", () -> open("quiz-results?id=" + f.quizId())),
                new State("review", () -> open("quiz-review?id=" + f.handedIn())),
                new State("question bank", () -> open("bank")),
                new State("groups", () -> open("groups")));
        checkInBothLanguages(states, () -> switchLanguage("Tess Teacher"));
    }

    @Test
    void theAdminsPages() {
        logIn("admin", ADMIN_PASSWORD);
        checkInBothLanguages(List.of(new State("users", () -> open("admin/users"))), () -> switchLanguage("admin"));
    }

    /** Back to English for the next test: the admin is shared with other tests, which read it in English. */
    @AfterEach
    void everyoneBackToEnglish() {
        try {
            for (String[] account : new String[][] {{"admin", "ADMIN"}, {TEACHER, "TEACHER"}, {STUDENT, "STUDENT"}}) {
                // an account not made yet has no language to reset: saving is then a no-op
                signIn(account[0], account[1]);
                accounts.savePreferredLocale(Locale.ENGLISH);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theFirstTabStopSkipsToTheContentAndAPageOpenedFromTheMenuFocusesItsHeading() {
        fixture();
        logIn(STUDENT, PASSWORD);
        open("progress");
        page.keyboard().press("Tab");
        Locator skip = page.locator(".stride-skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("#stride-main")).isFocused();

        // from the top: the skip link, the menu button, the user menu and one stop per menu entry, nothing else
        open("");
        int entries = page.locator("vaadin-side-nav-item").count();
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < entries + 10; i++) {
            page.keyboard().press("Tab");
            Object inMain = page.evaluate("() => !!document.activeElement.closest('#stride-main')");
            if (Boolean.TRUE.equals(inMain)) {
                break;
            }
            stops.add((String) page.evaluate("() => document.activeElement.tagName.toLowerCase()"));
        }
        assertThat(stops).as("tab stops before the content").hasSize(3 + entries)
                .allMatch(tag -> List.of("a", "vaadin-drawer-toggle", "vaadin-menu-bar-button", "vaadin-side-nav-item")
                        .contains(tag));

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Progress")).first().click();
        page.waitForURL(u -> u.endsWith("/progress"));
        assertThat(page.locator("#stride-main h1")).hasText("Progress");
        assertThat(page.locator("#stride-main h1")).isFocused();
        assertThat(page).hasTitle("Progress · Stride");
    }

    @Test
    void theTeachersPreviewScrollsWithTheKeyboardToItsLastQuestion() {
        fixture();
        page.setViewportSize(360, 740);
        logIn(TEACHER, PASSWORD);
        open("quizzes");
        page.locator("vaadin-button[data-preview='" + QUIZ + "']").click();
        Locator questions = page.locator(".stride-preview-scroll");
        // the last question's Check button: near the end of the region (a whole card may be taller than a phone)
        Locator last = questions.locator("vaadin-button[data-check-question]").last();
        assertThat(questions).isVisible();
        assertThat(last).not().isInViewport();
        // the dialog's first tab stop is the questions' region; End scrolls it down
        page.keyboard().press("Tab");
        assertThat(questions).isFocused();
        page.keyboard().press("End");
        assertThat(last).isInViewport();
    }

    @Test
    void handingInOnAPhonePutsTheResultInFocusAndInSight() {
        long attempt = runningAttempt();
        page.setViewportSize(360, 740);
        logIn(STUDENT, PASSWORD);
        open("quiz-attempt?id=" + attempt);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand in")).click();
        page.locator("vaadin-button[data-confirm='submit']").click();
        Locator result = page.getByText(Pattern.compile("^Handed in\\. Your score: \\d+%\\.$"));
        assertThat(result).isFocused();
        assertThat(result).isInViewport();
    }

    @Test
    void aMockExamsTabSaysItIsAMockExam() {
        long exam = runningExam();
        long attempt = runningAttempt();
        logIn(STUDENT, PASSWORD);
        open("quiz-attempt?id=" + exam);
        assertThat(page).hasTitle("Mock exam · Stride");
        open("quiz-attempt?id=" + attempt);
        assertThat(page).hasTitle(QUIZ + " · Quiz · Stride");
    }

    /** Every state at both widths in English, then {@code toDutch}, then every state again in Dutch. */
    private void checkInBothLanguages(List<State> states, Runnable toDutch) {
        check(states, "en");
        toDutch.run();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        check(states, "nl");
        assertThat(violations).as("critical and serious axe violations").isEmpty();
    }

    private void check(List<State> states, String language) {
        for (State state : states) {
            page.setViewportSize(WIDTHS[0], 800);
            state.enter().run();
            waitForVaadin(page);
            assertThat(page.locator("html")).hasAttribute("lang", language);
            // one visit, both widths: the page reflows as it does when a window is narrowed
            for (int width : WIDTHS) {
                page.setViewportSize(width, width < 600 ? 740 : 800);
                Locator layout = page.locator("vaadin-app-layout");
                if (layout.count() > 0) {
                    // the drawer turns into an overlay on a narrow screen: wait until it has
                    String overlay = width < 600 ? "vaadin-app-layout[overlay]" : "vaadin-app-layout:not([overlay])";
                    assertThat(page.locator(overlay)).hasCount(1);
                }
                violations.addAll(AxeCheck.seriousViolations(page, state.name() + " [" + language + ", " + width + " px]"));
            }
        }
    }

    /** Nederlands from the user menu, as a user does it; the page reloads in Dutch. */
    private void switchLanguage(String shownName) {
        openUserMenu(shownName);
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("Nederlands")).click();
        page.waitForLoadState();
        waitForVaadin(page);
    }
}
