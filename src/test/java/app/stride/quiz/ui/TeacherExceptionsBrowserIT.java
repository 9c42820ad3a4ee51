package app.stride.quiz.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import app.stride.MutableClock;
import app.stride.account.AccountService;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a teacher does for one student, in the browser as both see it: extra time that lets one
 * student go on after the quiz closed and the others were handed in; a mark the teacher sets with a
 * comment that the student then reads; and the admin's password reset, with which the student signs in.
 */
class TeacherExceptionsBrowserIT extends BrowserTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    QuizService quizzes;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private <T> T asTeacher(Supplier<T> step) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "teacher", null, List.of(new SimpleGrantedAuthority("ROLE_TEACHER"))));
        try {
            return step.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A published quiz of one conv-params question, 20 minutes, closing in {@code closesIn}. */
    private app.stride.quiz.QuizCard quiz(String title, Duration closesIn) {
        return asTeacher(() -> quizzes.publish(quizzes.create(new QuizSettings(title,
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 20, null,
                clock.instant().plus(closesIn), 1, false, FeedbackPolicy.AFTER_SUBMIT)).id()));
    }

    private Page student(BrowserContext at, String username, String password, String code) {
        Page p = at.newPage();
        logIn(p, username, password);
        open(p, "join?code=" + code);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
        p.waitForURL(u -> u.contains("quiz-attempt"));
        waitForVaadin(p);
        return p;
    }

    @Test
    void extraTimeLetsOneStudentGoOnAfterTheOthersAreHandedIn() {
        accounts.register("e2e.ext.slow", "Sam Slow", "slow-password");
        accounts.register("e2e.ext.quick", "Quinn Quick", "quick-password");
        Duration closesIn = Duration.ofMinutes(10);
        var quiz = quiz("Extension", closesIn);
        BrowserContext slowAt = newContext("en-US");
        BrowserContext quickAt = newContext("en-US");
        try {
            slowAt.clock().install();
            quickAt.clock().install();
            Page slow = student(slowAt, "e2e.ext.slow", "slow-password", quiz.joinCode());
            Page quick = student(quickAt, "e2e.ext.quick", "quick-password", quiz.joinCode());
            quick.locator("vaadin-text-field[data-part='0-params'] input").fill("12");
            assertThat(quick.getByText("Saved.")).isVisible();

            // the teacher gives the slow student 15 minutes from the results page
            logIn("teacher", "teacher-demo");
            open("quiz-results?id=" + quiz.id());
            page.locator("vaadin-button[data-exceptions='e2e.ext.slow']").click();
            page.getByLabel("Extra minutes").fill("15");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give extra time")).click();
            assertThat(page.getByText("15 extra minutes given to Sam Slow (e2e.ext.slow).")).isVisible();

            // the quiz closes and its grace passes: the quick student's attempt is handed in by itself
            Duration past = closesIn.plus(QuizTakingService.GRACE).plusSeconds(1);
            clock.advance(past);
            quick.clock().fastForward(past.toMillis());
            slow.clock().fastForward(past.toMillis());
            assertThat(quick.getByText("The time is up: your saved answers were handed in.")).isVisible();

            // the slow student still answers, and the answer is saved
            assertThat(slow.locator(".stride-countdown")).hasText(java.util.regex.Pattern.compile("^\\d{1,2}:\\d\\d$"));
            slow.locator("vaadin-text-field[data-part='0-params'] input").fill("1234");
            assertThat(slow.getByText("Saved.")).isVisible();
            assertThat(jdbc.queryForObject("""
                    select count(*) from quiz_answer an join quiz_question q on q.id = an.question_id
                    join quiz_attempt a on a.id = q.attempt_id join app_user u on u.id = a.user_id
                    where u.username = 'e2e.ext.slow' and a.submitted_at is null""", Integer.class)).isPositive();
        } finally {
            slowAt.close();
            quickAt.close();
        }
    }

    @Test
    void aMarkTheTeacherSetsWithACommentIsWhatTheStudentReads() {
        accounts.register("e2e.mark", "Mia Mark", "mark-password");
        var quiz = quiz("Marked", Duration.ofHours(1));
        BrowserContext studentAt = newContext("en-US");
        try {
            Page student = student(studentAt, "e2e.mark", "mark-password", quiz.joinCode());
            student.locator("vaadin-text-field[data-part='0-params'] input").fill("5");
            assertThat(student.getByText("Saved.")).isVisible();
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand in")).click();
            student.locator("vaadin-button[data-confirm='submit']").click();
            assertThat(student.getByText("Handed in.", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
            String attemptUrl = student.url();

            logIn("teacher", "teacher-demo");
            open("quiz-results?id=" + quiz.id());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open: e2e.mark")).click();
            page.locator("vaadin-button[data-override^='0-']").first().click();
            page.getByLabel("Mark (%)").fill("60");
            page.getByLabel("Comment for the student").fill("Right method; the bias is missing.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save mark")).click();
            assertThat(page.getByText("Teacher’s mark: 60 % — Right method; the bias is missing.")).isVisible();

            student.navigate(attemptUrl);
            waitForVaadin(student);
            assertThat(student.getByText("Teacher’s mark: 60 % — Right method; the bias is missing.")).isVisible();
        } finally {
            studentAt.close();
        }
    }

    @Test
    void aPasswordTheAdminResetsIsTheOneTheStudentSignsInWith() {
        accounts.register("e2e.forgot", "Fay Forgot", "forgotten-password");
        logIn("admin", ADMIN_PASSWORD);
        open("admin/users");
        page.locator("vaadin-button[data-reset='e2e.forgot']").click();
        // the dialog's button confirms; the row's opened it
        page.locator("vaadin-dialog-overlay").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Reset password")).click();
        var shown = page.getByLabel("New password (shown only now)");
        assertThat(shown).not().hasValue("");
        String password = shown.inputValue();
        assertThat(password).hasSize(16);

        newVisitor();
        open("login");
        page.getByLabel("Username").fill("e2e.forgot");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("forgotten-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("Check your username and password and try again.")
                .first()).isVisible();
        logIn("e2e.forgot", password);
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }
}
