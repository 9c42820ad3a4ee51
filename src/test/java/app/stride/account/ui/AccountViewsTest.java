package app.stride.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.account.AccountService;
import app.stride.account.Role;
import app.stride.account.UserSummary;
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
        view.username.setValue("student");
        view.displayName.setValue("Someone Else");
        view.password.setValue("long enough pw");
        view.confirm.setValue("long enough pw");
        _click(view.register);
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).isEqualTo(t("account.error.username.taken"))
                .isEqualTo("This username is taken; choose another.");
    }

    @Test
    void aShortPasswordAndAMismatchAreRefusedOnTheirFields() {
        UI.getCurrent().navigate("register");
        RegisterView view = _get(RegisterView.class);
        view.username.setValue("new.student.a");
        view.displayName.setValue("A");
        view.password.setValue("short");
        view.confirm.setValue("short");
        _click(view.register);
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
    void registeringCreatesTheStudent() {
        UI.getCurrent().navigate("register");
        RegisterView view = _get(RegisterView.class);
        view.username.setValue("karibu.student");
        view.displayName.setValue("Karibu Student");
        view.password.setValue("long enough pw");
        view.confirm.setValue("long enough pw");
        _click(view.register);
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
}
