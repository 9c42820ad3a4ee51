package app.stride.quiz.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import app.stride.MutableClock;
import app.stride.account.AccountService;
import app.stride.quiz.QuizTakingService;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;

/** A teacher publishes a quiz; a student joins, answers (surviving a reload), hands in; the teacher reads it. */
class QuizBrowserIT extends BrowserTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    QuestionBank bank;
    @Autowired
    JdbcTemplate jdbc;

    /** The page's button, then the confirming dialog's. */
    private void handIn() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand in")).click();
        page.locator("vaadin-button[data-confirm='submit']").click();
    }

    /** Publishes the teacher's quiz, reads its join code from its card, and signs the teacher out. */
    private String publish(String quizTitle) {
        page.locator("vaadin-button[data-quiz='" + quizTitle + "']").click();
        Locator code = page.locator(".stride-quiz-card").filter(new Locator.FilterOptions().setHasText(quizTitle))
                .locator(".stride-code");
        assertThat(code).hasText(java.util.regex.Pattern.compile("^[A-Z2-9]{6}$"));
        String text = code.textContent().strip();
        context.clearCookies();
        return text;
    }

    /** Opens the join link as a student would get it, presses Join and waits for the attempt. */
    private void joinByLink(String code) {
        open("join?code=" + code);
        assertThat(page.getByLabel("Quiz code")).hasValue(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        // the start screen, then the clock
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
        page.waitForURL(u -> u.contains("quiz-attempt"));
        waitForVaadin(page);
    }

    private void choose(String select, String option) {
        page.locator("vaadin-select[data-field='" + select + "']").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    @Test
    void aQuizFromPublishingToResults() throws Exception {
        accounts.register("e2e.quiz", "Quinten Quiz", "quiz-password");

        logIn("teacher", "teacher-demo");
        open("quizzes");
        // dev mode's Copilot would sit over the bottom-right corner and take clicks
        assertThat(page.locator("copilot-main")).hasCount(0);
        page.locator("vaadin-text-field[data-field='title'] input").fill("E2E IoU quiz");
        page.locator("vaadin-select[data-field='family']").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("IoU")).first().click();
        page.locator("vaadin-integer-field[data-field='count'] input").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(page.getByText("Created: E2E IoU quiz.")).isVisible();
        String code = publish("E2E IoU quiz");

        logIn("e2e.quiz", "quiz-password");
        open("join");
        page.getByLabel("Quiz code").fill(code.toLowerCase());
        page.keyboard().press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
        page.waitForURL(u -> u.contains("quiz-attempt"));
        waitForVaadin(page);
        assertThat(page.locator(".stride-countdown")).containsText(":");
        // the first answer box of the first question (the template is drawn per attempt)
        Locator firstBox = page.locator("vaadin-text-field[data-part^='0-'] input").first();
        firstBox.fill("123");
        assertThat(page.getByText("Saved.")).isVisible();

        // the answer is on the server: a reload brings it back, with the page's clock in the test's hands
        context.clock().install();
        page.reload();
        waitForVaadin(page);
        assertThat(page.locator("vaadin-text-field[data-part^='0-'] input").first()).hasValue("123");
        handIn();
        assertThat(page.getByText("Handed in. Your score: 0%.")).isVisible();
        // no clock ticks on after handing in: the countdown's timer (every 250 ms) would refill it
        page.clock().runFor(1500);
        assertThat(page.locator(".stride-countdown")).hasText("");
        newVisitor();

        logIn("teacher", "teacher-demo");
        open("quizzes");
        assertThat(page.locator(".stride-code").filter(new Locator.FilterOptions().setHasText(code))).isVisible();
        page.locator("a").filter(new Locator.FilterOptions().setHasText("Results")).first().click();
        waitForVaadin(page);
        assertThat(page.getByText("Quinten Quiz (e2e.quiz)")).isVisible();
        // the question by what it asks ("IoU: ..."), as the item statistics name it
        assertThat(page.getByText(java.util.regex.Pattern.compile("^IoU: "))).isVisible();
        Download csv = page.waitForDownload(() -> page.getByText("Download results (CSV)").click());
        byte[] bytes = Files.readAllBytes(csv.path());
        // UTF-8 with a byte order mark, so that Excel reads the names as they are
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String content = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(content).startsWith("username,name,attempt,started,handed_in,seconds_used,automatically,score,best,last,q1 ")
                .contains("e2e.quiz");
        // named by the quiz and the day, not results.csv
        assertThat(csv.suggestedFilename()).matches("[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.csv").doesNotStartWith("results");
    }

    /**
     * As new users would: someone registers, the administrator makes them a teacher; they build a
     * quiz of one chosen template with immediate feedback, edit it, preview it and publish it; a
     * student checks an answer right away, and it stays fixed after a reload.
     */
    @Test
    void aNewTeacherEditsAndPreviewsAQuizAndAStudentChecksAnswersRightAway() {
        accounts.register("e2e.checker", "Chris Checker", "checker-password");
        open("register");
        page.getByLabel("Username").fill("e2e.newteacher");
        page.getByLabel("Your name").fill("Nora Newteacher");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("new-teacher-pw");
        page.getByLabel("Repeat the password").fill("new-teacher-pw");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        page.waitForURL(u -> !u.contains("register"));
        context.clearCookies();

        logIn("admin", ADMIN_PASSWORD);
        open("admin/users");
        page.locator("vaadin-button[data-user='e2e.newteacher']").click();
        assertThat(page.getByText("e2e.newteacher is now: Teacher")).isVisible();
        context.clearCookies();

        logIn("e2e.newteacher", "new-teacher-pw");
        open("quizzes");
        page.locator("vaadin-text-field[data-field='title'] input").fill("E2E draft");
        choose("family", "Conv parameters");
        // a template by what it asks (conv-params-rgb), as a teacher knows it
        page.locator("vaadin-combo-box[data-field='template'] input").fill("Trainable parameters");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^Conv parameters: Trainable parameters \\("))).first().click();
        page.locator("vaadin-integer-field[data-field='count'] input").fill("2");
        choose("feedback", "Right away");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(page.getByText("Created: E2E draft.")).isVisible();

        page.locator("vaadin-button[data-edit='E2E draft']").click();
        assertThat(page.locator("vaadin-text-field[data-field='title'] input")).hasValue("E2E draft");
        assertThat(page.locator(".stride-item").getByText("2 × Conv parameters: Trainable parameters")).isVisible();
        page.locator("vaadin-text-field[data-field='title'] input").fill("E2E checked quiz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        assertThat(page.getByText("Saved: E2E checked quiz.")).isVisible();

        page.locator("vaadin-button[data-preview='E2E checked quiz']").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Preview as a student: E2E checked quiz")).isVisible();
        assertThat(dialog.locator(".stride-prompt")).hasCount(2);
        assertThat(dialog.getByText("Trainable parameters").first()).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);

        String code = publish("E2E checked quiz");

        logIn("e2e.checker", "checker-password");
        joinByLink(code);
        long attemptId = Long.parseLong(page.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        var drawn = jdbc.queryForList("select template_id, seed from quiz_question where attempt_id = ? order by position",
                attemptId);
        assertThat(drawn).hasSize(2).allMatch(row -> row.get("TEMPLATE_ID").equals("conv-params-rgb"));
        Exercise first = bank.generate("conv-params-rgb", ((Number) drawn.get(0).get("SEED")).longValue());
        page.locator("vaadin-text-field[data-part='0-params'] input")
                .fill(first.expected("params").number().toPlainString());
        assertThat(page.getByText("Saved.")).isVisible();
        page.locator("vaadin-button[data-check='0']").click();
        assertThat(page.getByText("Question 1: 100%")).isVisible();
        assertThat(page.getByText("Checked: your answer is fixed")).isVisible();
        assertThat(page.locator("vaadin-text-field[data-part='0-params']")).hasCount(0);
        assertThat(page.locator("vaadin-button[data-check='1']")).isVisible();

        // the checked answer stays checked and fixed after a reload; the other is still open
        page.reload();
        waitForVaadin(page);
        assertThat(page.getByText("Question 1: 100%")).isVisible();
        assertThat(page.locator("vaadin-text-field[data-part='0-params']")).hasCount(0);
        assertThat(page.locator("vaadin-text-field[data-part='1-params']")).isVisible();
        handIn();
        assertThat(page.getByText("Handed in. Your score: 50%.")).isVisible();
    }

    @Autowired
    app.stride.quiz.QuizService quizzes;
    @Autowired
    MutableClock clock;

    /**
     * The countdown reaches zero in the browser; the server hands the attempt in with the saved
     * answer. Ten minutes pass on both clocks at once: the server's (the test context's) and the
     * page's (Playwright's).
     */
    @Test
    void atTheDeadlineThePageHandsTheAttemptInByItself() {
        accounts.register("e2e.late", "Lotte Late", "late-password");
        Duration closesIn = Duration.ofMinutes(10);
        var teacher = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "teacher", null, java.util.List.of(new org.springframework.security.core.authority
                        .SimpleGrantedAuthority("ROLE_TEACHER")));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(teacher);
        String code;
        try {
            // the quiz closes before the time limit is up, so the attempt's deadline is then too
            code = quizzes.publish(quizzes.create(new app.stride.quiz.QuizSettings("Closes soon",
                    java.util.List.of(new app.stride.quiz.QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)),
                    false, 20, null, clock.instant().plus(closesIn), 1, false,
                    app.stride.quiz.FeedbackPolicy.AFTER_SUBMIT)).id()).joinCode();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        logIn("e2e.late", "late-password");
        context.clock().install();
        joinByLink(code);
        assertThat(page.locator(".stride-countdown")).hasText(java.util.regex.Pattern.compile("^(10:00|9:[0-5]\\d)$"));
        page.locator("vaadin-text-field[data-part='0-params'] input").fill("777");
        assertThat(page.getByText("Saved.")).isVisible();

        Duration pastTheGrace = closesIn.plus(QuizTakingService.GRACE).plusSeconds(1);
        clock.advance(pastTheGrace);
        page.clock().fastForward(pastTheGrace.toMillis());

        assertThat(page.getByText("The time is up: your saved answers were handed in.")).isVisible();
        assertThat(page.locator("vaadin-text-field[data-part='0-params']")).hasCount(0);
        assertThat(page.locator(".stride-key").first()).containsText("you gave 777");
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
        // the concept question's options show their text, not their ids, and the one chosen is saved and comes back
        com.microsoft.playwright.Locator concept = page.locator("vaadin-radio-group[data-part^='10-']");
        com.microsoft.playwright.Locator option = concept.locator("vaadin-radio-button").first();
        // the option shows its wording ("True", "64: one per filter"), never its id ("true", "64")
        assertThat(option).hasText(java.util.regex.Pattern.compile("\\S+"));
        org.assertj.core.api.Assertions.assertThat(option.innerText().strip())
                .isNotEqualTo(String.valueOf(option.evaluate("button => button.value")));
        option.click();
        assertThat(page.getByText("Saved.")).isVisible();
        Object chosen = concept.evaluate("group => group.value");
        assertThat(chosen).isNotEqualTo("");
        page.reload();
        waitForVaadin(page);
        assertThat(page.locator("vaadin-radio-group[data-part^='10-']")).hasJSProperty("value", chosen);
        handIn();
        // one question of eleven answered, right or not: 0 % or 9 %
        assertThat(page.getByText(java.util.regex.Pattern.compile("^Handed in\\. Your score: (0|9)%\\.$"))).isVisible();
        assertThat(page.getByText("Practise this again with new numbers")).hasCount(11);
        assertThat(page.locator(".stride-formula").first()).isVisible();
    }

    @Test
    void aStudentCannotOpenTheTeachersPagesNorAnotherStudentsAttempt() {
        accounts.register("e2e.curious", "Cas Curious", "curious-password");
        // an examinee of its own: the demo student may have begun a mock exam in the last minute
        accounts.register("e2e.examinee", "Eva Examinee", "examinee-password");
        logIn("e2e.examinee", "examinee-password");
        open("join");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a mock exam")).click();
        page.waitForURL(u -> u.contains("quiz-attempt"));
        String othersAttempt = page.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
        context.clearCookies();

        logIn("e2e.curious", "curious-password");
        open("quiz-attempt?id=" + othersAttempt);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access"))).isVisible();
        assertThat(page.locator(".stride-exercise")).hasCount(0);
        assertThat(page.getByText("incident", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        for (String teachersPage : java.util.List.of("quizzes", "quiz-results?id=1", "quiz-review?id=" + othersAttempt,
                "bank")) {
            open(teachersPage);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))
                    .or(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access")))).isVisible();
            assertThat(page.locator("vaadin-grid")).hasCount(0);
        }
    }
}
