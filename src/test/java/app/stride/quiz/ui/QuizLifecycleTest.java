package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizStatus;
import app.stride.quiz.QuizTakingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A quiz's life cycle as its teacher and its students read it: states, copies, archive, join link, start screen. */
class QuizLifecycleTest extends QuizViewTest {

    private static QuizSettings settings(String title, int questions, int minutes, Instant opens, Instant closes) {
        return new QuizSettings(title, List.of(new QuizSettings.Item("iou", null, null, questions)), false, minutes,
                opens, closes, 1, false, FeedbackPolicy.AFTER_SUBMIT);
    }

    private static String uniq(String title) {
        return title + " " + System.nanoTime();
    }

    @Test
    void eachCardSaysWhereItsQuizStandsAndItsRules() {
        login("teacher", "TEACHER");
        Instant now = clock.instant();
        QuizCard draft = quizzes.create(settings(uniq("Draft"), 1, 20, null, null));
        QuizCard scheduled = quizzes.publish(quizzes.create(settings(uniq("Scheduled"), 1, 20,
                now.plus(Duration.ofHours(2)), null)).id());
        QuizCard open = quizzes.publish(quizzes.create(settings(uniq("Open"), 1, 20, null, null)).id());
        QuizCard closing = quizzes.publish(quizzes.create(settings(uniq("Closing"), 1, 20, null,
                now.plus(Duration.ofMinutes(10)))).id());
        QuizCard archived = quizzes.create(settings(uniq("Archived"), 1, 20, null, null));
        quizzes.archive(archived.id());
        // the quiz that closes in ten minutes is still open, then closed: "Published" no longer stays
        UI.getCurrent().navigate("quizzes");
        assertThat(state(_get(QuizzesView.class), closing)).isEqualTo("Open");
        clock.advance(Duration.ofMinutes(11));
        UI.getCurrent().navigate("join");
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        assertThat(state(view, draft)).isEqualTo("Draft");
        assertThat(state(view, scheduled)).isEqualTo("Scheduled");
        assertThat(state(view, open)).isEqualTo("Open");
        assertThat(state(view, closing)).isEqualTo("Closed");
        assertThat(state(view, archived)).isEqualTo("Archived");

        String closes = now.plus(Duration.ofMinutes(10)).atZone(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(Locale.ENGLISH));
        assertThat(cardText(view, closing)).contains("Opens: when published · closes: " + closes
                + " · 20 min per attempt · 1 attempt · feedback: After handing in · questions in order")
                .contains("0 started, 0 handed in");
        assertThat(cardText(view, draft)).contains("closes: no closing time").doesNotContain("started");
    }

    @Test
    void aDuplicateIsTitledAsACopyAndACopyOfACopyIsNumbered() {
        login("teacher", "TEACHER");
        String title = uniq("Week 3");
        QuizCard original = quizzes.create(settings(title, 1, 20, null, null));
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        button(view, original, "Duplicate").click();
        assertThat(view.message.getText()).isEqualTo("Copied as " + title + " (copy), a draft.");
        QuizCard copy = mine(title + " (copy)");
        button(view, copy, "Duplicate").click();
        assertThat(mine(title + " (copy 2)").status()).isEqualTo(QuizStatus.DRAFT);

        String longTitle = "L".repeat(118);
        assertThat(quizzes.duplicate(quizzes.create(settings(longTitle, 1, 20, null, null)).id()).title())
                .isEqualTo("L".repeat(113) + " (copy)").hasSize(120);
    }

    @Test
    void archivingAsksFirstAndKeepingItChangesNothing() {
        QuizCard quiz = publishedByTeacher(settings(uniq("To archive"), 1, 20, null, null));
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        button(view, quiz, "Archive").click();
        assertThat(view.archiveDialog.isOpened()).isTrue();
        assertThat(view.archiveDialog.getHeaderTitle()).isEqualTo("Archive " + quiz.title() + "?");
        assertThat(view.archiveDialog.getElement().getTextRecursively()).contains("students can no longer join");
        assertThat(quizzes.get(quiz.id()).status()).as("not before the teacher confirms").isEqualTo(QuizStatus.PUBLISHED);
        footerButton(view.archiveDialog, "Keep it").click();
        assertThat(view.archiveDialog.isOpened()).isFalse();
        assertThat(quizzes.get(quiz.id()).status()).isEqualTo(QuizStatus.PUBLISHED);

        button(view, quiz, "Archive").click();
        footerButton(view.archiveDialog, "Archive").click();
        assertThat(quizzes.get(quiz.id()).status()).isEqualTo(QuizStatus.ARCHIVED);
        assertThat(view.message.getText()).isEqualTo("Archived: " + quiz.title() + ".");
    }

