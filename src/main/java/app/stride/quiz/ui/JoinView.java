package app.stride.quiz.ui;

import app.stride.quiz.ExamPaceException;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.QuizTakingService;
import app.stride.shell.Titles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** Join a quiz with the code the teacher gives (or the link with the code in it). */
@Route("join")
@PermitAll
@Menu(order = 7, title = "nav.join", icon = "vaadin:ticket")
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button join = new Button();
    final Button exam = new Button();
    /** A line per attempt, which wraps at phone width. */
    final Div mine = new Div();
    private final H2 mineTitle = new H2();
    /** What the code opens, said before the student starts the clock; the Start button under it. */
    final Paragraph about = new Paragraph();
    /** Starts the clock on the quiz the start screen describes. */
    final Button start = new Button();
    private final Div startScreen = new Div();
    /** The code the start screen describes. */
    private String pending;
    private final QuizTakingService taking;
    /** Whether the closing time is today, to say it without its date. */
    private final java.time.Clock clock;

    JoinView(QuizTakingService taking, java.time.Clock clock) {
        this.taking = taking;
        this.clock = clock;
        addClassName("stride-page");
        code.setLabel(getTranslation("quiz.join.code"));
        code.setMaxLength(12);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "off");
        join.setText(getTranslation("quiz.join.button"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> join(code.getValue()));
        start.setText(getTranslation("quiz.start.button"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        start.addClickListener(click -> {
            try {
                start();
            } finally {
                start.setEnabled(true);
            }
        });
        join.addClickShortcut(Key.ENTER);
        Div row = new Div(code, join);
        row.addClassName("stride-toolbar");
        exam.setText(getTranslation("exam.start"));
        // one exam per press, however often an impatient finger presses; the button comes back if it fails
        exam.setDisableOnClick(true);
        exam.addClickListener(click -> {
            try {
                QuizTakingService.ExamStart started = taking.startExam();
                if (started.resumed()) {
                    // at the top: the middle is where the student goes on answering
                    Notification.show(getTranslation("exam.resumed"), 6000, Notification.Position.TOP_CENTER);
                }
                open(started.attemptId());
            } catch (ExamPaceException e) {
                Notification.show(getTranslation("exam.error.wait", e.waitSeconds()), 6000,
                        Notification.Position.TOP_CENTER);
            } finally {
                exam.setEnabled(true);
            }
        });
        mine.addClassName("stride-attempt-list");
        mineTitle.setText(getTranslation("quiz.mine"));
        about.getElement().setAttribute("aria-live", "polite");
        startScreen.addClassName("stride-start-screen");
        startScreen.add(start);
        startScreen.setVisible(false);
        add(new H1(getTranslation("nav.join")), new Paragraph(getTranslation("quiz.join.intro")), row, about, startScreen,
                new H2(getTranslation("exam.title")), new Paragraph(getTranslation("exam.intro")), exam,
                mineTitle, mine);
    }

    /**
     * Handed-in quizzes are found here again, also when their review opens only after the quiz
     * closes. An attempt whose time ran out while the student was away is handed in first.
     */
    private void showMine() {
        taking.handInOverdue();
        List<QuizTakingService.MyAttempt> attempts = taking.mine();
        mine.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        for (QuizTakingService.MyAttempt a : attempts) {
            Span title = new Span(a.exam() ? getTranslation("exam.title") : a.quizTitle());
            title.addClassName("stride-attempt-title");
            Span details = new Span(a.startedAt().atZone(ZoneId.systemDefault()).format(when) + " · "
                    + getTranslation("quiz.mine.state." + a.state().name().toLowerCase())
                    + (a.score() == null ? "" : " · " + Math.round(a.score() * 100) + "%"));
            Anchor open = new Anchor("quiz-attempt?id=" + a.attemptId(), getTranslation(
                    a.state() == QuizTakingService.AttemptState.IN_PROGRESS ? "quiz.mine.continue" : "quiz.open"));
            Div line = new Div(title, details, open);
            line.addClassName("stride-attempt");
            mine.add(line);
        }
        mine.setVisible(!attempts.isEmpty());
        mineTitle.setVisible(!attempts.isEmpty());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
        // the same view serves the next link too: nothing of the last code may linger
        hideStartScreen();
        code.setInvalid(false);
        showMine();
        if (!given.isEmpty()) {
            code.setValue(given.get(0));
            describe(given.get(0));
        }
    }

    private void hideStartScreen() {
        startScreen.setVisible(false);
        about.setVisible(false);
        pending = null;
    }

    /**
     * The start screen of the quiz behind a code: what it asks, how long the student will really
     * have, attempts left; the clock starts with Start. An attempt in progress is said to be
     * resumed (Join goes back to it); a closed quiz or no attempts left are said on the field.
     * Returns whether the screen offers to start or resume.
     */
    private boolean describe(String typed) {
        hideStartScreen();
        try {
            QuizTakingService.QuizInfo info = taking.about(typed);
            if (info.inProgress()) {
                about.setText(getTranslation("quiz.about.resume", info.title()));
                about.setVisible(true);
                return true;
            }
            String refusal = !info.open() ? "quiz.error.closed" : info.attemptsLeft() == 0 ? "quiz.error.noattempts" : null;
            if (refusal != null) {
                code.setErrorMessage(info.title() + ": " + getTranslation(refusal));
                code.setInvalid(true);
                return false;
            }
            code.setInvalid(false);
            about.setText(new StartScreenText(this, info, clock.instant()).text());
            about.setVisible(true);
            startScreen.setVisible(true);
            pending = typed;
            start.focus();
            return true;
        } catch (QuizInputException e) {
            code.setErrorMessage(getTranslation(e.messageKey()));
            code.setInvalid(true);
            return false;
        }
    }

    /** Join (or Enter): the start screen first; an attempt in progress is resumed at once, its clock runs anyway. */
    void join(String typed) {
        if (describe(typed) && !startScreen.isVisible()) {
            enter(typed);
        }
    }

    /** Start on the start screen: the clock starts now. */
    void start() {
        if (pending != null) {
            enter(pending);
        }
    }

    private void enter(String typed) {
        try {
            long attemptId = taking.join(typed);
            code.setInvalid(false);
            open(attemptId);
        } catch (QuizInputException e) {
            hideStartScreen();
            code.setErrorMessage(getTranslation(e.messageKey()));
            code.setInvalid(true);
        }
    }

    private void open(long attemptId) {
        getUI().ifPresent(ui -> ui.navigate("quiz-attempt",
                QueryParameters.simple(Map.of("id", String.valueOf(attemptId)))));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.join");
    }
}
