package app.stride.quiz.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import app.stride.account.AccountService;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A typed code shows the start screen before the clock; a date typed and left without Enter is kept, and a
 * date without its time is refused with a message instead of being dropped (the quiz opening at once).
 */
class QuizLifecycleBrowserIT extends BrowserTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    QuizService quizzes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTypedCodeShowsTheStartScreenNotTheClock() {
        accounts.register("e2e.starter", "Stan Starter", "starter-password");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("teacher", null,
                List.of(new SimpleGrantedAuthority("ROLE_TEACHER"))));
        String code;
        try {
            code = quizzes.publish(quizzes.create(new QuizSettings("Typed code", List.of(
                    new QuizSettings.Item("iou", null, null, 2)), false, 30, null, null, 1, false,
                    FeedbackPolicy.AFTER_SUBMIT)).id()).joinCode();
        } finally {
            SecurityContextHolder.clearContext();
        }
        logIn("e2e.starter", "starter-password");
        open("join");
        page.getByLabel("Quiz code").fill(code);
        page.keyboard().press("Enter");
        assertThat(page.getByText("Typed code: 2 questions; you will have 30 minutes.")).isVisible();
        assertThat(page.locator(".stride-countdown")).hasCount(0);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/join$"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
        page.waitForURL(u -> u.contains("quiz-attempt"));
        assertThat(page.locator(".stride-countdown")).containsText(":");
    }

    /** The teacher's quiz form with a title and one IoU question, not created yet. */
    private void newIouQuizForm(String title) {
        logIn("teacher", "teacher-demo");
        open("quizzes");
        page.locator("vaadin-text-field[data-field='title'] input").fill(title);
        page.locator("vaadin-select[data-field='family']").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("IoU")).first().click();
        page.locator("vaadin-integer-field[data-field='count'] input").fill("1");
    }

    @Test
    void aDateTypedAndLeftWithoutEnterIsKept() {
        newIouQuizForm("Typed date");
        var date = page.locator("vaadin-date-time-picker").first().locator("input").nth(0);
        var time = page.locator("vaadin-date-time-picker").first().locator("input").nth(1);
        // a teacher types the date, tabs to the time, types it and tabs on: no Enter anywhere
        date.click();
        page.keyboard().type("1/10/2030");
        page.keyboard().press("Tab");
        time.click();
        page.keyboard().type("9:00 AM");
        page.keyboard().press("Tab");
        assertThat(page.locator("vaadin-date-picker-overlay[opened], vaadin-time-picker-overlay[opened]")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(page.getByText("Created: Typed date.")).isVisible();
        Instant kept = jdbc.queryForObject("select opens_at from quiz where title = 'Typed date'", java.sql.Timestamp.class)
                .toInstant();
        assertThat(kept).isEqualTo(LocalDateTime.of(2030, 1, 10, 9, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    @Test
    void theCalendarAndTheTimesOpenFromTheirButtonsNotFromTyping() {
        newIouQuizForm("Calendar");
        var picker = page.locator("vaadin-date-time-picker").first();
        picker.locator("input").nth(0).click();
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
        picker.locator("vaadin-date-picker [part='toggle-button']").click();
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(1);
        page.keyboard().press("Escape");
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
        picker.locator("input").nth(1).click();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-time-picker-overlay[opened]")).hasCount(1);
    }

    @Test
    void aDateWithoutItsTimeIsRefusedNotDropped() {
        newIouQuizForm("Date only");
        page.locator("vaadin-date-time-picker").first().locator("input").nth(0).click();
        page.keyboard().type("1/10/2030");
        // straight to the button with the mouse: no Enter, no Tab, no time
        var heading = page.locator("h1").boundingBox();
        page.mouse().click(heading.x + 5, heading.y + 5);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(page.getByText("Stride cannot read this date and time.").first()).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from quiz where title = 'Date only'", Integer.class)).isZero();
    }
}
