package app.stride;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.account.AccountService;
import app.stride.exercise.Exercise;
import app.stride.practice.PracticeService;
import app.stride.practice.ProgressService;
import app.stride.quiz.QuizTakingService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import app.stride.group.GroupService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route that reads its address, opened with what a user might type or an attacker might
 * try: an unknown id, letters, a negative number, a number too large for a long, nothing. Each is
 * a "not found" or "no access" on the page, never the incident page, and a quiz attempt that is
 * not there has no Hand-in button.
 */
class TypedUrlsTest extends KaribuTest {

    private static final String TOO_LONG = "99999999999999999999";
    private static final List<String> BAD_IDS = List.of("999999999", "abc", "-1", "0", TOO_LONG, "", "1e3", " 7");

    @Autowired
    AccountService accounts;
    @Autowired
    PracticeService practice;
    @Autowired
    ProgressService progress;
    @Autowired
    QuizTakingService taking;
    @Autowired
    GroupService groups;

    private void signIn(String username, String role) {
        if (!accounts.exists(username)) {
            accounts.register(username, username, "Typed-Lantern-4410");
        }
        login(username, role);
    }

    /** Opens the address as typed and returns what the page shows; fails on an incident page or notice. */
    private String open(String address) {
        Location location = new Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        String page = shown(view());
        assertThat(page).as(address).doesNotContain(t("error.internal.title"));
        assertThat(NotificationsKt.getNotifications()).as(address)
                .noneMatch(n -> shown(n).contains("incident"));
        return page;
    }

