package app.stride.quiz.ui;

import app.stride.quiz.QuizExceptionsService;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.QuizResultsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One student's exceptions, from their row of the results: extra minutes, an extra attempt, and —
 * for a handed-in attempt — reopening it until a new deadline; for a group member who has not
 * started yet, the first two, kept for their first attempt. What the server refuses is said on
 * the field; what it did is said under the dialog's title, and {@code changed} refreshes the page.
 */
class StudentExceptionsDialog extends Dialog {

    final IntegerField minutes = new IntegerField();
    final Button giveTime = new Button();
    final Button giveAttempt = new Button();
    final DateTimeField until = new DateTimeField();
    final Button reopen = new Button();
    final Paragraph done = new Paragraph();

    /** For one attempt's student: extra time, an extra attempt, and reopening a handed-in attempt. */
    static StudentExceptionsDialog forAttempt(QuizExceptionsService exceptions, QuizResultsService.StudentResult student,
                                              ZoneId zone, Clock clock, Runnable changed) {
        StudentExceptionsDialog dialog = new StudentExceptionsDialog(student.displayName(), student.username(),
                minutes -> exceptions.extraTime(student.attemptId(), minutes),
                () -> exceptions.extraAttempt(student.attemptId()), changed);
        if (student.submitted()) {
            dialog.reopenSection(until -> exceptions.reopen(student.attemptId(), until), zone, clock, changed);
        }
        return dialog;
    }

    /** For a group member who has not started: extra time and an extra attempt, kept for when they do. */
    static StudentExceptionsDialog beforeStart(QuizExceptionsService exceptions, long quizId,
                                               QuizResultsService.NotStarted student, Runnable changed) {
        return new StudentExceptionsDialog(student.displayName(), student.username(),
                minutes -> exceptions.extraTimeBeforeStart(quizId, student.userId(), minutes),
                () -> exceptions.extraAttemptBeforeStart(quizId, student.userId()), changed);
    }

    private final String who;

    private StudentExceptionsDialog(String displayName, String username, IntConsumer giveMinutes,
                                    Runnable giveOneAttempt, Runnable changed) {
        who = displayName + " (" + username + ")";
        setHeaderTitle(getTranslation("quiz.exception.title", who));
        done.getElement().setAttribute("aria-live", "polite");
        minutes.setLabel(getTranslation("quiz.exception.minutes"));
        minutes.setHelperText(getTranslation("quiz.exception.minutes.help"));
        minutes.setMin(1);
        minutes.setMax(600);
        minutes.setValue(15);
        minutes.setStepButtonsVisible(true);
        minutes.setManualValidation(true);
        giveTime.setText(getTranslation("quiz.exception.minutes.give"));
        giveTime.addClickListener(click -> act(minutes, () -> {
            int n = minutes.getValue() == null ? 0 : minutes.getValue();
            giveMinutes.accept(n);
            return getTranslation("quiz.exception.done.minutes", n, who);
        }, changed));
        giveAttempt.setText(getTranslation("quiz.exception.attempt"));
        Paragraph attemptHelp = new Paragraph(getTranslation("quiz.exception.attempt.help"));
        giveAttempt.addClickListener(click -> act(null, () -> {
            giveOneAttempt.run();
            return getTranslation("quiz.exception.done.attempt", who);
        }, changed));
        add(done, minutes, giveTime, new H3(getTranslation("quiz.exception.attempt")), attemptHelp, giveAttempt);
        Button close = new Button(getTranslation("quiz.exception.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
        addClassName("stride-dialog");
    }

    private void reopenSection(Consumer<Instant> reopenUntil, ZoneId zone, Clock clock, Runnable changed) {
        until.setLabel(getTranslation("quiz.exception.until"));
        until.setHelperText(getTranslation("quiz.exception.reopen.help"));
        until.setValue(LocalDateTime.now(clock.withZone(zone)).plusMinutes(30).withSecond(0).withNano(0));
        reopen.setText(getTranslation("quiz.exception.reopen"));
        reopen.addClickListener(click -> act(until, () -> {
            reopenUntil.accept(until.getValue() == null || until.unreadable() ? null
                    : until.getValue().atZone(zone).toInstant());
            return getTranslation("quiz.exception.done.reopen", who);
        }, changed));
        add(new H3(getTranslation("quiz.exception.reopen")), until, reopen);
    }

    /** Runs one exception; a refusal goes on {@code field} (or under the title), a success under the title. */
    private void act(com.vaadin.flow.component.HasValidation field, java.util.function.Supplier<String> step,
                     Runnable changed) {
        if (field != null) {
            field.setInvalid(false);
        }
        try {
            done.setText(step.get());
            changed.run();
        } catch (QuizInputException e) {
            if (field != null) {
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
            }
            done.setText(getTranslation(e.messageKey()));
        }
    }
}
