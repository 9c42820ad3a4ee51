package app.stride.quiz.ui;

import app.stride.quiz.QuizAttempt;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.QuizTakingService;
import app.stride.shell.Titles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
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
    private final QuizTakingService taking;

    JoinView(QuizTakingService taking) {
        this.taking = taking;
        addClassName("stride-page");
        code.setLabel(getTranslation("quiz.join.code"));
        code.setMaxLength(12);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "off");
        join.setText(getTranslation("quiz.join.button"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> join(code.getValue()));
        join.addClickShortcut(Key.ENTER);
        Div row = new Div(code, join);
        row.addClassName("stride-toolbar");
        exam.setText(getTranslation("exam.start"));
        exam.addClickListener(click -> {
            QuizAttempt attempt = taking.startExam();
            getUI().ifPresent(ui -> ui.navigate("quiz-attempt",
                    QueryParameters.simple(Map.of("id", String.valueOf(attempt.getId())))));
        });
        add(new H1(getTranslation("nav.join")), new Paragraph(getTranslation("quiz.join.intro")), row,
                new com.vaadin.flow.component.html.H2(getTranslation("exam.title")),
                new Paragraph(getTranslation("exam.intro")), exam);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
        if (!given.isEmpty()) {
            code.setValue(given.get(0));
        }
    }

    void join(String typed) {
        try {
            QuizAttempt attempt = taking.join(typed);
            code.setInvalid(false);
            getUI().ifPresent(ui -> ui.navigate("quiz-attempt",
                    QueryParameters.simple(Map.of("id", String.valueOf(attempt.getId())))));
        } catch (QuizInputException e) {
            code.setErrorMessage(getTranslation(e.messageKey()));
            code.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.join");
    }
}
