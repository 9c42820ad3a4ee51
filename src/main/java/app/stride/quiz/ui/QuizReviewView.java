package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.QuizRegradeService;
import app.stride.quiz.QuizResultsService;
import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import app.stride.quiz.QuizTakingService;
import app.stride.shell.Titles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A teacher reads one student's attempt: every answer next to the key and the worked solution. */
@Route("quiz-review")
@RolesAllowed({"TEACHER", "ADMIN"})
class QuizReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph summary = new Paragraph();
    final Div questions = new Div();
    final Anchor back = new Anchor();
    final Anchor previous = new Anchor();
    final Anchor next = new Anchor();
    private final QuizResultsService results;
    private final QuizTakingService taking;
    private final QuestionBank bank;

    private final QuizRegradeService regrade;

    QuizReviewView(QuizResultsService results, QuizTakingService taking, QuestionBank bank, QuizRegradeService regrade) {
        this.regrade = regrade;
        this.results = results;
        this.taking = taking;
        this.bank = bank;
        addClassNames("stride-page", "stride-quiz");
        back.setText(getTranslation("quiz.review.back"));
        previous.setText(getTranslation("quiz.review.previous"));
        next.setText(getTranslation("quiz.review.next"));
        Div links = new Div(back, previous, next);
        links.addClassName("stride-toolbar");
        add(new H1(getTranslation("quiz.review.title")), links, summary, questions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getLocation().getQueryParameters().getParameters().getOrDefault("id", List.of("")).get(0);
        questions.removeAll();
        previous.setVisible(false);
        next.setVisible(false);
        if (!id.matches("\\d{1,18}")) {
            summary.setText(getTranslation("quiz.error.unknown"));
            return;
        }
        show(Long.parseLong(id));
    }

    /** The attempt as it now stands: again after a teacher sets a mark. */
    private void show(long attemptId) {
        questions.removeAll();
        QuizResultsService.StudentAttempt s;
        try {
            s = results.attempt(attemptId);
            if (s.attempt().timeUp()) {
                // its time ran out while the student was away: a teacher reading it sees it handed in
                results.handInOverdue(s.quizId());
                s = results.attempt(attemptId);
            }
        } catch (QuizInputException e) {
            summary.setText(getTranslation(e.messageKey()));
            return;
        }
        back.setHref("quiz-results?id=" + s.quizId());
        link(previous, s.previous());
        link(next, s.next());
        AttemptSheet a = s.attempt();
        summary.setText(getTranslation("quiz.review.summary", s.student(),
                a.quizTitle() != null ? a.quizTitle() : getTranslation("exam.title"),
                // the results page's words for where an attempt stands
                getTranslation(a.submitted() ? (a.autoSubmitted() ? "quiz.results.state.handed_in_automatically"
                        : "quiz.results.state.handed_in")
                        : a.timeUp() ? "quiz.results.state.time_up" : "quiz.mine.state.in_progress"),
                a.score() == null ? "—" : Math.round(a.score() * 100) + "%"));
        int n = 1;
        for (AttemptSheet.Question q : a.questions()) {
            Exercise exercise = taking.exercise(q);
            AnsweredQuestion card = new AnsweredQuestion(n++, q, exercise, bank, AnsweredQuestion.Reader.TEACHER);
            if (a.submitted() && !a.exam()) {
                for (PartSpec part : exercise.template().parts()) {
                    String label = exercise.label(part, getLocale());
                    Button set = new Button(getTranslation("quiz.override.button"), click -> {
                        overrideDialog = new OverrideDialog(regrade, q, part.id(), label, () -> show(attemptId));
                        overrideDialog.open();
                    });
                    set.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    set.getElement().setAttribute("aria-label", getTranslation("quiz.override.button") + " " + label);
                    set.getElement().setAttribute("data-override", q.position() + "-" + part.id());
                    card.marks.get(part.id()).add(set);
                }
            }
            questions.add(card);
        }
    }

    /** The last mark dialog opened, for tests. */
    OverrideDialog overrideDialog;

    @Override
    public String getPageTitle() {
        return Titles.of(this, "quiz.review.title");
    }

    private static void link(Anchor anchor, Long attemptId) {
        anchor.setVisible(attemptId != null);
        if (attemptId != null) {
            anchor.setHref("quiz-review?id=" + attemptId);
        }
    }
}
