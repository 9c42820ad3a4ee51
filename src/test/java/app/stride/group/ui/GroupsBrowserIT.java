package app.stride.group.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.stride.BrowserTestBase;
import app.stride.account.AccountService;
import app.stride.group.Accounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher makes a group and hands out its link; a student opens it and is in; the teacher then
 * opens that student's progress from the group, and a teacher outside the group is refused it.
 */
class GroupsBrowserIT extends BrowserTestBase {

    @Autowired
    AccountService accounts;

    @Test
    void aTeacherMakesAGroupAStudentJoinsByLinkAndOnlyTheGroupsTeacherReadsTheirProgress() {
        accounts.register("e2e.grp.sven", "Sven Student", "sven-password");
        Accounts.teacher(accounts, "e2e.grp.other");
        accounts.register("e2e.grp.helper", "unused", "unused-password-1"); // a student, not a co-teacher

        logIn("teacher", "teacher-demo");
        open("groups");
        page.getByLabel("Name of the new group").fill("E2E Vision class");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create group")).click();
        Locator card = page.locator(".stride-group-card").filter(new Locator.FilterOptions().setHasText("E2E Vision class"));
        Locator code = card.locator(".stride-code");
        assertThat(code).hasText(Pattern.compile("^[A-HJ-NP-Z2-9]{8}$"));
        String joinCode = code.textContent().strip();
        assertThat(page.getByText("Group E2E Vision class created. Its code is " + joinCode + ".")).isVisible();
        // a student's account is no co-teacher: said on the field
        card.getByLabel("Add a co-teacher").fill("e2e.grp.helper");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add co-teacher")).click();
        assertThat(card.getByText("No teacher account has this username.")).isVisible();
        newVisitor();

        logIn("e2e.grp.sven", "sven-password");
        open("groups?code=" + joinCode);
        assertThat(page.getByText("You are in the group E2E Vision class.")).isVisible();
        assertThat(page.locator(".stride-group-membership")).containsText("E2E Vision class");
        // the group's code typed where a quiz code goes says where it belongs
        open("join");
        page.getByLabel("Quiz code").fill(joinCode);
        page.keyboard().press("Enter");
        assertThat(page.getByText("This is a group code (8 characters)."))
                .isVisible();
        newVisitor();

        logIn("teacher", "teacher-demo");
        open("groups");
        card = page.locator(".stride-group-card").filter(new Locator.FilterOptions().setHasText("E2E Vision class"));
        assertThat(card.getByText("Members (1)")).isVisible();
        assertThat(card.locator("vaadin-grid")).containsText("Sven Student");
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Progress")).click();
        page.waitForURL(u -> u.contains("progress?student=e2e.grp.sven"));
        waitForVaadin(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mastery per topic")))
                .isVisible();
        newVisitor();

        logIn("e2e.grp.other", "unused-secret-pw");
        open("progress?student=e2e.grp.sven");
        assertThat(page.getByText("Only the progress of a student in one of your groups")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mastery per topic")))
                .hasCount(0);
    }
}
