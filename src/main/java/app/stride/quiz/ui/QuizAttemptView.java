package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Choice;
import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;
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
    private final Span timeLeft = new Span();
    final Div questions = new Div();
    final Button submit = new Button();
    final Paragraph status = new Paragraph();
    Dialog confirmDialog;
    private final QuizTakingService taking;
    private final QuestionBank bank;
    private long attemptId;
    /** The attempt's version as this tab last saw it. */
    private long version;

    QuizAttemptView(QuizTakingService taking, QuestionBank bank) {
        this.taking = taking;
        this.bank = bank;
        addClassNames("stride-page", "stride-quiz");
        countdown.addClassName("stride-countdown");
        countdown.getElement().setAttribute("role", "timer");
        submit.setText(getTranslation("quiz.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> confirmSubmit());
        status.getElement().setAttribute("aria-live", "polite");
        countdown.getElement().addEventListener("expired", e -> show(taking.timeUp(attemptId)));
        StaticText.of(heading, getTranslation("quiz.attempt.title"));
        StaticText.of(timeLeft, getTranslation("quiz.timeleft"));
        Div clock = new Div(timeLeft, countdown);
        clock.addClassName("stride-clock");
        add(heading, clock, status, questions, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getLocation().getQueryParameters().getParameters().getOrDefault("id", List.of("")).get(0);
        if (!id.matches("\\d{1,18}")) {
            status.setText(getTranslation("quiz.error.unknown"));
            return;
        }
        attemptId = Long.parseLong(id);
        reload();
    }

    /** The attempt as it now stands; one whose time ran out while nobody had it open is handed in first. */
    private void reload() {
        AttemptSheet sheet = taking.sheet(attemptId);
        show(sheet.timeUp() ? taking.timeUp(attemptId) : sheet);
    }

    void show(AttemptSheet attempt) {
        questions.removeAll();
        version = attempt.version();
        StaticText.of(heading, attempt.quizTitle() != null ? attempt.quizTitle() : getTranslation("exam.title"));
        if (attempt.submitted()) {
            showSubmitted(attempt);
            return;
        }
        // the countdown runs in the browser from the time left by the server's clock, so a browser
        // clock that is off does not matter; at zero the server checks and hands the attempt in
        double left = attempt.timeLeft().toMillis();
        countdown.getElement().executeJs("const el = this; const end = Date.now() + $0; clearInterval(el._t);"
                + "const tick = () => { const ms = end - Date.now(); const s = Math.max(0, Math.ceil(ms / 1000));"
                + "el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');"
                + "if (ms <= 0) { clearInterval(el._t); el.dispatchEvent(new CustomEvent('expired')); } };"
                + "tick(); el._t = setInterval(tick, 250);", left);
        boolean immediate = attempt.policy() == FeedbackPolicy.IMMEDIATE;
        int n = 1;
        for (AttemptSheet.Question q : attempt.questions()) {
            int number = n++;
            questions.add(immediate && q.graded() ? new AnsweredQuestion(number, q, taking.exercise(q), bank,
                    AnsweredQuestion.Reader.STUDENT)
                    : question(number, q, immediate));
        }
        timeLeft.setVisible(true);
        submit.setVisible(true);
    }

    private Div question(int number, AttemptSheet.Question q, boolean immediate) {
        Exercise exercise = taking.exercise(q);
        Div card = new Div(StaticText.of(new H2(), getTranslation("quiz.question", number)));
        card.addClassName("stride-exercise");
        Pre prompt = StaticText.of(new Pre(), exercise.prompt(getLocale()));
        prompt.addClassName("stride-prompt");
        card.add(prompt);
        // the listeners keep what they need of the question, not the question: every student's page keeps them
        long questionId = q.id();
        String templateId = q.templateId();
        long seed = q.seed();
        for (PartSpec part : exercise.template().parts()) {
            String saved = q.typed().getOrDefault(part.id(), "");
            String partId = part.id();
            if (part.kind() == AnswerKind.CHOICE) {
                RadioButtonGroup<String> choices = new RadioButtonGroup<>(exercise.label(part, getLocale()));
                // one option per line: the options are sentences, read best one under the other
                choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                choices.setItems(exercise.template().choices().stream().map(Choice::id).toList());
                choices.setItemLabelGenerator(id -> exercise.template().choiceText(id, getLocale()));
                if (!saved.isEmpty()) {
                    choices.setValue(saved);
                }
                choices.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        save(questionId, partId, e.getValue());
                    }
                });
                choices.getElement().setAttribute("data-part", q.position() + "-" + partId);
                card.add(choices);
            } else {
                AnswerField field = new AnswerField(exercise.label(part, getLocale()), saved);
                if (part.kind() == AnswerKind.BYTES) {
                    field.setHelperText(getTranslation("quiz.unit", part.unit().symbol()));
                }
                field.getElement().setAttribute("data-part", q.position() + "-" + partId);
                field.onTyped(value -> {
                    if (save(questionId, partId, value)) {
                        showReading(field, templateId, seed, partId, value);
                    }
                });
                card.add(field);
            }
        }
        if (immediate) {
            Button check = new Button(getTranslation("quiz.check"), click -> check(questionId));
            check.getElement().setAttribute("data-check", String.valueOf(q.position()));
            card.add(check);
        }
        return card;
    }

    /** Whether the answer was saved into the attempt as this tab shows it (else the tab has reloaded). */
    private boolean save(long questionId, String part, String value) {
        try {
            QuizTakingService.Saved saved = taking.save(attemptId, version, questionId, part, value);
            version = saved.version();
            if (saved.changedElsewhere()) {
                // kept all the same (the last write wins); the other window's answers come in with the reload
                reload();
                status.setText(getTranslation("quiz.stale"));
                return false;
            }
            status.setText(getTranslation("quiz.saved"));
            return true;
        } catch (QuizInputException e) {
            reload();
            status.setText(getTranslation(e.messageKey()));
            return false;
        }
    }

    /** An answer that cannot be read, or reads two ways, says so at once; right or wrong it never says. */
    private void showReading(AnswerField field, String templateId, long seed, String partId, String value) {
        field.showProblem(taking.readingProblem(templateId, seed, partId, value).map(r -> r.outcome() == Outcome.AMBIGUOUS
                ? getTranslation("quiz.ambiguous", value.strip(), readings(r))
                : getTranslation(r.reasonKey())).orElse(null));
    }

    private String readings(PartResult r) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(6);
        return r.readings().stream().map(number::format)
                .collect(Collectors.joining(" " + getTranslation("quiz.ambiguous.or") + " "));
    }

    void check(long questionId) {
        try {
            show(taking.check(attemptId, questionId));
            status.setText(getTranslation("quiz.checked"));
        } catch (QuizInputException e) {
            reload();
            status.setText(getTranslation(e.messageKey()));
        }
    }

    /** Handing in cannot be undone: the student confirms, told how many questions are still empty. */
    void confirmSubmit() {
        AttemptSheet attempt = taking.sheet(attemptId);
        if (attempt.submitted() || attempt.timeUp()) {
            reload();
            return;
        }
        long empty = attempt.unanswered();
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("quiz.submit.confirm.title"));
        confirm.add(new Paragraph(empty == 0 ? getTranslation("quiz.submit.confirm.all")
                : getTranslation("quiz.submit.confirm.empty", empty)));
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
        } catch (QuizInputException e) {
            reload();
            status.setText(getTranslation(e.messageKey()));
        }
    }

    private void showSubmitted(AttemptSheet attempt) {
        submit.setVisible(false);
        // the browser's ticking must stop too, or it writes the time back in a second later
        countdown.getElement().executeJs("clearInterval(this._t); this.textContent = ''");
        countdown.setText("");
        timeLeft.setVisible(false);
        FeedbackPolicy policy = attempt.policy();
        String how = attempt.autoSubmitted() ? getTranslation("quiz.timeup") + " " : "";
        if (attempt.feedbackVisible()) {
            status.setText(how + getTranslation("quiz.submitted.score", Math.round(attempt.score() * 100)));
            int n = 1;
            for (AttemptSheet.Question q : attempt.questions()) {
                questions.add(new AnsweredQuestion(n++, q, taking.exercise(q), bank,
                        AnsweredQuestion.Reader.STUDENT));
            }
        } else {
            status.setText(how + getTranslation(policy == FeedbackPolicy.AFTER_CLOSE ? "quiz.submitted.later"
                    : "quiz.submitted"));
        }
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "quiz.attempt.title");
    }
}
