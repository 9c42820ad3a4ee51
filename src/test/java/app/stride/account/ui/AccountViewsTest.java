package app.stride.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.account.AccountService;
import app.stride.account.RegistrationThrottle;
import app.stride.account.Role;
import app.stride.account.UserSummary;
import com.github.mvysny.fakeservlet.FakeHttpEnvironment;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class AccountViewsTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    RegistrationThrottle registrations;

    @Test
    void theLoginPageShowsTheDemoAccounts() {
        UI.getCurrent().navigate("login");
        LoginView view = _get(LoginView.class);
        assertThat(view.demoAccounts.isVisible()).isTrue();
        assertThat(_find(view.demoAccounts, Paragraph.class)).extracting(Paragraph::getText)
                .contains("teacher / teacher-demo", "student / student-demo");
    }

    @Test
    void aFailedLoginShowsTheError() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginView.class).form.isError()).isTrue();
    }

    @Test
    void aTakenUsernameIsRefusedOnTheField() {
        UI.getCurrent().navigate("register");
        RegisterView view = _get(RegisterView.class);
        submit(view, "student", "Someone Else", "long enough pw", "long enough pw");
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).isEqualTo(t("account.error.username.taken"))
                .isEqualTo("This username is taken; choose another.");
    }

    @Test
    void aShortPasswordAndAMismatchAreRefusedOnTheirFields() {
        UI.getCurrent().navigate("register");
        RegisterView view = _get(RegisterView.class);
        submit(view, "new.student.a", "A", "short", "short");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo(t("account.error.password.short"));

        view.password.setValue("long enough pw");
        view.confirm.setValue("other pw here");
        _click(view.register);
        assertThat(view.password.isInvalid()).isFalse();
        assertThat(view.confirm.isInvalid()).isTrue();
        assertThat(accounts.exists("new.student.a")).isFalse();
    }

    @Test
    void aCommonPasswordAndASpoofingNameAreRefusedOnTheirFieldsInTheUsersLanguage() {
        UI.getCurrent().navigate("register");
        RegisterView view = _get(RegisterView.class);
        submit(view, "new.student.b", "Bob", "password", "password");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo(t("account.error.password.common"))
                .startsWith("This password is on a list of common passwords");

        view.displayName.setValue("Eve\u202Egnp.exe");
        view.password.setValue("long enough pw");
        view.confirm.setValue("long enough pw");
        _click(view.register);
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo(t("account.error.displayname.characters"));

        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("register");
        RegisterView dutch = _get(RegisterView.class);
        submit(dutch, "new.student.b", "Bob", "xnew.student.bx", "xnew.student.bx");
        assertThat(dutch.password.getErrorMessage()).isEqualTo("Het wachtwoord mag je gebruikersnaam niet bevatten.");
        assertThat(accounts.exists("new.student.b")).isFalse();
    }

    @Test
    void manyRegistrationsFromOneAddressAreToldHowLongToWait() {
        FakeHttpEnvironment.INSTANCE.setRemoteAddr("192.0.2.40");
        try {
            for (int i = 0; i < 40; i++) {
                assertThat(registrations.begin("192.0.2.40")).isZero();
            }
            UI.getCurrent().navigate("register");
            RegisterView view = _get(RegisterView.class);
            submit(view, "one.too.many", "One Too Many", "long enough pw", "long enough pw");
            assertThat(view.username.isInvalid()).isTrue();
            assertThat(view.username.getErrorMessage()).isEqualTo(t("register.error.throttled", 2))
                    .isEqualTo("Too many new accounts from your network. Try again in 2 minutes.");
            assertThat(accounts.exists("one.too.many")).isFalse();
        } finally {
            FakeHttpEnvironment.INSTANCE.setRemoteAddr("127.0.0.1");
        }
    }

    @Test
    void theLoginPageSaysWhenItHadExpired() {
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        LoginView view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.errorMessage).isEqualTo(t("login.error.expired"));
    }

    @Test
    void registeringCreatesTheStudent() {
        UI.getCurrent().navigate("register");
        RegisterView view = _get(RegisterView.class);
        submit(view, "karibu.student", "Karibu Student", "long enough pw", "long enough pw");
        assertThat(accounts.exists("karibu.student")).isTrue();
        assertThat(view.username.isInvalid()).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theAdminPromotesAStudentToTeacherAndBack() {
        UserSummary student = accounts.register("promote.me", "Promote Me", "password-8");
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/users");
        AdminUsersView view = _get(AdminUsersView.class);
        view.search.setValue("promote.me");

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "role")).isEqualTo("Student");
        assertThat(view.roleActionLabel(GridKt._get(view.grid, 0))).isEqualTo("Make teacher");
        view.toggleRole(GridKt._get(view.grid, 0));
        assertThat(accounts.list("promote.me", 0, 10)).extracting(UserSummary::role).containsExactly(Role.TEACHER);
        assertThat(GridKt._getFormatted(view.grid, 0, "role")).isEqualTo("Teacher");
        assertThat(view.roleActionLabel(GridKt._get(view.grid, 0))).isEqualTo("Make student");

        view.toggleRole(GridKt._get(view.grid, 0));
        assertThat(accounts.list("promote.me", 0, 10)).extracting(UserSummary::id).containsExactly(student.id());
        assertThat(accounts.list("promote.me", 0, 10)).extracting(UserSummary::role).containsExactly(Role.STUDENT);
    }

    @Test
    void theAdminDisablesAnAccountAndEnablesItAgain() {
        UserSummary student = accounts.register("disable.me", "Disable Me", "password-10");
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/users");
        AdminUsersView view = _get(AdminUsersView.class);
        view.search.setValue("disable.me");
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("Active");
        assertThat(view.accessActionLabel(GridKt._get(view.grid, 0))).isEqualTo("Disable");

        view.toggleAccess(GridKt._get(view.grid, 0));
        assertThat(accounts.list("disable.me", 0, 10)).extracting(UserSummary::enabled).containsExactly(false);
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("Disabled");
        assertThat(view.accessActionLabel(GridKt._get(view.grid, 0))).isEqualTo("Enable");

        view.toggleAccess(GridKt._get(view.grid, 0));
        assertThat(accounts.list("disable.me", 0, 10)).extracting(UserSummary::id, UserSummary::enabled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(student.id(), true));
    }

    /** Fills the registration form and presses Register. */
    private static void submit(RegisterView view, String username, String displayName, String password,
                               String confirm) {
        view.username.setValue(username);
        view.displayName.setValue(displayName);
        view.password.setValue(password);
        view.confirm.setValue(confirm);
        _click(view.register);
    }
}
