package app.stride;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class ScratchTourIT extends BrowserTestBase {

    void shot(String name) {
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/" + name + ".png")).setFullPage(true));
    }

    @Test
    void tour() {
        logIn("teacher", "teacher-demo");
        open("quizzes");
        shot("01-quizzes");
        page.locator("vaadin-text-field[data-field='title'] input").fill("Week 3 quiz");
        page.locator("vaadin-select[data-field='family']").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("IoU")).first().click();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Add this topic")).click();
        page.locator("vaadin-select[data-field='family']").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Conv parameters")).first().click();
        page.locator("vaadin-combo-box[data-field='template'] input").click();
        shot("02-template-combo");
        page.keyboard().press("Escape");
        page.locator("vaadin-select[data-field='feedback']").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Right away")).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        shot("03-created");
        page.locator("vaadin-button[data-preview='Week 3 quiz']").click();
        shot("04-preview");
        page.keyboard().press("Escape");
        page.locator("vaadin-button[data-quiz='Week 3 quiz']").click();
        shot("05-published");
        page.setViewportSize(360, 740);
        shot("06-quizzes-phone");
        page.setViewportSize(1280, 800);
        String code = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^[A-Z2-9]{6}$"))).first().textContent().strip();
        context.clearCookies();
        logIn("student", "student-demo");
        open("join?code=" + code);
        shot("07-join");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        page.waitForURL(u -> u.contains("quiz-attempt"));
        waitForVaadin(page);
        shot("08-attempt");
        page.locator("vaadin-text-field[data-part^='0-'] input").first().fill("0.3");
        page.waitForTimeout(600);
        page.locator("vaadin-button[data-check='0']").click();
        waitForVaadin(page);
        shot("09-checked");
        page.setViewportSize(360, 740);
        shot("10-attempt-phone");
        page.setViewportSize(1280, 800);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand in")).click();
        waitForVaadin(page);
        shot("11-handed-in");
        context.clearCookies();
        logIn("teacher", "teacher-demo");
        open("quizzes");
        page.locator("a").filter(new Locator.FilterOptions().setHasText("Results")).first().click();
        waitForVaadin(page);
        shot("12-results");
        page.locator("a").filter(new Locator.FilterOptions().setHasText("Open")).first().click();
        waitForVaadin(page);
        shot("13-review");
    }
}
