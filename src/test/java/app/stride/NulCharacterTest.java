package app.stride;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.stride.account.AccountService;
import app.stride.base.UserInputException;
import app.stride.group.GroupService;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizRegradeService;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A NUL in anything a user types: H2 keeps it, PostgreSQL's text cannot hold it and fails the
 * statement, so on PostgreSQL it was a server error. On both databases (this class runs on each)
 * a name or title with one is refused on its field, a comment keeps U+FFFD in its place, and a
 * sign-in with one is a wrong sign-in.
 */
@StrideTest
class NulCharacterTest {

    private static final String NUL = "\u0000";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    GroupService groups;
    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuizRegradeService regrade;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private static QuizSettings titled(String title) {
        return new QuizSettings(title, List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false,
                30, null, null, 1, false, FeedbackPolicy.AFTER_SUBMIT);
    }

    @Test
    void aSignInWithANulInTheNameIsAWrongSignIn() throws Exception {
        mvc.perform(post("/login").param("username", "stu" + NUL + "dent").param("password", "student-demo").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "student").param("password", "student" + NUL + "demo").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aNameWithANulIsRefusedOnItsField() {
        assertThatThrownBy(() -> accounts.register("nul" + NUL + "name", "Nul Name", "a-long-enough-pw"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.register("nul.display", "Nul" + NUL + "Name", "a-long-enough-pw"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.field()).isEqualTo("displayName"));

        as("teacher", "TEACHER");
        assertThatThrownBy(() -> groups.create("Klas" + NUL + "1"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> quizzes.create(titled("Week" + NUL + "1")))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void aCommentWithANulKeepsTheRestAndShowsTheReplacementCharacter() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(titled("Nul comment")).id());
        if (!accounts.exists("nul.student")) {
            accounts.register("nul.student", "Nul Student", "a-long-enough-pw");
        }
        as("nul.student", "STUDENT");
        AttemptSheet attempt = taking.sheet(taking.join(quiz.joinCode()));
        taking.submit(attempt.id());

        as("teacher", "TEACHER");
        regrade.override(attempt.questions().get(0).id(), "params", 50, "Good" + NUL + "work\nnext line");
        assertThat(jdbc.queryForObject("select comment from quiz_override where question_id = ?", String.class,
                attempt.questions().get(0).id())).isEqualTo("Good\uFFFDwork\nnext line");
    }
}
