package app.stride.quiz.ui;

import app.stride.quiz.QuizResultsService.NotStarted;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The members of a quiz's group who have not started it, under the attempts: a teacher sees who
 * is missing, and gives an accommodation (extra minutes, an extra attempt) before the student
 * starts. Hidden for a quiz open to everyone, and once every member has started.
 */
class NotStartedList extends Div {

    final H3 heading = new H3();
    final Grid<NotStarted> grid = new Grid<>();

    NotStartedList(Function<NotStarted, Component> actions) {
        grid.addColumn(s -> s.displayName().isBlank() ? s.username() : s.displayName() + " (" + s.username() + ")")
                .setKey("student").setHeader(getTranslation("progress.student")).setFlexGrow(2);
        grid.addColumn(this::given).setKey("given").setHeader(getTranslation("quiz.notstarted.given"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(actions::apply).setKey("exceptions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Paragraph help = new Paragraph(getTranslation("quiz.notstarted.help"));
        help.addClassName("stride-meta");
        add(heading, help, grid);
        addClassName("stride-not-started");
        setVisible(false);
    }

    void show(List<NotStarted> students) {
        heading.setText(getTranslation("quiz.notstarted.title", students.size()));
        grid.setItems(students);
        setVisible(!students.isEmpty());
    }

    /** What the student was given already: "+15 min, +1 attempt", or a dash. */
    String given(NotStarted s) {
        List<String> parts = new ArrayList<>();
        if (s.extraMinutes() > 0) {
            parts.add(getTranslation("quiz.allowance.minutes", s.extraMinutes()));
        }
        if (s.extraAttempts() > 0) {
            parts.add(getTranslation("quiz.allowance.attempts", s.extraAttempts()));
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }
}
