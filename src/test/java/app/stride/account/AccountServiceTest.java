package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.StrideTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@StrideTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void registrationCreatesAStudentWithAHashedPassword() {
        UserSummary created = accounts.register("  Fien.Peeters ", "Fien Peeters", "correct horse");
        assertThat(created.username()).isEqualTo("fien.peeters");
        assertThat(created.role()).isEqualTo(Role.STUDENT);
        AppUser stored = users.findByUsername("fien.peeters").orElseThrow();
        assertThat(stored.getPasswordHash()).isNotEqualTo("correct horse").startsWith("$2");
        assertThat(encoder.matches("correct horse", stored.getPasswordHash())).isTrue();
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        accounts.register("jonas", "Jonas", "password-1");
        assertThatThrownBy(() -> accounts.register("JONAS", "Other Jonas", "password-2"))
                .isInstanceOfSatisfying(AccountInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.messageKey()).isEqualTo("account.error.username.taken");
                });
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> accounts.register("ok-name", "Name", "short"))
                .isInstanceOfSatisfying(AccountInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.register("no spaces", "Name", "long enough"))
                .isInstanceOfSatisfying(AccountInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.register("blank-name", "   ", "long enough"))
                .isInstanceOfSatisfying(AccountInputException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
        assertThatThrownBy(() -> accounts.register("long-pw", "Name", "é".repeat(40)))
                .isInstanceOfSatisfying(AccountInputException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("account.error.password.long"));
    }

    @Test
    void registrationRefusesTheIssuesPasswordsAndNamesOnTheirFields() {
        assertRefused(() -> accounts.register("reg.weak1", "Weak", "password"), "password", "account.error.password.common");
        assertRefused(() -> accounts.register("reg.weak2", "Weak", "12345678"), "password", "account.error.password.common");
        assertRefused(() -> accounts.register("reg.weak3", "Weak", "reg.weak3"), "password", "account.error.password.username");
        assertRefused(() -> accounts.register("reg.nul", "Bob\u0000", "long enough pw"), "displayName",
                "account.error.displayname.characters");
        assertRefused(() -> accounts.register("reg.rlo", "Eve\u202Egnp.exe", "long enough pw"), "displayName",
                "account.error.displayname.characters");
        assertThat(accounts.exists("reg.weak1") || accounts.exists("reg.weak3") || accounts.exists("reg.rlo")).isFalse();
        // 80 emoji are 80 characters: they fit the column too
        String eighty = "😀".repeat(80);
        accounts.register("reg.emoji", eighty, "long enough pw");
        assertThat(users.findByUsername("reg.emoji").map(AppUser::getDisplayName)).contains(eighty);
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(AccountInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminDisablesAndEnablesAnAccountButNoAdmin() {
        long id = accounts.register("to.disable", "To Disable", "password-9").id();
        assertThat(accounts.setEnabled(id, false).enabled()).isFalse();
        assertThat(users.findById(id).orElseThrow().isEnabled()).isFalse();
        assertThat(accounts.setEnabled(id, true).enabled()).isTrue();
        long admin = users.findByUsername("admin").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.setEnabled(admin, false)).isInstanceOf(AccountInputException.class);
    }

    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void aTeacherCannotDisableAccounts() {
        long id = users.findByUsername("student").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.setEnabled(id, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAdminChangesRoles() {
        long id = accounts.register("ruben", "Ruben", "password-3").id();
        assertThatThrownBy(() -> accounts.changeRole(id, Role.TEACHER))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void aStudentCannotChangeRoles() {
        long id = users.findByUsername("student").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.changeRole(id, Role.TEACHER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminPromotesAndDemotesButNeverTouchesAdmins() {
        long id = accounts.register("lotte", "Lotte", "password-4").id();
        assertThat(accounts.changeRole(id, Role.TEACHER).role()).isEqualTo(Role.TEACHER);
        assertThat(users.findById(id).orElseThrow().getRole()).isEqualTo(Role.TEACHER);
        assertThat(accounts.changeRole(id, Role.STUDENT).role()).isEqualTo(Role.STUDENT);

        long admin = users.findByUsername("admin").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.changeRole(admin, Role.STUDENT)).isInstanceOf(AccountInputException.class);
        assertThatThrownBy(() -> accounts.changeRole(id, Role.ADMIN)).isInstanceOf(AccountInputException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void listingSearchesUsernameAndName() {
        accounts.register("zoe.claes", "Zoë Claes", "password-5");
        assertThat(accounts.list("ZOË", 0, 10)).extracting(UserSummary::username).containsExactly("zoe.claes");
        assertThat(accounts.count("zoe.cl")).isEqualTo(1);
        assertThat(accounts.list("", 0, 1000)).extracting(UserSummary::username).contains("admin", "teacher", "student");
    }

    @Test
    void theLanguageIsRememberedPerUser() {
        accounts.register("pieter", "Pieter", "password-6");
        accounts.register("pien", "Pien", "password-6b");
        signIn("pieter");
        assertThat(accounts.preferredLocale()).isEmpty();
        accounts.savePreferredLocale(Locale.forLanguageTag("nl-BE"));
        assertThat(accounts.preferredLocale()).contains(Locale.forLanguageTag("nl"));
        assertThat(accounts.displayName()).contains("Pieter");
        // another account's language is its own
        signIn("pien");
        assertThat(accounts.preferredLocale()).isEmpty();
        assertThat(accounts.displayName()).contains("Pien");
        SecurityContextHolder.clearContext();
    }

    @Test
    void theProfileOfNobodyIsNotRead() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> accounts.displayName()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.savePreferredLocale(Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aNameStoredBeforeTheCheckIsShownCleaned() {
        accounts.register("old.name", "Old Name", "password-old-1");
        // a control character (BEL: PostgreSQL's text cannot hold the NUL that H2's can), an override, a hidden space
        jdbc.update("update app_user set display_name = ? where username = ?", "Eve\u202Egnp.exe\u0007\u200B", "old.name");
        long id = accounts.idOf("old.name").orElseThrow();
        signIn("teacher");
        String shown = accounts.summaries(java.util.List.of(id)).get(id).displayName();
        assertThat(shown).isEqualTo("Eve\uFFFDgnp.exe\uFFFD\uFFFD");
        assertThat(accounts.students()).filteredOn(u -> u.id() == id).extracting(UserSummary::displayName)
                .containsExactly(shown);
        signIn("old.name");
        assertThat(accounts.displayName()).contains(shown);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTeacherIsToldOfStudentsAndThemselvesOnly() {
        long student = accounts.idOf("student").orElseThrow();
        long teacher = accounts.idOf("teacher").orElseThrow();
        long admin = accounts.idOf("admin").orElseThrow();
        long other = accounts.register("other.teacher", "Other Teacher", "password-other-1").id();
        signIn("admin");
        accounts.changeRole(other, Role.TEACHER);
        assertThat(accounts.summaries(java.util.List.of(student, teacher, admin, other)).keySet())
                .containsExactlyInAnyOrder(student, teacher, admin, other);
        signIn("other.teacher");
        assertThat(accounts.summaries(java.util.List.of(student, teacher, admin, other)).keySet())
                .containsExactlyInAnyOrder(student, other);
        SecurityContextHolder.clearContext();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    AccountUserDetailsService userDetails;

    private void signIn(String username) {
        var user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void bootstrapCreatedTheAdminAndTheDemoAccounts() {
        assertThat(users.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("admin-test-pw", users.findByUsername("admin").orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(users.findByUsername("teacher").orElseThrow().getRole()).isEqualTo(Role.TEACHER);
        assertThat(users.findByUsername("student").orElseThrow().getRole()).isEqualTo(Role.STUDENT);
    }
}
