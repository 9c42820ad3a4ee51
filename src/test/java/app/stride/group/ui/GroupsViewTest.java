package app.stride.group.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.account.AccountService;
import app.stride.account.UserSummary;
import app.stride.group.Accounts;
import app.stride.group.GroupCard;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The groups page: a teacher makes a group, a student joins it by its link, and the teacher then
 * opens that student's progress; a teacher outside the group sees neither the student nor their data.
 */
class GroupsViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    QuizService quizzes;

    /** Goes to an address as typed, query included. */
    private static void go(String address) {
        Location location = new Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private GroupsView open(String address) {
        go(address);
        return _get(GroupsView.class);
    }

    private String createGroup(String name) {
        GroupsView view = open("groups");
        view.name.setValue(name);
        ButtonKt._click(view.create);
        Matcher code = Pattern.compile("[A-HJ-NP-Z2-9]{8}").matcher(view.message.getText());
        assertThat(code.find()).as(view.message.getText()).isTrue();
        assertThat(view.message.getText()).isEqualTo(t("group.created", name, code.group()));
        return code.group();
    }

    private static String progressPage(String student) {
        go("progress?student=" + student);
        return shown(view());
    }

    /** The view the address opened. */
    private static com.vaadin.flow.component.Component view() {
        return (com.vaadin.flow.component.Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> pickable() {
        ComboBox<UserSummary> picker = _get(ComboBox.class, spec -> spec.withLabel(t("progress.student")));
        return picker.getListDataView().getItems().map(UserSummary::username).toList();
    }

    @Test
    void aStudentJoinsByLinkAndOnlyTheGroupsTeacherOpensTheirProgress() {
        String teacher = Accounts.teacher(accounts, "grpv.tess");
        String outsider = Accounts.teacher(accounts, "grpv.olaf");
        String student = Accounts.student(accounts, "grpv.stan");
        login(teacher, "TEACHER");
        GroupsView view = open("groups");
        view.name.setValue("   ");
        ButtonKt._click(view.create);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo(t("group.error.name"));
        String code = createGroup("Vision 1");
        assertThat(shown(open("groups").groups)).contains("Vision 1").contains(code).contains(t("group.members", 0));
        assertThat(progressPage(student)).contains(t("progress.student.denied"));

        login(student, "STUDENT");
        view = open("groups?code=" + code.toLowerCase());
        assertThat(view.message.getText()).isEqualTo(t("group.joined", "Vision 1"));
        assertThat(shown(view.memberships)).contains("Vision 1");

        login(teacher, "TEACHER");
        view = open("groups");
        GroupCardView card = _get(view.groups, GroupCardView.class);
        assertThat(GridKt._size(card.members)).isEqualTo(1);
        assertThat(GridKt._get(card.members, 0).username()).isEqualTo(student);
        String page = progressPage(student);
        assertThat(page).doesNotContain(t("progress.student.denied")).contains(t("progress.mastery"));
        assertThat(pickable()).contains(student);

        login(outsider, "TEACHER");
        page = progressPage(student);
        assertThat(page).contains(t("progress.student.denied")).doesNotContain(t("progress.mastery"));
        assertThat(pickable()).doesNotContain(student);
        assertThat(shown(open("groups").groups)).doesNotContain("Vision 1");
    }

    @Test
    void aTeacherAddsACoTeacherAndRemovesAStudent() {
        String teacher = Accounts.teacher(accounts, "grpv.tina");
        String coTeacher = Accounts.teacher(accounts, "grpv.cato");
        String student = Accounts.student(accounts, "grpv.sara");
        login(teacher, "TEACHER");
        String code = createGroup("Vision 2");
        login(student, "STUDENT");
        open("groups?code=" + code);

        login(teacher, "TEACHER");
        GroupCardView card = _get(open("groups").groups, GroupCardView.class);
        card.coTeacher.setValue(student);
        ButtonKt._click(card.addTeacher);
        assertThat(card.coTeacher.isInvalid()).isTrue();
        assertThat(card.coTeacher.getErrorMessage()).isEqualTo(t("group.error.teacher"));
        card.coTeacher.setValue(coTeacher);
        ButtonKt._click(card.addTeacher);
        card = _get(_get(GroupsView.class).groups, GroupCardView.class);
        assertThat(shown(card)).contains(t("group.teachers", "grpv.tina Teacher, grpv.cato Teacher"));

        List<Button> remove = _find(GridKt._getCellComponent(card.members, 0, "actions"), Button.class,
                spec -> spec.withText(t("group.remove")));
        assertThat(remove).hasSize(1);
        ButtonKt._click(remove.get(0));
        card = _get(_get(GroupsView.class).groups, GroupCardView.class);
        assertThat(GridKt._size(card.members)).isZero();
        assertThat(_get(GroupsView.class).message.getText()).isEqualTo(t("group.removed", "grpv.sara Student", "Vision 2"));

        login(coTeacher, "TEACHER");
        assertThat(shown(open("groups").groups)).contains("Vision 2");
    }

    @Test
    void aQuizCodeOnTheGroupsPageSaysWhereItGoesAndAGroupQuizRefusesANonMember() {
        String teacher = Accounts.teacher(accounts, "grpv.theo");
        String member = Accounts.student(accounts, "grpv.mees");
        String stranger = Accounts.student(accounts, "grpv.nora");
        login(teacher, "TEACHER");
        String code = createGroup("Vision 3");
        String openCode = quizzes.publish(quizzes.create(new QuizSettings("Anyone", List.of(
                new QuizSettings.Item("conv-params", null, null, 1)), false, 10, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id()).joinCode();

        // the quiz form offers the teacher's groups
        UI.getCurrent().navigate("quizzes");
        @SuppressWarnings("unchecked")
        Select<GroupCard.Option> group = _get(Select.class, spec -> spec.withLabel(t("quiz.field.group")));
        assertThat(group.isVisible()).isTrue();
        GroupCard.Option vision = group.getListDataView().getItems().filter(o -> o.name().equals("Vision 3"))
                .findFirst().orElseThrow();
        long quizId = quizzes.create(new QuizSettings("Members only", List.of(
                new QuizSettings.Item("conv-params", null, null, 1)), false, 10, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT, vision.id())).id();
        String groupQuiz = quizzes.publish(quizId).joinCode();
        // its card says whom it is for; the quiz for everyone names no group (read anew: from another page)
        go("groups");
        go("quizzes");
        List<String> cards = _find(view(), com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("stride-quiz-card")).stream().map(KaribuTest::shown).toList();
        assertThat(cards).filteredOn(c -> c.contains("Members only")).singleElement().asString()
                .contains(t("quiz.card.group", "Vision 3"));
        assertThat(cards).filteredOn(c -> c.contains("Anyone")).singleElement().asString()
                .doesNotContain(t("quiz.card.group", "Vision 3"));

        login(member, "STUDENT");
        open("groups?code=" + code);
        GroupsView view = open("groups");
        view.code.setValue(openCode);
        ButtonKt._click(view.join);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo(t("group.error.quizcode"));

        login(stranger, "STUDENT");
        go("join?code=" + groupQuiz);
        TextField field = _get(TextField.class, spec -> spec.withLabel(t("quiz.join.code")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(t("quiz.error.notmember"));
        go("join?code=" + code);
        field = _get(TextField.class, spec -> spec.withLabel(t("quiz.join.code")));
        assertThat(field.getErrorMessage()).isEqualTo(t("quiz.error.groupcode"));

        login(member, "STUDENT");
        go("join?code=" + groupQuiz);
        field = _get(TextField.class, spec -> spec.withLabel(t("quiz.join.code")));
        assertThat(field.isInvalid()).isFalse();
        assertThat(shown(view())).contains("Members only");
    }

    @Test
    void theAdminSeesEveryTeachersQuizWithItsOwnerAndEveryGroup() {
        String teacher = Accounts.teacher(accounts, "grpv.ada");
        login(teacher, "TEACHER");
        String code = createGroup("Vision 4");
        long quizId = quizzes.create(new QuizSettings("Ada's quiz", List.of(
                new QuizSettings.Item("conv-params", null, null, 1)), false, 10, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id();

        login("admin", "ADMIN");
        go("quizzes");
        String card = _find(view(), com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("stride-quiz-card"))
                .stream().filter(c -> c.getElement().getAttribute("data-quiz-id").equals(String.valueOf(quizId)))
                .map(KaribuTest::shown).findFirst().orElseThrow();
        assertThat(card).contains("Ada's quiz").contains(t("quiz.card.owner", "grpv.ada Teacher"));
        assertThat(shown(open("groups").groups)).contains("Vision 4").contains(code);
    }
}
