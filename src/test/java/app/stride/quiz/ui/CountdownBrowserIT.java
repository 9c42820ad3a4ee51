package app.stride.quiz.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.stride.BrowserTestBase;
import app.stride.account.AccountService;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The countdown of a timed quiz for a screen reader: it has a name, and a polite live region says
 * the time left at 10, 5 and 1 minute, once each, not every second.
 */
class CountdownBrowserIT extends BrowserTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    QuizService quizzes;

    @Test
    void theCountdownIsNamedAndSaysTheTimeLeftAtTenFiveAndOneMinute() {
        accounts.register("e2e.timer", "Tim Timer", "timer-password");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "teacher", null, List.of(new SimpleGrantedAuthority("ROLE_TEACHER"))));
        String code;
        try {
            code = quizzes.publish(quizzes.create(new QuizSettings("Timed", List.of(
                    new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 20, null, null, 1, false,
                    FeedbackPolicy.AFTER_SUBMIT)).id()).joinCode();
        } finally {
            SecurityContextHolder.clearContext();
        }
        logIn("e2e.timer", "timer-password");
        context.clock().install();
        open("join?code=" + code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
        page.waitForURL(u -> u.contains("quiz-attempt"));
        waitForVaadin(page);

        assertThat(page.getByRole(AriaRole.TIMER, new Page.GetByRoleOptions().setName("Time left"))).isVisible();
        Locator warning = page.locator("[data-countdown-warning]");
        assertThat(warning).hasAttribute("aria-live", "polite");
        assertThat(warning).hasText("");

        page.clock().fastForward(Duration.ofMinutes(10).toMillis());
        assertThat(warning).hasText("10 minutes left. Your saved answers are handed in when the time is up.");
        page.clock().fastForward(Duration.ofMinutes(5).toMillis());
        assertThat(warning).hasText("5 minutes left. Your saved answers are handed in when the time is up.");
        page.clock().fastForward(Duration.ofMinutes(4).toMillis());
        assertThat(warning).hasText("1 minute left. Your saved answers are handed in when the time is up.");
    }
}
