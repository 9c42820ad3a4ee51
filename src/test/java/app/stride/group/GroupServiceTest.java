package app.stride.group;

import static app.stride.group.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.StatementCounter;
import app.stride.StrideTest;
import app.stride.account.AccountDeleting;
import app.stride.account.AccountService;
import app.stride.base.UserInputException;
import app.stride.practice.ProgressService;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizResultsService;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups: a teacher makes one, students join with its code, the teacher then reads their progress
 * and a co-teacher shares the group's quizzes; a teacher outside the group reaches nothing of it.
 */
@StrideTest
class GroupServiceTest {

    @Autowired
    GroupService groups;
    @Autowired
    GroupReach reach;
    @Autowired
    AccountService accounts;
    @Autowired
    ProgressService progress;
    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuizResultsService results;
    @Autowired
    StatementCounter counter;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private GroupCard group(String code) {
        return groups.mine().stream().filter(g -> g.joinCode().equals(code)).findFirst().orElseThrow();
    }

    private static QuizSettings quiz(String title, Long groupId) {
        return new QuizSettings(title, List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false,
                30, null, null, 1, false, FeedbackPolicy.AFTER_SUBMIT, groupId);
    }

    private static String messageOf(Runnable call) {
        try {
            call.run();
        } catch (UserInputException e) {
            return e.messageKey();
        }
        throw new AssertionError("no message");
    }

