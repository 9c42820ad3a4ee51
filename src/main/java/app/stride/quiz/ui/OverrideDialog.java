package app.stride.quiz.ui;

import app.stride.quiz.AttemptSheet;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.QuizRegradeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;

/** A teacher's own mark for one part of a handed-in question, with the comment the student will read. */
class OverrideDialog extends Dialog {

    final NumberField mark = new NumberField();
    final TextArea comment = new TextArea();
    final Button save = new Button();
    final Button remove = new Button();

    OverrideDialog(QuizRegradeService regrade, AttemptSheet.Question question, String partId, String label,
                   Runnable changed) {
        setHeaderTitle(getTranslation("quiz.override.title", label));
        mark.setLabel(getTranslation("quiz.override.mark"));
        mark.setMin(0);
        mark.setMax(100);
        mark.setStep(1);
        mark.setManualValidation(true);
        comment.setLabel(getTranslation("quiz.override.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        question.mark(partId).ifPresent(m -> {
            mark.setValue((double) Math.round(m.score() * 100));
            comment.setValue(m.comment());
        });
        save.setText(getTranslation("quiz.override.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            mark.setInvalid(false);
            comment.setInvalid(false);
            try {
                regrade.override(question.id(), partId, mark.getValue() == null ? Double.NaN : mark.getValue(),
                        comment.getValue());
                close();
                changed.run();
            } catch (QuizInputException e) {
                if ("comment".equals(e.field())) {
                    comment.setErrorMessage(getTranslation(e.messageKey()));
                    comment.setInvalid(true);
                } else {
                    mark.setErrorMessage(getTranslation(e.messageKey()));
                    mark.setInvalid(true);
                }
            }
        });
        remove.setText(getTranslation("quiz.override.remove"));
        remove.setVisible(question.mark(partId).isPresent());
        remove.addClickListener(click -> {
            regrade.removeOverride(question.id(), partId);
            close();
            changed.run();
        });
        add(new Paragraph(getTranslation("quiz.override.kept")), mark, comment);
        getFooter().add(new Button(getTranslation("quiz.cancel"), click -> close()), remove, save);
        addClassName("stride-dialog");
    }
}
