package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.StrideTest;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin resets a password (shown once, the old one stops working) and deletes an account with all its data. */
@StrideTest
class AdminAccountsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
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

    private void signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private long account(String username) {
        if (!accounts.exists(username)) {
            accounts.register(username, username, "first-secret-pw");
        }
        return accounts.idOf(username).orElseThrow();
    }

    @Test
    void aResetPasswordSignsInAndTheOldOneNoLonger() {
        long id = account("adm.forgot");
        signIn("adm.forgot", "first-secret-pw");
        as("admin", "ADMIN");
        String fresh = accounts.resetPassword(id);
        assertThat(fresh).hasSize(16).matches("[a-zA-Z2-9]+");
        assertThat(accounts.resetPassword(id)).as("a new one each time").isNotEqualTo(fresh);
        String second = accounts.resetPassword(id);
        signIn("adm.forgot", second);
        assertThatThrownBy(() -> signIn("adm.forgot", "first-secret-pw")).isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id))
                .doesNotContain(second);
        as("teacher", "TEACHER");
        assertThatThrownBy(() -> accounts.resetPassword(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aSessionSignedInBeforeTheResetNoLongerStands() {
        long id = account("adm.session");
        AccountPrincipal before = (AccountPrincipal) userDetails.loadUserByUsername("adm.session");
        as("admin", "ADMIN");
        accounts.resetPassword(id);
        Standing now = jdbcStanding(id);
        assertThat(now.credentials()).isNotEqualTo(before.credentials());
    }

    private Standing jdbcStanding(long id) {
        Map<String, Object> row = jdbc.queryForMap("select role, enabled, password_hash from app_user where id = ?", id);
        return new Standing(Role.valueOf((String) row.get("ROLE")), (Boolean) row.get("ENABLED"),
                (String) row.get("PASSWORD_HASH"));
    }

    @Test
    void deletingAnAccountNeedsItsUsernameAndLeavesNoRowOfItInAnyTable() {
        long student = account("adm.leaving");
        long teacher = account("adm.oldteacher");
        as("admin", "ADMIN");
        accounts.changeRole(teacher, Role.TEACHER);
        as("adm.oldteacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Left behind", List.of(new QuizSettings.Item(
                "conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        as("adm.leaving", "STUDENT");
        long attempt = taking.join(quiz.joinCode());
        taking.save(attempt, taking.sheet(attempt).version(), taking.sheet(attempt).questions().get(0).id(), "params",
                "12");
        taking.submit(attempt);
        taking.startExam();

        as("admin", "ADMIN");
        assertThatThrownBy(() -> accounts.delete(student, "adm.leave"))
                .isInstanceOfSatisfying(AccountInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("admin.users.delete.error"));
        accounts.delete(student, " ADM.leaving ");
        accounts.delete(teacher, "adm.oldteacher");

        // every column that keeps an account's id, found in the schema: a table added later is checked too
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where lower(table_schema) = 'public' and lower(column_name) in ('user_id', 'owner_id', 'student_id')""");
        assertThat(columns).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> c : columns) {
            String sql = "select count(*) from " + c.get("TABLE_NAME") + " where " + c.get("COLUMN_NAME") + " in (?, ?)";
            assertThat(jdbc.queryForObject(sql, Integer.class, student, teacher)).as(sql).isZero();
        }
        assertThat(accounts.exists("adm.leaving")).isFalse();
        assertThat(jdbc.queryForObject("select owner_id from quiz where id = ?", Long.class, quiz.id()))
                .as("the teacher's quiz passes to the admin").isEqualTo(accounts.idOf("admin").orElseThrow());
        long admin = accounts.idOf("admin").orElseThrow();
        assertThatThrownBy(() -> accounts.delete(admin, "admin")).isInstanceOf(AccountInputException.class);
    }
}
