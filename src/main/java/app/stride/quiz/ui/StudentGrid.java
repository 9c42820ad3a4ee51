package app.stride.quiz.ui;

import app.stride.quiz.AttemptState;
import app.stride.quiz.QuizResultsService.StudentResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

/**
 * The results page's table of attempts, one row each: the student (and which of their attempts),
 * where it stands, how far they got, when they started, the time used, the score, and a link to
 * read it. On a phone only the student, the state and the score stay as columns; the rest opens
 * under a row when it is tapped (or chosen with the keyboard), so that nothing lies off-screen.
 * A column another part adds (a button per student) is added like any other, by one call.
 */
class StudentGrid extends Grid<StudentResult> {

    /** Below this width (CSS pixels) the grid shows its narrow layout. */
    static final int NARROW_PX = 600;

    final Column<StudentResult> student;
    final Column<StudentResult> state;
    final Column<StudentResult> progress;
    final Column<StudentResult> started;
    final Column<StudentResult> used;
    final Column<StudentResult> score;
    final Column<StudentResult> open;
    /** Said above the grid in the narrow layout: where the other columns went. */
    final Paragraph hint = new Paragraph();
    private final Clock clock;
    private boolean narrow;
    /** What a teacher can do for one student (the exceptions), a column wide and in the details narrow. */
    private Column<StudentResult> actions;
    private Function<StudentResult, Component> makeActions;

    StudentGrid(Clock clock) {
        this.clock = clock;
        student = addColumn(this::who).setKey("student").setHeader(getTranslation("progress.student"))
                .setFlexGrow(2);
        state = addColumn(this::state).setKey("state").setHeader(getTranslation("quiz.col.status")).setFlexGrow(1);
        progress = addColumn(this::progress).setKey("progress").setHeader(getTranslation("quiz.results.col.progress"))
                .setAutoWidth(true).setFlexGrow(0);
        started = addColumn(s -> when(s.startedAt())).setKey("started")
                .setHeader(getTranslation("quiz.results.col.started")).setAutoWidth(true).setFlexGrow(0);
        used = addColumn(this::used).setKey("used").setHeader(getTranslation("quiz.results.col.used"))
                .setAutoWidth(true).setFlexGrow(0);
        score = addColumn(this::score).setKey("score").setHeader(getTranslation("progress.col.score"))
                .setAutoWidth(true).setFlexGrow(0);
        open = addComponentColumn(this::openLink).setKey("open").setHeader(getTranslation("quiz.col.open"))
                .setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("quiz.results.none"));
        setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        setDetailsVisibleOnClick(false);
        addClassName("stride-students");
        hint.setText(getTranslation("quiz.results.narrow.help"));
        hint.addClassName("stride-meta");
        hint.setVisible(false);
    }

    /** Adds the per-student actions: a column of their own, and in the narrow layout part of the details. */
    void actions(Function<StudentResult, Component> make) {
        makeActions = make;
        actions = addComponentColumn(make::apply).setKey("exceptions").setAutoWidth(true).setFlexGrow(0);
    }

    /**
     * The narrow layout (phone) or the wide one: in the narrow one the columns that would push the
     * score off-screen move into a row's details, which a tap or Enter opens.
     */
    void narrow(boolean narrow) {
        this.narrow = narrow;
        for (Column<StudentResult> column : List.of(progress, started, used, open)) {
            column.setVisible(!narrow);
        }
        if (actions != null) {
            actions.setVisible(!narrow);
        }
        setDetailsVisibleOnClick(narrow);
        hint.setVisible(narrow);
        if (!narrow) {
            // the wide layout shows all of it in columns: no row stays open twice over
            getListDataView().getItems().forEach(item -> setDetailsVisible(item, false));
        }
    }

    boolean isNarrow() {
        return narrow;
    }

    /** What the narrow layout shows under a row: the columns it left out, each named. */
    Div details(StudentResult s) {
        Div details = new Div(line("quiz.results.col.progress", progress(s)),
                line("quiz.results.col.started", when(s.startedAt())), line("quiz.results.col.used", used(s)),
                openLink(s));
        if (makeActions != null) {
            details.add(makeActions.apply(s));
        }
        details.addClassName("stride-student-details");
        return details;
    }

    private Span line(String key, String value) {
        return new Span(getTranslation(key) + ": " + value);
    }

    /** "Ada Lovelace (ada)", and which attempt when the student has several. */
    String who(StudentResult s) {
        String name = s.displayName().isBlank() ? s.username() : s.displayName() + " (" + s.username() + ")";
        return s.attemptsOfStudent() > 1
                ? getTranslation("quiz.results.attempt.of", name, s.attempt(), s.attemptsOfStudent()) : name;
    }

    String state(StudentResult s) {
        return s.state() == AttemptState.IN_PROGRESS
                ? getTranslation("quiz.results.state.in_progress", DurationText.inMinutes(s.left(), this::getTranslation))
                : getTranslation("quiz.results.state." + s.state().name().toLowerCase());
    }

    String progress(StudentResult s) {
        return getTranslation("quiz.results.progress", s.answered(), s.questionCount());
    }

    String used(StudentResult s) {
        return s.state() == AttemptState.IN_PROGRESS
                ? getTranslation("quiz.results.used.so.far", DurationText.inMinutes(s.used(), this::getTranslation))
                : DurationText.of(s.used(), this::getTranslation);
    }

    String score(StudentResult s) {
        if (s.score() == null) {
            return "—";
        }
        return NumberFormat.getPercentInstance(getLocale()).format(s.score());
    }

    /** The time of day for today's starts, the date too for earlier ones; in the locale's way. */
    String when(Instant at) {
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime local = at.atZone(zone);
        DateTimeFormatter format = local.toLocalDate().equals(LocalDate.now(clock.withZone(zone)))
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
        return local.format(format.withLocale(getLocale()));
    }

    private Anchor openLink(StudentResult s) {
        Anchor link = new Anchor("quiz-review?id=" + s.attemptId(), getTranslation("quiz.open"));
        link.getElement().setAttribute("aria-label", getTranslation("quiz.open") + ": " + s.username());
        return link;
    }
}
