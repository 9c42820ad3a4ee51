package app.stride.quiz.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import app.stride.account.AccountService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A phone of 360 × 740 CSS pixels: the quiz form and the results page fit the screen (nothing
 * overflows sideways, the score stays in sight), and a long field label wraps instead of being
 * cut off.
 */
class NarrowScreenBrowserIT extends BrowserTestBase {

    private static final int WIDTH = 360;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void aPhone() {
        page.setViewportSize(WIDTH, 740);
    }

    private void fitsTheScreen() {
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("page width at %s", page.url()).isLessThanOrEqualTo(WIDTH);
    }

    private static void inView(Locator element) {
        assertThat(element).isVisible();
        BoundingBox box = element.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge").isLessThanOrEqualTo(WIDTH);
    }

    @Test
    void theQuizFormAndTheResultsFitAPhone() {
        accounts.register("phone.student", "Pia Phone", "phone-password");
        logIn("teacher", "teacher-demo");
        open("quizzes");
        fitsTheScreen();
        inView(page.locator("vaadin-date-time-picker").first());
        inView(page.locator("vaadin-date-time-picker").last());
        page.locator("vaadin-text-field[data-field='title'] input").fill("Phone quiz");
        page.locator("vaadin-select[data-field='family']").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("IoU")).first().click();
        page.locator("vaadin-integer-field[data-field='count'] input").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(page.getByText("Created: Phone quiz.")).isVisible();
        fitsTheScreen();
        page.locator("vaadin-button[data-quiz='Phone quiz']").click();
        Locator code = page.locator(".stride-quiz-card").filter(new Locator.FilterOptions().setHasText("Phone quiz"))
                .locator(".stride-code");
        assertThat(code).hasText(java.util.regex.Pattern.compile("^[A-Z2-9]{6}$"));
        String joinCode = code.textContent().strip();
        newVisitor();
        page.setViewportSize(WIDTH, 740);

        logIn("phone.student", "phone-password");
        open("join?code=" + joinCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
        page.waitForURL(u -> u.contains("quiz-attempt"));
        waitForVaadin(page);
        fitsTheScreen();
        assertThat(cutLabels()).as("answer labels cut off on the attempt page").isZero();
        page.locator("vaadin-text-field[data-part^='0-'] input").first().fill("5");
        assertThat(page.getByText("Saved.")).isVisible();
        newVisitor();
        page.setViewportSize(WIDTH, 740);

        logIn("teacher", "teacher-demo");
        open("quizzes");
        page.locator(".stride-quiz-card").filter(new Locator.FilterOptions().setHasText("Phone quiz"))
                .locator("a").filter(new Locator.FilterOptions().setHasText("Results")).click();
        page.waitForURL(u -> u.contains("quiz-results"));
        waitForVaadin(page);
        Locator grid = page.locator("vaadin-grid.stride-students");
        assertThat(grid.getByText("Pia Phone (phone.student)")).isVisible();
        fitsTheScreen();
        inView(grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Score")));
        inView(grid.getByText(java.util.regex.Pattern.compile("^In progress, \\d+ min left$")));
        // the rest of the row opens under it
        grid.getByText("Pia Phone (phone.student)").click();
        inView(grid.getByText("Progress: 1 of 2 answered"));
        inView(grid.getByText("Open"));
        fitsTheScreen();
        // the question statistics keep their figures under a tapped row: the grid never scrolls sideways
        Locator stats = page.locator("vaadin-grid.stride-question-stats");
        Object overflow = stats.evaluate("g => g.shadowRoot.querySelector('#table').scrollWidth"
                + " - g.shadowRoot.querySelector('#table').clientWidth");
        assertThat(((Number) overflow).intValue()).as("sideways scroll of the question grid").isLessThanOrEqualTo(1);
    }

    /** How many field labels on the page are wider than their box (cut off), or end in an ellipsis. */
    private int cutLabels() {
        Object cut = page.evaluate("""
                () => [...document.querySelectorAll('vaadin-text-field, vaadin-integer-field, vaadin-select')]
                    .map(f => f.shadowRoot && f.shadowRoot.querySelector('[part=label]')).filter(l => l)
                    .filter(l => l.scrollWidth > l.clientWidth || getComputedStyle(l).textOverflow === 'ellipsis')
                    .length""");
        return ((Number) cut).intValue();
    }

    @Test
    void aLongAnswerLabelWrapsInsteadOfBeingCutOff() {
        logIn("student", "student-demo");
        open("practice?template=memory-training");
        Locator field = page.locator("vaadin-text-field").filter(new Locator.FilterOptions()
                .setHas(page.getByText("RAM to train on the mini-batch"))).first();
        assertThat(field).isVisible();
        fitsTheScreen();
        inView(field);
        Object cut = field.evaluate("""
                f => [f.shadowRoot.querySelector('[part=label]'), f.querySelector('label')]
                    .filter(e => e.scrollWidth > e.clientWidth).length""");
        assertThat(((Number) cut).intValue()).as("label elements wider than their box").isZero();
        Object ellipsis = field.evaluate("f => getComputedStyle(f.shadowRoot.querySelector('[part=label]')).textOverflow");
        assertThat(ellipsis).isNotEqualTo("ellipsis");
    }
}
