package app.stride.quiz.ui;

import app.stride.quiz.QuizRegradeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A regrade against the bank's current key: first what it would change (whose score, from what to
 * what, which questions), and only on the teacher's word is it applied.
 */
class RegradeDialog extends Dialog {

    final UnorderedList changes = new UnorderedList();
    final Paragraph outcome = new Paragraph();
    final Button apply = new Button();

    RegradeDialog(QuizRegradeService regrade, long quizId, Runnable changed) {
        setHeaderTitle(getTranslation("quiz.regrade.title"));
        List<QuizRegradeService.AttemptChange> preview = regrade.preview(quizId);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        for (QuizRegradeService.AttemptChange c : preview) {
            String questions = c.questions().stream().map(q -> getTranslation("quiz.regrade.question", q.number(),
                    q.before() == null ? "—" : percent.format(q.before()), percent.format(q.after())))
                    .collect(Collectors.joining("; "));
            changes.add(new ListItem(getTranslation("quiz.regrade.line", c.student(),
                    c.before() == null ? "—" : percent.format(c.before()), percent.format(c.after()))
                    + (questions.isEmpty() ? "" : " (" + questions + ")")));
        }
        outcome.getElement().setAttribute("aria-live", "polite");
        if (preview.isEmpty()) {
            outcome.setText(getTranslation("quiz.regrade.none"));
        }
        apply.setText(getTranslation("quiz.regrade.apply", preview.size()));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(!preview.isEmpty());
        apply.addClickListener(click -> {
            int done = regrade.apply(quizId).size();
            outcome.setText(getTranslation("quiz.regrade.done", done));
            apply.setVisible(false);
            changed.run();
        });
        add(new Paragraph(getTranslation("quiz.regrade.intro")), new Div(changes), outcome);
        getFooter().add(new Button(getTranslation("quiz.exception.close"), click -> close()), apply);
        addClassName("stride-dialog");
    }
}
