package app.stride.progress.ui;

import app.stride.account.UserSummary;
import app.stride.bank.QuestionBank;
import app.stride.group.GroupReach;
import app.stride.practice.PracticeService;
import app.stride.practice.ProgressService;
import app.stride.shell.Titles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * A student's progress: mastery per family, accuracy over time, the streak, recent attempts to
 * open again, and the most frequent mistakes with a way to practise them. A teacher can open a
 * student's progress, read-only.
 */
@Route("progress")
@PermitAll
@Menu(order = 6, title = "nav.progress", icon = "vaadin:chart")
class ProgressView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<UserSummary> student = new ComboBox<>();
    final Div content = new Div();
    final Grid<ProgressService.RecentAttempt> recent = new Grid<>();

    private final ProgressService progress;
    private final QuestionBank bank;
    private final GroupReach reach;
    private final AuthenticationContext authentication;
    /** Whether the one asking teaches: known anew at every visit, since the role may have changed since. */
    private boolean teacher;

    ProgressView(ProgressService progress, GroupReach reach, QuestionBank bank,
                 AuthenticationContext authentication) {
        this.progress = progress;
        this.bank = bank;
        this.reach = reach;
        this.authentication = authentication;
        addClassNames("stride-page", "stride-progress");
        add(new H1(getTranslation("nav.progress")));
        student.setLabel(getTranslation("progress.student"));
        student.setVisible(false);
        student.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        student.setClearButtonVisible(true);
        student.setWidth("min(24rem, 100%)");
        student.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                show(progress.mine(), false);
            } else {
                showStudent(e.getValue().username());
            }
        });
        add(student);
        recent.addColumn(a -> a.at().atZone(ZoneId.systemDefault())
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())))
                .setHeader(getTranslation("progress.col.when")).setAutoWidth(true);
        recent.addColumn(a -> getTranslation("family." + a.family())).setHeader(getTranslation("progress.col.family"))
                .setAutoWidth(true);
        recent.addColumn(a -> a.revealed() ? getTranslation("progress.revealed")
                        : Math.round(a.score() * 100) + "%").setHeader(getTranslation("progress.col.score"))
                .setAutoWidth(true);
        recent.addComponentColumn(a -> new Anchor("practice?attempt=" + a.id(), getTranslation("progress.reopen")))
                .setHeader(getTranslation("progress.col.open")).setAutoWidth(true);
        recent.addThemeVariants(GridVariant.LUMO_COMPACT);
        recent.setAllRowsVisible(true);
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        teacher = authentication.hasAnyRole("TEACHER", "ADMIN");
        student.setVisible(teacher);
        student.setItems(teacher ? reach.students() : List.of());
        String asked = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("student", List.of()).stream().findFirst().orElse(null);
        if (teacher && asked != null) {
            showStudent(asked);
        } else {
            show(progress.mine(), false);
        }
    }

    /** A student's progress; someone whose progress this teacher may not read (or nobody) is said so. */
    private void showStudent(String username) {
        try {
            show(progress.ofStudent(username), true);
        } catch (AccessDeniedException e) {
            content.removeAll();
            Paragraph denied = new Paragraph(getTranslation("progress.student.denied"));
            denied.addClassName("stride-status");
            content.add(denied);
        }
    }

    void show(ProgressService.Report report, boolean someoneElse) {
        content.removeAll();
        content.add(new Paragraph(getTranslation("progress.summary", report.totalAttempts(), report.streakDays())));
        content.add(new H2(getTranslation("progress.mastery")),
                new Paragraph(getTranslation("progress.mastery.rule", PracticeService.MASTERED_AFTER)),
                ProgressCharts.mastery(report.families(), f -> getTranslation("family." + f),
                        getTranslation("progress.mastery"), getTranslation("progress.table.mastered")),
                ProgressTables.mastery(report.families(), this::getTranslation, getLocale()));
        report.families().stream().filter(ProgressService.FamilyLevel::due).forEach(f ->
                content.add(new Paragraph(getTranslation("progress.due", getTranslation("family." + f.family())))));
        content.add(new H2(getTranslation("progress.accuracy")),
                ProgressCharts.accuracy(report.accuracy(), getTranslation("progress.accuracy")),
                ProgressTables.accuracy(report.accuracy(), this::getTranslation, getLocale()));
        content.add(new H2(getTranslation("progress.mistakes")));
        if (report.mistakes().isEmpty()) {
            content.add(new Paragraph(getTranslation("progress.mistakes.none")));
        }
        for (ProgressService.MistakeCount m : report.mistakes()) {
            Div line = new Div();
            line.addClassName("stride-mistake");
            line.getElement().setAttribute("data-misconception", m.misconception());
            String text = bank.sharedMisconceptionTexts().containsKey(m.misconception())
                    ? bank.sharedMisconceptionTexts().get(m.misconception()).in(getLocale()) : m.misconception();
            line.add(new Paragraph(getTranslation("progress.mistake.count", m.count()) + " " + text));
            if (!someoneElse && m.family() != null) {
                line.add(new Anchor("practice?family=" + m.family(), getTranslation("progress.practise")));
            }
            content.add(line);
        }
        content.add(new H2(getTranslation("progress.recent")));
        recent.setItems(report.recent());
        content.add(recent);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.progress");
    }
}
