package app.stride.quiz.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import app.stride.account.AccountService;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A teacher publishes a quiz; a student joins, answers (surviving a reload), hands in; the teacher reads it. */
class QuizBrowserIT extends BrowserTestBase {

    @Autowired
    AccountService accounts;

    @Test
    void aQuizFromPublishingToResults() throws Exception {
        accounts.register("e2e.quiz", "Quinten Quiz", "quiz-password");

        logIn("teacher", "teacher-demo");
        open("quizzes");
        // dev mode's Copilot would sit over the grid's last column and take the click
        assertThat(page.locator("copilot-main")).hasCount(0);
        page.locator("vaadin-text-field[data-field='title'] input").fill("E2E IoU quiz");
        page.locator("vaadin-select[data-field='family']").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("IoU")).first().click();
        page.locator("vaadin-integer-field[data-field='count'] input").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(page.getByText("Created: E2E IoU quiz.")).isVisible();
        page.locator("vaadin-button[data-quiz='E2E IoU quiz']").click();
        Locator codeCell = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^[A-Z2-9]{6}$")));
        assertThat(codeCell.first()).isVisible();
        String code = codeCell.first().textContent().strip();
        context.clearCookies();

        logIn("e2e.quiz", "quiz-password");
        open("join");
        page.getByLabel("Quiz code").fill(code.toLowerCase());
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("quiz-attempt"));
        waitForVaadin(page);
        assertThat(page.locator(".stride-countdown")).containsText(":");
        // the first answer box of the first question (the template is drawn per attempt)
        Locator firstBox = page.locator("vaadin-text-field[data-part^='0-'] input").first();
        firstBox.fill("123");
        page.waitForTimeout(800);
        waitForVaadin(page);
        assertThat(page.getByText("Saved.")).isVisible();

        // the answer is on the server: a reload brings it back
        page.reload();
        waitForVaadin(page);
        assertThat(page.locator("vaadin-text-field[data-part^='0-'] input").first()).hasValue("123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand in")).click();
        assertThat(page.getByText("Handed in. Your score: 0%.")).isVisible();
        context.clearCookies();

        logIn("teacher", "teacher-demo");
        open("quizzes");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(code)).first()
                .isVisible();
        page.locator("a").filter(new Locator.FilterOptions().setHasText("Results")).first().click();
        waitForVaadin(page);
        assertThat(page.getByText("Quinten Quiz (e2e.quiz)")).isVisible();
        assertThat(page.getByText("iou-")).isVisible();
        Download csv = page.waitForDownload(() -> page.getByText("Download results (CSV)").click());
        String content = Files.readString(csv.path());
        assertThat(content).startsWith("username,name,attempt,submitted,automatically,score").contains("e2e.quiz");
    }

    @Test
    void aStudentSitsAMockExamAndGetsTheFullReview() {
        logIn("student", "student-demo");
        open("join");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a mock exam")).click();
        page.waitForURL(u -> u.contains("quiz-attempt"));
        waitForVaadin(page);
        assertThat(page.locator(".stride-countdown")).containsText(java.util.regex.Pattern.compile("^(60:00|59:\\d\\d)$"));
        assertThat(page.locator(".stride-exercise")).hasCount(11);
        // no feedback before handing in
        assertThat(page.getByText("Practise this again with new numbers")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand in")).click();
        assertThat(page.getByText("Handed in. Your score: 0%.")).isVisible();
        assertThat(page.getByText("Practise this again with new numbers")).hasCount(11);
        assertThat(page.locator(".stride-formula").first()).isVisible();
    }

    @Test
    void aStudentCannotOpenTheTeachersPages() {
        logIn("student", "student-demo");
        for (String teachersPage : java.util.List.of("quizzes", "quiz-results?id=1", "bank")) {
            open(teachersPage);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))
                    .or(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access")))).isVisible();
            assertThat(page.locator("vaadin-grid")).hasCount(0);
        }
    }
}
