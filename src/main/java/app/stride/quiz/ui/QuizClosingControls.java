package app.stride.quiz.ui;

import app.stride.quiz.QuizExceptionsService;
import app.stride.quiz.QuizInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What a teacher changes of a running quiz from its results page: close it now (after a
 * confirmation) or at a new time, and the history of every such change and exception.
 */
class QuizClosingControls extends Div {

    final Button closeNow = new Button();
    final DateTimeField closeAt = new DateTimeField();
    final Button setCloseAt = new Button();
    final Paragraph message = new Paragraph();
    final Details history = new Details();
    private final QuizExceptionsService exceptions;
    private final ZoneId zone;
    private final Runnable changed;
    private long quizId = -1;

    QuizClosingControls(QuizExceptionsService exceptions, ZoneId zone, Runnable changed) {
        this.exceptions = exceptions;
        this.zone = zone;
        this.changed = changed;
        closeNow.setText(getTranslation("quiz.close.now"));
        closeNow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        closeNow.addClickListener(click -> confirmCloseNow());
        closeAt.setLabel(getTranslation("quiz.close.at"));
        closeAt.setHelperText(getTranslation("quiz.close.at.help"));
        setCloseAt.setText(getTranslation("quiz.close.at.set"));
        setCloseAt.addClickListener(click -> setClosingTime());
        message.getElement().setAttribute("aria-live", "polite");
        // read when the teacher opens it: the results page and its polls cost nothing for it
        history.setSummaryText(getTranslation("quiz.history.summary"));
        history.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showHistory();
            }
        });
        Div row = new Div(closeNow, closeAt, setCloseAt);
        row.addClassName("stride-toolbar");
        add(row, message, history);
    }

    /** Shows the controls of one quiz: "close now" only while it is open. */
    void show(long quizId, boolean open) {
        this.quizId = quizId;
        closeNow.setVisible(open);
        if (history.isOpened()) {
            showHistory();
        }
    }

    void confirmCloseNow() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("quiz.close.now"));
        confirm.setText(getTranslation("quiz.close.now.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("quiz.cancel"));
        confirm.setConfirmText(getTranslation("quiz.close.now"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> closeNowConfirmed());
        confirm.open();
    }

    void closeNowConfirmed() {
        run(() -> {
            exceptions.closeNow(quizId);
            return getTranslation("quiz.close.now.done");
        });
    }

    private void setClosingTime() {
        closeAt.setInvalid(false);
        if (closeAt.getValue() == null || closeAt.unreadable()) {
            closeAt.setErrorMessage(getTranslation("quiz.exception.error.past"));
            closeAt.setInvalid(true);
            return;
        }
        run(() -> {
            exceptions.closeAt(quizId, closeAt.getValue().atZone(zone).toInstant());
            return getTranslation("quiz.close.at.done", closeAt.getValue()
                    .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())));
        });
    }

    private void run(java.util.function.Supplier<String> step) {
        try {
            message.setText(step.get());
            changed.run();
        } catch (QuizInputException e) {
            message.setText(getTranslation(e.messageKey()));
            if ("closesAt".equals(e.field())) {
                closeAt.setErrorMessage(getTranslation(e.messageKey()));
                closeAt.setInvalid(true);
            }
        }
    }

    /** The quiz's history, newest first, as lines a teacher reads. */
    void showHistory() {
        var lines = exceptions.history(quizId);
        history.setSummaryText(getTranslation("quiz.history", lines.size()));
        history.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        if (lines.isEmpty()) {
            history.add(new Paragraph(getTranslation("quiz.history.none")));
        }
        for (QuizExceptionsService.HistoryLine line : lines) {
            String what = getTranslation("quiz.history." + line.action())
                    + (line.student() == null ? "" : " " + getTranslation("quiz.history.to", line.student()))
                    + (line.detail() == null ? "" : " (" + line.detail() + ")");
            history.add(new Paragraph(getTranslation("quiz.history.line", when.format(line.at()), line.actor(), what)));
        }
    }
}