    /** The view the address opened (an error view, if it came to that). */
    private static com.vaadin.flow.component.Component view() {
        return (com.vaadin.flow.component.Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether a Hand-in button is there for the user to press. */
    private static boolean handInOffered() {
        return _find(view(), Button.class).stream()
                .anyMatch(b -> b.isEnabled() && t("quiz.submit").equals(b.getText()) && seen(b));
    }

    /** Shown on the page: it and every component around it visible. */
    private static boolean seen(com.vaadin.flow.component.Component c) {
        for (var at = java.util.Optional.of(c); at.isPresent(); at = at.get().getParent()) {
            if (!at.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean downloadOffered() {
        return _find(view(), com.vaadin.flow.component.html.Anchor.class).stream()
                .anyMatch(a -> t("quiz.csv").equals(a.getText()) && seen(a));
    }

    @Test
    void aQuizAttemptThatIsNotThereSaysSoAndOffersNoHandIn() {
        login("student", "STUDENT");
        long others = taking.startExam().attemptId();
        signIn("typed.sam", "STUDENT");
        for (String id : BAD_IDS) {
            assertThat(open("quiz-attempt?id=" + encoded(id))).as(id).contains(t("quiz.error.unknown"));
            assertThat(handInOffered()).as(id).isFalse();
        }
        assertThat(open("quiz-attempt")).contains(t("quiz.error.unknown"));
        assertThat(handInOffered()).isFalse();
        assertThat(open("quiz-attempt?id=" + others)).contains(t("error.denied.title"));
        assertThat(handInOffered()).isFalse();

        // the same view, reused for a real attempt after a wrong one, and then for a wrong one again
        long mine = taking.startExam().attemptId();
        open("quiz-attempt?id=" + mine);
        assertThat(handInOffered()).isTrue();
        assertThat(open("quiz-attempt?id=abc")).contains(t("quiz.error.unknown"));
        assertThat(handInOffered()).as("nothing of the attempt shown before stays").isFalse();
    }

    @Test
    void quizResultsAndReviewsThatAreNotThereSaySo() {
        login("teacher", "TEACHER");
        for (String id : BAD_IDS) {
            assertThat(open("quiz-results?id=" + encoded(id))).as(id).contains(t("quiz.error.unknown"));
            assertThat(downloadOffered()).as(id).isFalse();
            assertThat(UI.getCurrent().getPollInterval()).as(id).isEqualTo(-1);
            assertThat(open("quiz-review?id=" + encoded(id))).as(id).contains(t("quiz.error.unknown"));
        }
        assertThat(open("quiz-results")).contains(t("quiz.error.unknown"));
        assertThat(open("quiz-review")).contains(t("quiz.error.unknown"));
    }

    @Test
    void practiceLinksThatNameNothingSaySo() {
        login("teacher", "TEACHER");
        Exercise e = practice.next("conv-params", null);
        Map<String, String> typed = new HashMap<>();
        e.template().parts().forEach(p -> typed.put(p.id(), "1"));
        practice.submit(e, typed, 1000, "practice");
        long teachers = progress.mine().recent().get(0).id();

        signIn("typed.pia", "STUDENT");
        String template = "conv-params-rgb";
        assertThat(open("practice?template=" + template + "&seed=9999999999999999999"))
                .contains(t("practice.link.seed"));
        for (String seed : List.of("abc", TOO_LONG, "1.5", "")) {
            assertThat(open("practice?template=" + template + "&seed=" + encoded(seed))).as(seed)
                    .contains(t("practice.link.seed"));
        }
        assertThat(open("practice?template=" + template + "&seed=5")).as("any positive long is a seed")
                .doesNotContain(t("practice.link.seed")).contains(t("practice.submit"));
        assertThat(open("practice?template=" + template + "&seed=-5")).as("a quiz's seed, never opened in practice")
                .contains(t("practice.link.seed"));
        for (String unknown : List.of("nope", "", "../etc", "conv-params-rgb%00")) {
            assertThat(open("practice?template=" + encoded(unknown) + "&seed=1")).as(unknown)
                    .contains(t("practice.link.template"));
            assertThat(open("practice?template=" + encoded(unknown))).as(unknown).contains(t("practice.link.template"));
        }
        for (String id : BAD_IDS) {
            assertThat(open("practice?attempt=" + encoded(id))).as(id).contains(t("practice.link.attempt"));
        }
        assertThat(open("practice?attempt=" + teachers)).as("a teacher's attempt, to a student")
                .contains(t("practice.link.denied"));
        assertThat(open("practice?family=nope")).contains(t("practice.link.family"));
    }

    @Test
    void progressOfSomeoneATeacherMayNotReadSaysSo() {
        signIn("typed.tijs", "STUDENT");
        assertThat(open("progress?student=teacher")).as("a student sees their own progress")
                .doesNotContain(t("progress.student.denied")).contains(t("progress.mastery"));

        login("teacher", "TEACHER");
        // a student outside the teacher's groups and quizzes is refused like a name that is not there
        for (String who : List.of("admin", "teacher2-nobody", "", "%00", "a".repeat(5000), "typed.tijs")) {
            assertThat(open("progress?student=" + encoded(who))).as(who).contains(t("progress.student.denied"));
        }
        String code = groups.create("Typed URLs");
        signIn("typed.tijs", "STUDENT");
        groups.join(code);
        login("teacher", "TEACHER");
        assertThat(open("progress?student=typed.tijs")).doesNotContain(t("progress.student.denied"))
                .contains(t("progress.mastery"));
    }

    @Test
    void joinAndCalculatorLinksThatHoldNothingSaySo() {
        signIn("typed.noor", "STUDENT");
        for (String code : List.of("NOPE99", "", "%", "x".repeat(5000))) {
            open("join?code=" + encoded(code));
            assertThat(shown(view())).as(code).doesNotContain(t("error.internal.title"));
        }
        String notAnObject = app.stride.calculator.ModelLink.encode(
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("input", "x"));
        var layersNotObjects = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        layersNotObjects.putArray("input").add(8).add(8).add(1);
        layersNotObjects.putArray("layers").add(1).add("conv2d");
        var hugeInput = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        hugeInput.putArray("input").add(1e12).add(8).add(1);
        for (String model : List.of("broken", "", notAnObject, app.stride.calculator.ModelLink.encode(layersNotObjects),
                app.stride.calculator.ModelLink.encode(hugeInput))) {
            open("calculator?model=" + encoded(model));
            NotificationsKt.clearNotifications();
        }
        open("calculator?preset=nope");
    }
}
