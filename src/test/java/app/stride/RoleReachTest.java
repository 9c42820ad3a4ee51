package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.account.AccountService;
import app.stride.account.Role;
import app.stride.base.UserInputException;
import app.stride.exercise.Exercise;
import app.stride.practice.PracticeService;
import app.stride.practice.ProgressService;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.MoodleExport;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizResultsService;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every public service method that reads or writes one user's data, called as each of six
 * callers: nobody signed in, the student whose data it is, another student, the teacher who owns
 * the quiz, another teacher, and the admin. Who asks comes from the security context only, with
 * the role the database gives the account; a teacher reads the students who took their quiz (or are in
 * their groups), never other teachers or the admin; the admin reaches every quiz.
 */
@StrideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleReachTest {

    enum Who { ANONYMOUS, STUDENT, OTHER_STUDENT, TEACHER, OTHER_TEACHER, ADMIN }

    private static final Map<Who, String> NAMES = Map.of(Who.STUDENT, "reach.sanne", Who.OTHER_STUDENT, "reach.omar",
            Who.TEACHER, "reach.tessa", Who.OTHER_TEACHER, "reach.timo", Who.ADMIN, "admin");
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> STAFF = EnumSet.of(Who.TEACHER, Who.OTHER_TEACHER, Who.ADMIN);
    /** A quiz's teachers: its owner, and the admin, who sees every quiz. */
    private static final Set<Who> QUIZ_STAFF = EnumSet.of(Who.TEACHER, Who.ADMIN);

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PracticeService practice;
    @Autowired
    ProgressService progress;
    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuizResultsService results;
    @Autowired
    MoodleExport moodle;

    /** The account id of each signed-in caller. */
    private final Map<Who, Long> ids = new HashMap<>();
    /** A practice attempt of each signed-in caller. */
    private final Map<Who, Long> practised = new HashMap<>();
    private QuizCard quiz;
    private AttemptSheet attempt;

    @BeforeAll
    void accountsAndTheirData() {
        signInAs(Who.ADMIN);
        for (Who who : List.of(Who.STUDENT, Who.OTHER_STUDENT, Who.TEACHER, Who.OTHER_TEACHER)) {
            String name = NAMES.get(who);
            if (!accounts.exists(name)) {
                long id = accounts.register(name, "Reach " + who, "Reach-Harbour-2931").id();
                if (who == Who.TEACHER || who == Who.OTHER_TEACHER) {
                    accounts.changeRole(id, Role.TEACHER);
                }
            }
        }
        for (Who who : SIGNED_IN) {
            ids.put(who, accounts.idOf(NAMES.get(who)).orElseThrow());
        }
        for (Who who : SIGNED_IN) {
            signInAs(who);
            Exercise e = practice.next("conv-params", null);
            practice.submit(e, answers(e), 1000, "practice");
            practised.put(who, progress.mine().recent().get(0).id());
        }
        signInAs(Who.TEACHER);
        quiz = quizzes.publish(quizzes.create(new QuizSettings("Reach", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 2)), false, 30, null, null, 20, false,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        signInAs(Who.STUDENT);
        attempt = taking.sheet(taking.join(quiz.joinCode()));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Map<String, String> answers(Exercise e) {
        Map<String, String> typed = new HashMap<>();
        e.template().parts().forEach(p -> typed.put(p.id(), e.expected(p.id()).number().toPlainString()));
        return typed;
    }

    /** Signs in as a real sign-in would: the account's principal, with the role the database has for it. */
    private void signInAs(Who who) {
        SecurityContextHolder.clearContext();
        if (who == Who.ANONYMOUS) {
            return;
        }
        UserDetails user = userDetails.loadUserByUsername(NAMES.get(who));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private interface Call {
        void run() throws Exception;
    }

    private record Case(String method, Set<Who> allowed, Call call) {
    }

    private List<Case> cases() {
        long question = attempt.questions().get(0).id();
        List<Case> cases = new ArrayList<>(List.of(
                new Case("accounts.displayName", SIGNED_IN, accounts::displayName),
                new Case("accounts.preferredLocale", SIGNED_IN, accounts::preferredLocale),
                new Case("accounts.savePreferredLocale", SIGNED_IN, () -> accounts.savePreferredLocale(Locale.ENGLISH)),
                new Case("accounts.summaries", STAFF, () -> accounts.summaries(ids.values())),
                new Case("accounts.students", STAFF, accounts::students),
                new Case("progress.mine", SIGNED_IN, progress::mine),
                // the teacher reaches the student who took their quiz; another teacher, no one of theirs
                new Case("progress.ofStudent(student)", QUIZ_STAFF, () -> progress.ofStudent(NAMES.get(Who.STUDENT))),
                new Case("progress.ofStudent(teacher)", EnumSet.of(Who.TEACHER),
                        () -> progress.ofStudent(NAMES.get(Who.TEACHER))),
                new Case("progress.ofStudent(admin)", EnumSet.of(Who.ADMIN), () -> progress.ofStudent("admin")),
                new Case("progress.ofStudent(unknown)", Set.of(), () -> progress.ofStudent("reach.nobody")),
                new Case("practice.review(student's)", EnumSet.of(Who.STUDENT, Who.TEACHER, Who.ADMIN),
                        () -> practice.review(practised.get(Who.STUDENT))),
                new Case("practice.review(other student's)",
                        EnumSet.of(Who.OTHER_STUDENT, Who.ADMIN),
                        () -> practice.review(practised.get(Who.OTHER_STUDENT))),
                new Case("practice.review(teacher's)", EnumSet.of(Who.TEACHER),
                        () -> practice.review(practised.get(Who.TEACHER))),
                new Case("practice.review(admin's)", EnumSet.of(Who.ADMIN), () -> practice.review(practised.get(Who.ADMIN))),
                new Case("practice.suggestion", SIGNED_IN, practice::suggestion),
                new Case("practice.submit", SIGNED_IN, () -> {
                    Exercise e = practice.variant("conv-params-rgb");
                    practice.submit(e, answers(e), 500, "practice");
                }),
                new Case("taking.sheet", EnumSet.of(Who.STUDENT), () -> taking.sheet(attempt.id())),
                new Case("taking.save", EnumSet.of(Who.STUDENT),
                        () -> taking.save(attempt.id(), attempt.version(), question, "params", "42")),
                new Case("taking.check", EnumSet.of(Who.STUDENT), () -> taking.check(attempt.id(), question)),
                new Case("taking.mine", SIGNED_IN, taking::mine),
                new Case("taking.handInOverdue", SIGNED_IN, taking::handInOverdue),
                new Case("taking.about", SIGNED_IN, () -> taking.about(quiz.joinCode())),
                new Case("taking.preview", QUIZ_STAFF, () -> taking.preview(quiz.id())),
                new Case("results.results", QUIZ_STAFF, () -> results.results(quiz.id())),
                new Case("results.mark", QUIZ_STAFF, () -> results.mark(quiz.id())),
                new Case("results.csv", QUIZ_STAFF, () -> results.csv(quiz.id())),
                new Case("results.attempt", QUIZ_STAFF, () -> results.attempt(attempt.id())),
                new Case("results.handInOverdue", QUIZ_STAFF, () -> results.handInOverdue(quiz.id())),
                new Case("moodle.export", QUIZ_STAFF, () -> moodle.export(quiz.id(), 1, Locale.ENGLISH)),
                new Case("quizzes.mine", STAFF, quizzes::mine),
                new Case("quizzes.get", QUIZ_STAFF, () -> quizzes.get(quiz.id())),
                new Case("quizzes.editableSettings", QUIZ_STAFF, () -> quizzes.editableSettings(quiz.id())),
                new Case("quizzes.publish", QUIZ_STAFF, () -> quizzes.publish(quiz.id())),
                new Case("quizzes.duplicate", QUIZ_STAFF, () -> quizzes.duplicate(quiz.id())),
                new Case("quizzes.create", STAFF, () -> quizzes.create(new QuizSettings("Own", List.of(
                        new QuizSettings.Item("conv-params", null, null, 1)), false, 10, null, null, 1, false,
                        FeedbackPolicy.AFTER_SUBMIT))),
                new Case("taking.join", SIGNED_IN, () -> taking.join(quiz.joinCode())),
                new Case("taking.startExam", SIGNED_IN, taking::startExam),
                // these end the attempt and the quiz: last
                new Case("taking.timeUp", EnumSet.of(Who.STUDENT), () -> taking.timeUp(attempt.id())),
                new Case("taking.submit", EnumSet.of(Who.STUDENT), () -> taking.submit(attempt.id())),
                new Case("quizzes.archive", QUIZ_STAFF, () -> quizzes.archive(quiz.id()))));
        return cases;
    }

    @Test
    void eachCallerReachesExactlyWhatTheirRoleAllows() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Case c : cases()) {
            for (Who who : Who.values()) {
                signInAs(who);
                boolean allowed;
                String how;
                try {
                    c.call().run();
                    allowed = true;
                    how = "answered";
                } catch (AccessDeniedException | AuthenticationException e) {
                    allowed = false;
                    how = e.getClass().getSimpleName();
                } catch (UserInputException e) {
                    // past the access check: the caller's data, with a message about the request
                    allowed = true;
                    how = e.messageKey();
                } catch (Exception e) {
                    throw new AssertionError(c.method() + " as " + who, e);
                }
                calls++;
                if (allowed != c.allowed().contains(who)) {
                    wrong.add(c.method() + " as " + who + ": " + (allowed ? "allowed" : "denied") + " (" + how + ")");
                }
            }
        }
        assertThat(calls).isEqualTo(cases().size() * Who.values().length);
        assertThat(wrong).as("calls whose access is not what the role allows").isEmpty();
    }

    @Test
    void theProfileMethodsAnswerForTheCallerThemselves() {
        for (Who who : List.of(Who.STUDENT, Who.OTHER_STUDENT, Who.TEACHER, Who.OTHER_TEACHER)) {
            signInAs(who);
            assertThat(accounts.displayName()).as("as " + who).contains("Reach " + who);
        }
        signInAs(Who.STUDENT);
        accounts.savePreferredLocale(Locale.forLanguageTag("nl"));
        signInAs(Who.OTHER_STUDENT);
        accounts.savePreferredLocale(Locale.ENGLISH);
        signInAs(Who.STUDENT);
        assertThat(accounts.preferredLocale()).contains(Locale.forLanguageTag("nl"));
    }

    @Test
    void aTeacherIsToldOfStudentsAndThemselvesNotOfOtherTeachersOrTheAdmin() {
        Map<Who, Set<Who>> told = Map.of(
                Who.TEACHER, EnumSet.of(Who.STUDENT, Who.OTHER_STUDENT, Who.TEACHER),
                Who.OTHER_TEACHER, EnumSet.of(Who.STUDENT, Who.OTHER_STUDENT, Who.OTHER_TEACHER),
                Who.ADMIN, SIGNED_IN);
        told.forEach((who, expected) -> {
            signInAs(who);
            Set<Long> answered = accounts.summaries(ids.values()).keySet();
            assertThat(answered).as("as " + who)
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(ids::get).toList());
        });
    }
}
