package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.bank.StoredExercise;
import app.stride.exercise.PartSpec;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import app.stride.grading.ReadingText;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.QuizTakingService;
import app.stride.shell.StaticText;
import app.stride.shell.Titles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import elemental.json.Json;
import elemental.json.JsonArray;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Taking a quiz: a countdown to the server's deadline, every question, and each answer saved
 * on the server as it is typed, so a reload or another device resumes with it. "Saved." appears
 * only once the save has committed. At the deadline the server hands the attempt in; the student
 * can hand it in earlier. The view keeps the attempt's version: a save from a tab that saw an
 * older state is kept too, and that tab reloads and says so.
 */
@Route("quiz-attempt")
@PermitAll
class QuizAttemptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H1 heading = new H1();
    final Span countdown = new Span();
    /** Where the time left is announced to a screen reader, at {@link #WARN_AT_MINUTES}. */
    final Span warning = new Span();
    /** The minutes left at which the countdown is announced. */
    static final List<Integer> WARN_AT_MINUTES = List.of(10, 5, 1);
    private final Span timeLeft = new Span();
    final Div questions = new Div();
    final Button submit = new Button();
    /** On a handed-in mock exam: another one, with new numbers. */
    final Button newExam = new Button();
    final Paragraph status = new Paragraph();
    /** Said to the student on the quiz and on its result: the hand-in moves their mastery. */
    final Paragraph progressNote = new Paragraph();
    Dialog confirmDialog;
    /** The tab's title: a mock exam says so, a quiz gives its own title. */
    private String title;
    private final QuizTakingService taking;
    private final QuestionBank bank;
    private long attemptId;
    /** The attempt's version as this tab last saw it. */
    private long version;
    /** The questions still being answered, by id. */
    private final Map<Long, AnswerCard> cards = new LinkedHashMap<>(); // in question order

    QuizAttemptView(QuizTakingService taking, QuestionBank bank) {
        this.taking = taking;
        this.bank = bank;
        addClassNames("stride-page", "stride-quiz");
        countdown.addClassName("stride-countdown");
        countdown.getElement().setAttribute("role", "timer");
        countdown.getElement().setAttribute("aria-label", getTranslation("quiz.countdown.name"));
        // a timer is not read out by itself (and should not be, every second): this region says
        // the time left at 10, 5 and 1 minutes, politely, once each
        warning.addClassName("stride-sr-only");
        warning.getElement().setAttribute("aria-live", "polite");
        warning.getElement().setAttribute("data-countdown-warning", true);
        submit.setText(getTranslation("quiz.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> confirmSubmit());
        status.getElement().setAttribute("aria-live", "polite");
        countdown.getElement().addEventListener("expired", e -> {
            show(taking.timeUp(attemptId));
            focusResult();
        });
        StaticText.of(heading, getTranslation("quiz.attempt.title"));
        StaticText.of(timeLeft, getTranslation("quiz.timeleft"));
        Div clock = new Div(timeLeft, countdown, warning);
        clock.addClassName("stride-clock");
        StaticText.of(progressNote, getTranslation("quiz.progress.note"));
        progressNote.addClassName("stride-meta");
        progressNote.setVisible(false);
        newExam.setText(getTranslation("exam.new"));
        newExam.setDisableOnClick(true);
        newExam.addClickListener(click -> startNewExam());
        add(heading, clock, status, progressNote, questions, submit, newExam);
        newExam.setVisible(false);
        // nothing to hand in until an attempt is shown: a mistyped link gets no live button
        submit.setVisible(false);
        timeLeft.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the view may be reused for another address: nothing of the previous attempt stays
        questions.removeAll();
        cards.clear();
        submit.setVisible(false);
        newExam.setVisible(false);
        timeLeft.setVisible(false);
        progressNote.setVisible(false);
        countdown.getElement().executeJs("clearInterval(this._t); this.textContent = ''");
        warning.getElement().executeJs("this.textContent = ''; delete this.dataset.said");
        countdown.setText("");
        StaticText.of(heading, getTranslation("quiz.attempt.title"));
        title = null;
        StaticText.of(status, "");
        String id = event.getLocation().getQueryParameters().getParameters().getOrDefault("id", List.of("")).get(0);
        if (!id.matches("\\d{1,18}")) {
            StaticText.of(status, getTranslation("quiz.error.unknown"));
            return;
        }
        attemptId = Long.parseLong(id);
        try {
            reload();
        } catch (QuizInputException e) {
            StaticText.of(status, getTranslation(e.messageKey()));
        }
    }

    /** The attempt as it now stands; one whose time ran out while nobody had it open is handed in first. */
    private void reload() {
        AttemptSheet sheet = taking.sheet(attemptId);
        show(sheet.timeUp() ? taking.timeUp(attemptId) : sheet);
    }

    /** Whether the first answer has had the keyboard since the page opened. */
    private boolean answerFocused;

    void show(AttemptSheet attempt) {
        questions.removeAll();
        cards.clear();
        version = attempt.version();
        StaticText.of(heading, attempt.quizTitle() != null ? attempt.quizTitle() : getTranslation("exam.title"));
        title = attempt.quizTitle() != null
                ? attempt.quizTitle() + " · " + Titles.of(this, "quiz.attempt.title")
                : Titles.of(this, "exam.title");
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        progressNote.setVisible(true);
        if (attempt.submitted()) {
            showSubmitted(attempt);
            return;
        }
        // the countdown runs in the browser from the time left by the server's clock, so a browser
        // clock that is off does not matter; it shows 0:00 through the grace in which a last answer
        // is still taken, then the server checks and hands the attempt in
        // a threshold is announced only as it is crossed (within a few seconds), not when a page opens
        // with less time left, so a reload says nothing stale
        countdown.getElement().executeJs("const el = this; const end = Date.now() + $0; clearInterval(el._t);"
                + "const warn = $2; const said = $3; const at = $4;"
                + "const tick = () => { const ms = end - Date.now(); const s = Math.max(0, Math.ceil(ms / 1000));"
                + "el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');"
                + "at.forEach((m, i) => { if (s <= m * 60 && s > m * 60 - 5 && warn.dataset.said != m) {"
                + " warn.dataset.said = m; warn.textContent = said[i]; } });"
                + "if (ms <= -$1) { clearInterval(el._t); el.dispatchEvent(new CustomEvent('expired')); } };"
                + "tick(); el._t = setInterval(tick, 250);", (double) attempt.timeLeft().toMillis(),
                (double) QuizTakingService.GRACE.toMillis(), warning.getElement(),
                warnings(), minutesToWarnAt());
        boolean immediate = attempt.policy() == FeedbackPolicy.IMMEDIATE;
        int n = 1;
        for (AttemptSheet.Question q : attempt.questions()) {
            int number = n++;
            if (immediate && q.graded()) {
                questions.add(new AnsweredQuestion(number, q, taking.exercise(q), bank, AnsweredQuestion.Reader.STUDENT));
            } else {
                AnswerCard card = new AnswerCard(number, q, taking.exercise(q), answers, immediate ? this::check : null);
                cards.put(q.id(), card);
                questions.add(card);
            }
        }
        timeLeft.setVisible(true);
        submit.setVisible(true);
        if (!answerFocused) { // once, as the attempt opens: a later redraw must not move a typing student
            answerFocused = true;
            cards.values().stream().findFirst().ifPresent(AnswerCard::focusFirstAnswer);
        }
    }

    /** The page's side of an answer card: saving, and reading an answer back without grading it. */
    private final AnswerCard.Answers answers = new AnswerCard.Answers() {
        @Override
        public boolean typed(long questionId, String partId, String value) {
            return save(questionId, partId, value);
        }

        @Override
        public Optional<PartResult> readingProblem(String templateId, long seed, StoredExercise drawn, String partId,
                                                   String value) {
            return taking.readingProblem(templateId, seed, drawn, partId, value, getLocale());
        }

        @Override
        public String problemText(String templateId, long seed, StoredExercise drawn, String value,
                                  PartResult problem) {
            return problem.outcome() == Outcome.AMBIGUOUS
                    ? getTranslation("quiz.ambiguous", value.strip(), readings(templateId, seed, drawn, problem))
                    : getTranslation(problem.reasonKey());
        }
    };

    /** Whether the answer went into the attempt as this tab shows it (else the page has been reloaded). */
    private boolean save(long questionId, String part, String value) {
        // whatever goes wrong below, the line must not go on saying "Saved." of the last answer
        StaticText.of(status, "");
        try {
            QuizTakingService.Saved saved = taking.save(attemptId, version, questionId, part, value, getLocale());
            version = saved.version();
            if (saved.changedElsewhere()) {
                // this answer is kept all the same (the last write wins); the other window's come in
                StaticText.of(status, getTranslation("quiz.stale"));
                return catchUp(questionId, part);
            }
            StaticText.of(status, getTranslation("quiz.saved"));
            return true;
        } catch (QuizInputException e) {
            refused(e);
            return false;
        }
    }

    /**
     * Brings this tab up to what another window saved, in place: the boxes show the other
     * window's answers, the one just typed into is left alone. A page whose questions changed
     * more than that (handed in, checked) is shown anew.
     */
    private boolean catchUp(long questionId, String part) {
        AttemptSheet now = taking.sheet(attemptId);
        boolean sameQuestions = !now.submitted() && !now.timeUp()
                && now.questions().stream().allMatch(q -> q.graded() != cards.containsKey(q.id()));
        if (!sameQuestions) {
            show(now.timeUp() ? taking.timeUp(attemptId) : now);
            return false;
        }
        version = now.version();
        now.questions().forEach(q -> cards.get(q.id()).showSaved(q.typed(), q.id() == questionId ? part : null));
        return true;
    }

    /** A step the service refused: its reason, then the attempt as it stands (a hand-in's result has the last word). */
    private void refused(QuizInputException e) {
        StaticText.of(status, getTranslation(e.messageKey()));
        reload();
    }

    /** The readings said in the part's unit and the locale's decimal mark: "2 576 MB or as 2,576 MB". */
    private String readings(String templateId, long seed, StoredExercise drawn, PartResult r) {
        // the part as the question was drawn: the unit it was asked in then
        PartSpec part = bank.restore(templateId, seed, drawn).template().part(r.partId());
        return r.readings().stream().map(reading -> ReadingText.shown(part, reading, getLocale()))
                .collect(Collectors.joining(" " + getTranslation("quiz.ambiguous.or") + " "));
    }

    void check(long questionId) {
        try {
            show(taking.check(attemptId, questionId));
            StaticText.of(status, getTranslation("quiz.checked"));
        } catch (QuizInputException e) {
            refused(e);
        }
    }

    /** Handing in cannot be undone: the student confirms, told how many questions are still open or unreadable. */
    void confirmSubmit() {
        AttemptSheet attempt = taking.sheet(attemptId);
        if (attempt.submitted() || attempt.timeUp()) {
            reload();
            return;
        }
        QuizTakingService.HandInCheck open = taking.handInCheck(attemptId);
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("quiz.submit.confirm.title"));
        confirm.add(new Paragraph(open.unreadable() > 0 && open.unanswered() > 0
                ? getTranslation("quiz.submit.confirm.both", open.unanswered(), open.unreadable())
                : open.unreadable() > 0 ? getTranslation("quiz.submit.confirm.unreadable", open.unreadable())
                : open.unanswered() > 0 ? getTranslation("quiz.submit.confirm.empty", open.unanswered())
                : getTranslation("quiz.submit.confirm.all")));
        Button keep = new Button(getTranslation("quiz.submit.confirm.keep"), click -> confirm.close());
        Button handIn = new Button(getTranslation("quiz.submit"), click -> {
            confirm.close();
            submit();
        });
        handIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handIn.getElement().setAttribute("data-confirm", "submit");
        confirm.getFooter().add(keep, handIn);
        confirm.open();
        confirmDialog = confirm;
    }

    void submit() {
        try {
            show(taking.submit(attemptId));
            focusResult();
        } catch (QuizInputException e) {
            refused(e);
        }
    }

    /**
     * After a hand-in the result has the focus and is in sight: the button pressed is gone, and on
     * a phone the message was below the fold. Waits a tick for the closing dialog's own focus moves.
     */
    private void focusResult() {
        status.getElement().setAttribute("tabindex", "-1");
        status.getElement().executeJs("setTimeout(() => { this.focus({preventScroll: true});"
                + " this.scrollIntoView({block: 'center'}); }, 0)");
    }

    /** The next mock exam, from its predecessor's review; a second press within the pace is told to wait. */
    void startNewExam() {
        try {
            QuizTakingService.ExamStart started = taking.startExam();
            getUI().ifPresent(ui -> ui.navigate("quiz-attempt",
                    com.vaadin.flow.router.QueryParameters.simple(Map.of("id", String.valueOf(started.attemptId())))));
        } catch (app.stride.quiz.ExamPaceException e) {
            StaticText.of(status, getTranslation("exam.error.wait", e.waitSeconds()));
        } finally {
            newExam.setEnabled(true);
        }
    }

    private void showSubmitted(AttemptSheet attempt) {
        submit.setVisible(false);
        newExam.setVisible(attempt.exam());
        // the browser's ticking must stop too, or it writes the time back in a second later
        countdown.getElement().executeJs("clearInterval(this._t); this.textContent = ''");
        warning.getElement().executeJs("this.textContent = ''; delete this.dataset.said");
        countdown.setText("");
        timeLeft.setVisible(false);
        FeedbackPolicy policy = attempt.policy();
        String how = attempt.autoSubmitted() ? getTranslation("quiz.timeup") + " " : "";
        if (attempt.feedbackVisible()) {
            StaticText.of(status, how + getTranslation("quiz.submitted.score", Math.round(attempt.score() * 100)));
            int n = 1;
            for (AttemptSheet.Question q : attempt.questions()) {
                questions.add(new AnsweredQuestion(n++, q, taking.exercise(q), bank,
                        AnsweredQuestion.Reader.STUDENT));
            }
        } else {
            StaticText.of(status, how + getTranslation(policy == FeedbackPolicy.AFTER_CLOSE ? "quiz.submitted.later"
                    : "quiz.submitted"));
        }
    }

    /** What is said at each of {@link #WARN_AT_MINUTES}, in the student's language. */
    private JsonArray warnings() {
        JsonArray said = Json.createArray();
        for (int i = 0; i < WARN_AT_MINUTES.size(); i++) {
            said.set(i, getTranslation("quiz.countdown.left", WARN_AT_MINUTES.get(i)));
        }
        return said;
    }

    private static JsonArray minutesToWarnAt() {
        JsonArray at = Json.createArray();
        for (int i = 0; i < WARN_AT_MINUTES.size(); i++) {
            at.set(i, WARN_AT_MINUTES.get(i));
        }
        return at;
    }

    @Override
    public String getPageTitle() {
        return title != null ? title : Titles.of(this, "quiz.attempt.title");
    }
}
