package app.stride.practice.ui;

import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.KeyText;
import app.stride.exercise.PartSpec;
import app.stride.exercise.ui.AnswerField;
import app.stride.exercise.ui.AnswerForm;
import app.stride.exercise.ui.AnswerInput;
import app.stride.exercise.ui.ExerciseFigure;
import app.stride.exercise.ui.ExercisePrompt;
import app.stride.exercise.ui.ExerciseSolution;
import app.stride.exercise.ui.MistakeNote;
import app.stride.exercise.ui.ReadingChoices;
import app.stride.grading.Feedback;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import app.stride.grading.ReadingText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One exercise: the prompt, its picture, the answer form (a box per part with its unit and
 * tolerance), and after submitting the result per part, the feedback on the mistake, and the
 * worked solution. The answer key stays on the server until every part is graded, or until the
 * student asks to see it, which counts as a wrong answer.
 */
class ExerciseCard extends Div {

    final Exercise exercise;
    final AnswerForm form;
    /** The answer boxes by part id. */
    final Map<String, AnswerInput> inputs;
    final Button submit = new Button();
    /** Gives up on the exercise: the key and the worked solution, for a score of 0, after asking. */
    final Button reveal = new Button();
    Dialog revealDialog;
    final Div solution = new Div();
    private final QuestionBank bank;
    private final Consumer<Map<String, String>> onSubmit;
    private final Runnable onReveal;

    /**
     * @param viewer   whose order the options of a choice question come in: the student's account
     * @param onReveal records the attempt as a 0 when the student has confirmed "Show the answer"
     */
    ExerciseCard(Exercise exercise, long viewer, QuestionBank bank, Consumer<Map<String, String>> onSubmit,
                 Runnable onReveal) {
        this.exercise = exercise;
        this.bank = bank;
        this.onSubmit = onSubmit;
        this.onReveal = onReveal;
        addClassName("stride-exercise");
        Span meta = new Span(getTranslation("practice.meta", getTranslation("family." + exercise.template().family()),
                exercise.template().difficulty()));
        meta.addClassName("stride-meta");
        add(meta, new ExercisePrompt(exercise));
        ExerciseFigure.question(exercise).ifPresent(this::add);

        form = new AnswerForm(exercise, viewer, Map.of(), "", AnswerForm.Mode.ON_CHECK);
        inputs = form.inputs();
        submit.setText(getTranslation("practice.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> onSubmit.accept(typed()));
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        reveal.setText(getTranslation("practice.reveal"));
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reveal.addClickListener(click -> confirmReveal());
        Div buttons = new Div(submit, reveal);
        buttons.addClassName("stride-toolbar");
        solution.addClassName("stride-solution");
        add(form, buttons, solution);
    }

    /** Showing the answer cannot be undone and costs the attempt: the student confirms, told so. */
    private void confirmReveal() {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("practice.reveal.title"));
        confirm.add(new Paragraph(getTranslation("practice.reveal.confirm")));
        Button keep = new Button(getTranslation("practice.reveal.keep"), click -> confirm.close());
        Button show = new Button(getTranslation("practice.reveal.show"), click -> {
            confirm.close();
            onReveal.run();
        });
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.getElement().setAttribute("data-confirm", "reveal");
        confirm.getFooter().add(keep, show);
        confirm.open();
        revealDialog = confirm;
    }

    /**
     * The answer given up on (recorded as 0 by then): every part's key and the worked solution;
     * nothing can be checked for credit any more.
     */
    void showRevealed() {
        for (String partId : inputs.keySet()) {
            form.showProblem(partId, null);
            Div result = form.result(partId);
            result.removeAll();
            result.getElement().setAttribute("data-outcome", "revealed");
            Div key = new Div(getTranslation("practice.expected", expected(partId)));
            key.addClassName("stride-key");
            result.add(key);
        }
        submit.setEnabled(false);
        reveal.setEnabled(false);
        showSolution();
    }

    /** The place beside a part's box for its grade. */
    Div result(String partId) {
        return form.result(partId);
    }

    Map<String, String> typed() {
        return form.typed();
    }

    /** Fills in answers typed earlier (a reviewed attempt). */
    void fill(Map<String, String> typed) {
        form.show(typed, null);
    }

    /**
     * Shows the grade of each part; after a graded attempt also the worked solution. While a part
     * cannot be read, or reads two ways, only that is said: the other parts get no outcome and no
     * key, or the key could be copied from them into a second try.
     */
    void show(Feedback feedback, boolean graded) {
        boolean complete = !feedback.needsAnotherLook();
        for (PartResult part : feedback.parts()) {
            Div result = form.result(part.partId());
            result.removeAll();
            form.showProblem(part.partId(), part.outcome() == Outcome.INVALID ? getTranslation(part.reasonKey()) : null);
            boolean problem = part.outcome() == Outcome.INVALID || part.outcome() == Outcome.AMBIGUOUS;
            if (!complete && !problem) {
                result.getElement().removeAttribute("data-outcome");
                continue;
            }
            result.getElement().setAttribute("data-outcome", part.outcome().name().toLowerCase());
            switch (part.outcome()) {
                // a typed box says it on itself; the options of a choice have no such place
                case INVALID -> {
                    if (!(inputs.get(part.partId()) instanceof AnswerField)) {
                        result.add(new Span(getTranslation("grading.invalid.empty".equals(part.reasonKey())
                                ? "practice.choose" : part.reasonKey())));
                    }
                }
                case AMBIGUOUS -> result.add(clarify(part, (AnswerField) inputs.get(part.partId())));
                default -> {
                    result.add(new Span(getTranslation("practice.outcome." + part.outcome().name().toLowerCase())));
                    if (part.misconceptionId() != null) {
                        bank.misconceptionText(exercise, part.partId(), part.misconceptionId())
                                .ifPresent(text -> result.add(new MistakeNote(part.misconceptionId(), text)));
                    } else if (part.outcome() == Outcome.WRONG
                            && exercise.template().part(part.partId()).kind() == app.stride.exercise.AnswerKind.CHOICE) {
                        MistakeNote.wrongChoice(exercise, typed().get(part.partId())).ifPresent(result::add);
                    }
                    if (part.outcome() != Outcome.CORRECT && part.outcome() != Outcome.CARRIED_FORWARD) {
                        Div key = new Div(getTranslation("practice.expected", expected(part.partId())));
                        key.addClassName("stride-key");
                        result.add(key);
                    }
                }
            }
        }
        if (graded) {
            submit.setEnabled(false);
            reveal.setEnabled(false);
            showSolution();
        }
    }

    private Component clarify(PartResult part, AnswerField field) {
        PartSpec spec = exercise.template().part(part.partId());
        List<ReadingChoices.Option> options = part.readings().stream().map(r -> new ReadingChoices.Option(
                ReadingText.shown(spec, r, getLocale()), ReadingText.typed(spec, r, getLocale()))).toList();
        return new ReadingChoices(options, unambiguous -> {
            // the chosen reading, written so that it cannot be read two ways, graded again
            field.show(unambiguous);
            onSubmit.accept(typed());
        });
    }

    private String expected(String partId) {
        return KeyText.of(exercise, partId, getLocale());
    }

    private void showSolution() {
        Details details = new Details(getTranslation("practice.solution"), new ExerciseSolution(exercise));
        details.setOpened(true);
        solution.removeAll();
        solution.add(details);
    }

    List<String> partIds() {
        return List.copyOf(inputs.keySet());
    }
}