    @Test
    void aStudentJoinsByCodeAndOnlyTheGroupsTeacherReadsTheirProgress() {
        String teacher = Accounts.teacher(accounts, "grp.tara");
        String outsider = Accounts.teacher(accounts, "grp.otto");
        String student = Accounts.student(accounts, "grp.sem");
        as(teacher, "TEACHER");
        String code = groups.create("  CNN 2026 — group A ");
        assertThat(code).matches("[A-HJ-NP-Z2-9]{8}");
        assertThat(group(code).name()).isEqualTo("CNN 2026 — group A");

        as(outsider, "TEACHER");
        assertThatThrownBy(() -> progress.ofStudent(student)).isInstanceOf(AccessDeniedException.class);

        as(student, "STUDENT");
        // as a student types it from the projector: lower case, with a space
        String typed = code.substring(0, 4).toLowerCase() + " " + code.substring(4);
        assertThat(groups.join(typed)).isEqualTo("CNN 2026 — group A");
        groups.join(code); // a second time changes nothing
        assertThat(groups.memberships()).extracting(GroupCard.Membership::name).containsExactly("CNN 2026 — group A");

        as(teacher, "TEACHER");
        assertThat(group(code).members()).extracting(GroupCard.Person::username).containsExactly(student);
        assertThat(progress.ofStudent(student).families()).isNotEmpty();
        assertThat(reach.students()).extracting(u -> u.username()).contains(student);

        as(outsider, "TEACHER");
        assertThatThrownBy(() -> progress.ofStudent(student)).isInstanceOf(AccessDeniedException.class);
        assertThat(reach.students()).extracting(u -> u.username()).doesNotContain(student);
        assertThat(groups.mine()).extracting(GroupCard::joinCode).doesNotContain(code);
        long groupId = groupIdOf(code);
        long studentId = accounts.idOf(student).orElseThrow();
        assertThatThrownBy(() -> groups.removeMember(groupId, studentId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.addTeacher(groupId, outsider)).isInstanceOf(AccessDeniedException.class);

        as(teacher, "TEACHER");
        groups.removeMember(groupId, studentId);
        assertThat(group(code).members()).isEmpty();
        assertThatThrownBy(() -> progress.ofStudent(student)).isInstanceOf(AccessDeniedException.class);
    }

    private long groupIdOf(String code) {
        return jdbc.queryForObject("select id from study_group where join_code = ?", Long.class, code);
    }

    @Test
    void aQuizCodeOnTheGroupsPageAndAGroupCodeOnTheJoinPageEachSayWhereTheyGo() {
        String teacher = Accounts.teacher(accounts, "grp.codes");
        String student = Accounts.student(accounts, "grp.cora");
        as(teacher, "TEACHER");
        String groupCode = groups.create("Codes");
        String quizCode = quizzes.publish(quizzes.create(quiz("Codes quiz", null)).id()).joinCode();

        as(student, "STUDENT");
        assertThat(messageOf(() -> groups.join(quizCode))).isEqualTo("group.error.quizcode");
        assertThat(messageOf(() -> taking.join(groupCode))).isEqualTo("quiz.error.groupcode");
        assertThat(messageOf(() -> taking.about(groupCode.toLowerCase()))).isEqualTo("quiz.error.groupcode");
        assertThat(messageOf(() -> groups.join("ZZZZZZZZ"))).isEqualTo("group.error.code");
        assertThat(messageOf(() -> groups.join(""))).isEqualTo("group.error.code");

        as(teacher, "TEACHER");
        assertThat(messageOf(() -> groups.create(" "))).isEqualTo("group.error.name");
        assertThat(messageOf(() -> groups.create("x".repeat(GroupService.MAX_NAME + 1)))).isEqualTo("group.error.name");
        long id = groupIdOf(groupCode);
        assertThat(messageOf(() -> groups.addTeacher(id, student))).as("a student is no co-teacher")
                .isEqualTo("group.error.teacher");
        assertThat(messageOf(() -> groups.addTeacher(id, "grp.nobody"))).isEqualTo("group.error.teacher");
    }

    @Test
    void aCoTeacherSharesTheGroupsQuizAndItsResultsAndAQuizOfTheGroupRefusesOthers() {
        String owner = Accounts.teacher(accounts, "grp.olga");
        String coTeacher = Accounts.teacher(accounts, "grp.cees");
        String outsider = Accounts.teacher(accounts, "grp.xander");
        String member = Accounts.student(accounts, "grp.mila");
        String stranger = Accounts.student(accounts, "grp.nina");
        as(owner, "TEACHER");
        String code = groups.create("Shared");
        long groupId = groupIdOf(code);
        groups.addTeacher(groupId, " GRP.CEES ");
        assertThat(group(code).teachers()).extracting(GroupCard.Person::username).containsExactly(owner, coTeacher);
        QuizCard draft = quizzes.create(quiz("Group quiz", groupId));
        assertThat(quizzes.editableSettings(draft.id()).orElseThrow().groupId()).isEqualTo(groupId);
        QuizCard quiz = quizzes.publish(draft.id());

        as(outsider, "TEACHER");
        assertThat(messageOf(() -> quizzes.create(quiz("Not mine", groupId)))).isEqualTo("quiz.error.group");

        as(member, "STUDENT");
        groups.join(code);
        taking.join(quiz.joinCode());
        as(stranger, "STUDENT");
        assertThat(messageOf(() -> taking.about(quiz.joinCode()))).isEqualTo("quiz.error.notmember");
        assertThat(messageOf(() -> taking.join(quiz.joinCode()))).isEqualTo("quiz.error.notmember");

        as(coTeacher, "TEACHER");
        assertThat(quizzes.mine()).extracting(QuizCard::id).contains(quiz.id());
        assertThat(quizzes.mine()).filteredOn(q -> q.id() == quiz.id()).extracting(QuizCard::sharedBy)
                .containsExactly("grp.olga Teacher");
        assertThat(results.results(quiz.id()).students()).extracting(QuizResultsService.StudentResult::username)
                .containsExactly(member);
        assertThat(results.csv(quiz.id())).isNotEmpty();
        assertThat(progress.ofStudent(member).families()).isNotEmpty();

        as(outsider, "TEACHER");
        assertThat(quizzes.mine()).extracting(QuizCard::id).doesNotContain(quiz.id());
        assertThatThrownBy(() -> results.results(quiz.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.mark(quiz.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.archive(quiz.id())).isInstanceOf(AccessDeniedException.class);

        as("admin", "ADMIN");
        assertThat(quizzes.mine()).extracting(QuizCard::id).contains(quiz.id());
        assertThat(groups.mine()).extracting(GroupCard::joinCode).contains(code);
        assertThat(results.results(quiz.id()).students()).hasSize(1);
    }

    @Test
    void aQuizTakerIsReachedByTheQuizsOwnerWithoutAGroup() {
        String owner = Accounts.teacher(accounts, "grp.quinn");
        String taker = Accounts.student(accounts, "grp.taco");
        as(owner, "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(quiz("Open quiz", null)).id());
        assertThatThrownBy(() -> progress.ofStudent(taker)).isInstanceOf(AccessDeniedException.class);
        as(taker, "STUDENT");
        taking.join(quiz.joinCode());
        as(owner, "TEACHER");
        assertThat(progress.ofStudent(taker).families()).isNotEmpty();
        assertThat(reach.students()).extracting(u -> u.username()).contains(taker);
    }

    @Test
    void theTeachersListIsOneStatementHoweverManyMembers() {
        String teacher = Accounts.teacher(accounts, "grp.many");
        as(teacher, "TEACHER");
        String code = groups.create("Many");
        groups.create("Empty");
        for (int i = 0; i < 12; i++) {
            as(Accounts.student(accounts, "grp.many" + i), "STUDENT");
            groups.join(code);
        }
        as(teacher, "TEACHER");
        // the signed-in user's id comes from a principal in the app; here it is looked up first
        long me = accounts.idOf(teacher).orElseThrow();
        StatementCounter.Counted counted = counter.count(() -> assertThat(groups.mine()).hasSize(2));
        assertThat(counted.statements().stream().filter(s -> s.contains("study_group")).count()).isEqualTo(1);
        assertThat(group(code).members()).hasSize(12);
        assertThat(me).isPositive();
    }

    @Test
    void aDeletedAccountLeavesItsGroupsAndTheGroupsItMadePassToTheAdmin() {
        String teacher = Accounts.teacher(accounts, "grp.leaving");
        String student = Accounts.student(accounts, "grp.leaver");
        as(teacher, "TEACHER");
        String code = groups.create("Handed over");
        as(student, "STUDENT");
        groups.join(code);
        long teacherId = accounts.idOf(teacher).orElseThrow();
        long studentId = accounts.idOf(student).orElseThrow();
        long adminId = accounts.idOf("admin").orElseThrow();
        transaction.executeWithoutResult(s -> {
            events.publishEvent(new AccountDeleting(studentId, adminId));
            events.publishEvent(new AccountDeleting(teacherId, adminId));
        });
        assertThat(jdbc.queryForObject("select count(*) from group_member where user_id = ?", Long.class, studentId))
                .isZero();
        assertThat(jdbc.queryForObject("select owner_id from study_group where join_code = ?", Long.class, code))
                .isEqualTo(adminId);
        as("admin", "ADMIN");
        assertThat(group(code).teachers()).extracting(GroupCard.Person::username).containsExactly("admin");
    }
}
