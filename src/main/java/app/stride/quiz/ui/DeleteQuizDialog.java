package app.stride.quiz.ui;

import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizExceptionsService;
import app.stride.quiz.QuizInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Deleting a quiz for good: the dialog says what goes with it and asks for its title, typed,
 * before the button does anything (the server checks the title too).
 */
class DeleteQuizDialog extends Dialog {

    final TextField title = new TextField();
    final Button delete = new Button();

    DeleteQuizDialog(QuizExceptionsService exceptions, QuizCard quiz, Runnable deleted) {
        setHeaderTitle(getTranslation("quiz.delete.title", quiz.title()));
        Paragraph warning = new Paragraph(getTranslation("quiz.delete.warning", quiz.started()));
        title.setLabel(getTranslation("quiz.delete.field"));
        title.setWidthFull();
        title.setMaxLength(200);
        delete.setText(getTranslation("quiz.delete.confirm"));
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            try {
                exceptions.delete(quiz.id(), title.getValue());
                close();
                deleted.run();
            } catch (QuizInputException e) {
                title.setErrorMessage(getTranslation(e.messageKey()));
                title.setInvalid(true);
            }
        });
        Button cancel = new Button(getTranslation("quiz.cancel"), click -> close());
        add(warning, title);
        getFooter().add(cancel, delete);
        addClassName("stride-dialog");
    }
}