    @Test
    void theJoinLinkIsAbsoluteAndItsQrCodeIsShownLargeWithTheCode() {
        QuizCard quiz = publishedByTeacher(settings(uniq("Linked"), 1, 20, null, null));
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        Button copy = button(view, quiz, "Copy join link");
        String link = copy.getElement().getAttribute("data-copy");
        assertThat(link).matches("^https?://[^/]+(/[^?]*)?/join\\?code=" + quiz.joinCode() + "$");
        copy.click();
        assertThat(view.message.getText()).isEqualTo("Join link copied: " + link);

        button(view, quiz, "QR code").click();
        assertThat(view.qrDialog.isOpened()).isTrue();
        Div code = _find(view.qrDialog, Div.class).stream().filter(d -> d.hasClassName("stride-qr-code")).findFirst()
                .orElseThrow();
        assertThat(code.getText()).isEqualTo(quiz.joinCode());
        Div picture = _find(view.qrDialog, Div.class).stream().filter(d -> d.hasClassName("stride-qr-picture"))
                .findFirst().orElseThrow();
        var svg = org.jsoup.Jsoup.parse(picture.getElement().getProperty("innerHTML")).selectFirst("svg");
        assertThat(svg).isNotNull();
        int modules = Integer.parseInt(svg.attr("data-modules"));
        // a QR code of version v has 4v + 17 modules a side; a link of this length needs version 3 to 5
        assertThat((modules - 17) % 4).isZero();
        assertThat((modules - 17) / 4).isBetween(3, 5);
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 " + (modules + 8) + " " + (modules + 8));
        String path = svg.selectFirst("path").attr("d");
        // the three finder squares' outer corners are dark, the separator beside the top-left one light
        assertThat(path).contains("M4,4h1v1h-1z").contains("M" + (modules + 3) + ",4h1v1h-1z")
                .contains("M4," + (modules + 3) + "h1v1h-1z").doesNotContain("M11,4h1v1h-1z");
        assertThat(view.qrDialog.getElement().getTextRecursively()).contains(link);
    }

    @Test
    void aTypedCodeShowsTheStartScreenWithTheTimeReallyLeftBeforeTheClockStarts() {
        Instant closes = clock.instant().plus(Duration.ofMinutes(25));
        QuizCard quiz = publishedByTeacher(settings("Start screen", 14, 30, null, closes));
        loginAs("start.saar", "STUDENT");
        UI.getCurrent().navigate("join");
        JoinView view = _get(JoinView.class);
        view.code.setValue(quiz.joinCode().toLowerCase());
        view.join(view.code.getValue());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("join");
        String at = closes.atZone(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH));
        assertThat(view.about.getText()).isEqualTo("Start screen: 14 questions; you will have 25 minutes, because the"
                + " quiz closes at " + at + ". Attempts left: 1. The clock starts when you press Start.");
        assertThat(view.start.isVisible()).isTrue();
        assertThat(taking.mine()).as("no attempt before Start").isEmpty();

        view.start();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("quiz-attempt");
        List<QuizTakingService.MyAttempt> mine = taking.mine();
        assertThat(mine).hasSize(1);
        assertThat(taking.sheet(mine.get(0).attemptId()).deadline()).isEqualTo(closes);
    }

    @Test
    void withoutAClosingTimeTheStartScreenSaysTheTimeLimit() {
        QuizCard quiz = publishedByTeacher(settings("No closing", 1, 30, null, null));
        loginAs("start.ties", "STUDENT");
        UI.getCurrent().navigate("join", QueryParameters.of("code", quiz.joinCode()));
        JoinView view = _get(JoinView.class);
        assertThat(view.about.getText()).isEqualTo("No closing: 1 question; you will have 30 minutes. Attempts left: 1."
                + " The clock starts when you press Start.");
        assertThat(taking.mine()).isEmpty();
    }

    @Test
    void aHandedInMockExamOffersANewOne() {
        loginAs("exam.again", "STUDENT");
        QuizTakingService.ExamStart first = taking.startExam();
        taking.submit(first.attemptId());
        clock.advance(QuizTakingService.EXAM_PACE.plusSeconds(1));
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.simple(Map.of("id", String.valueOf(first.attemptId()))));
        QuizAttemptView view = _get(QuizAttemptView.class);
        assertThat(view.newExam.isVisible()).isTrue();
        assertThat(view.newExam.getText()).isEqualTo("New mock exam");
        view.newExam.click();
        String now = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString();
        assertThat(now).startsWith("id=").isNotEqualTo("id=" + first.attemptId());
        assertThat(taking.sheet(Long.parseLong(now.substring(3))).submitted()).isFalse();
        assertThat(_get(QuizAttemptView.class).newExam.isVisible()).as("not while the new one runs").isFalse();
    }

    @Test
    void thePreviewChecksAnAnswerWithItsGradeAndSolutionAndRecordsNothing() {
        login("teacher", "TEACHER");
        QuizCard quiz = quizzes.create(new QuizSettings("Checked preview", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 20, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        long[] before = rows();
        UI.getCurrent().navigate("quizzes");
        QuizzesView view = _get(QuizzesView.class);
        view.preview(quiz);
        var exercise = taking.preview(quiz.id()).get(0);
        long key = exercise.expected("params").number().longValueExact();
        var field = _find(view.previewDialog, app.stride.exercise.ui.AnswerField.class).get(0);
        field.show(String.valueOf(key + 1));
        Button check = _find(view.previewDialog, Button.class).stream()
                .filter(b -> "0".equals(b.getElement().getAttribute("data-check-question"))).findFirst().orElseThrow();
        check.click();
        assertThat(outcome(view)).isEqualTo("wrong");
        assertThat(view.previewDialog.getElement().getTextRecursively()).contains("Not right.")
                .contains("Score on this question: 0%. A preview records nothing.");
        field.show(String.valueOf(key));
        check.click();
        assertThat(outcome(view)).isEqualTo("correct");
        assertThat(view.previewDialog.getElement().getTextRecursively()).contains("Right.")
                .contains("Score on this question: 100%.");
        assertThat(_find(view.previewDialog, com.vaadin.flow.component.details.Details.class).get(0).isOpened())
                .as("the worked solution opens").isTrue();
        assertThat(rows()).as("no attempt, answer or mastery row").containsExactly(before);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long[] rows() {
        return java.util.stream.Stream.of("quiz_attempt", "quiz_question", "quiz_answer", "attempt", "mastery")
                .mapToLong(t -> jdbc.queryForObject("select count(*) from " + t, Long.class)).toArray();
    }

    private static String outcome(QuizzesView view) {
        return _find(view.previewDialog, Span.class).stream().filter(s -> s.getElement().hasAttribute("data-check"))
                .map(s -> s.getElement().getAttribute("data-check")).reduce((a, b) -> b).orElseThrow();
    }

    private QuizCard mine(String title) {
        return quizzes.mine().stream().filter(q -> q.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no quiz " + title));
    }

    private static Button footerButton(com.vaadin.flow.component.dialog.Dialog dialog, String text) {
        return dialog.getFooter().getElement().getChildren().map(e -> e.getComponent().orElseThrow())
                .filter(c -> c instanceof Button b && b.getText().equals(text)).map(c -> (Button) c).findFirst()
                .orElseThrow();
    }

    private static Button button(QuizzesView view, QuizCard quiz, String text) {
        return _find(card(view, quiz), Button.class).stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " on " + quiz.title()));
    }

    private static String state(QuizzesView view, QuizCard quiz) {
        return _find(card(view, quiz), Span.class).stream().filter(s -> s.hasClassName("stride-status")).findFirst()
                .orElseThrow().getText();
    }

    private static String cardText(QuizzesView view, QuizCard quiz) {
        return card(view, quiz).getElement().getTextRecursively();
    }

    private static Component card(QuizzesView view, QuizCard quiz) {
        return _find(view.list, Div.class).stream()
                .filter(c -> String.valueOf(quiz.id()).equals(c.getElement().getAttribute("data-quiz-id")))
                .findFirst().orElseThrow(() -> new AssertionError("quiz not in the list"));
    }
}
