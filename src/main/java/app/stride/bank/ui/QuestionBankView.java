package app.stride.bank.ui;

import app.stride.bank.QuestionBank;
import app.stride.exercise.BankProblem;
import app.stride.exercise.Exercise;
import app.stride.exercise.KeyText;
import app.stride.exercise.ExercisePart;
import app.stride.exercise.Template;
import app.stride.exercise.ui.ExerciseFigure;
import app.stride.exercise.ui.ExercisePrompt;
import app.stride.exercise.ui.ExerciseSolution;
import app.stride.exercise.ui.ToleranceText;
import app.stride.shell.Titles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.ThreadLocalRandom;

/**
 * For teachers: every template the bank serves, the files it skipped (file, line, reason),
 * and a preview of any template with generated numbers, its answer key and worked solution.
 */
@Route("bank")
@RolesAllowed({"TEACHER", "ADMIN"})
@Menu(order = 50, title = "nav.bank", icon = "vaadin:book")
class QuestionBankView extends Main implements HasDynamicTitle {

    final Grid<BankProblem> problems = new Grid<>();
    final Grid<Template> templates = new Grid<>();
    final Div preview = new Div();
    final Button newVariant = new Button();

    private final QuestionBank bank;
    private Template shown;

    QuestionBankView(QuestionBank bank) {
        this.bank = bank;
        addClassName("stride-page");
        long families = bank.templates().stream().map(Template::family).distinct().count();
        add(new H1(getTranslation("nav.bank")),
                new Paragraph(getTranslation("bank.summary", bank.templates().size(), families,
                        bank.problems().size())));

        problems.addColumn(BankProblem::file).setKey("file").setHeader(getTranslation("bank.col.file"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(BankProblem::line).setKey("line").setHeader(getTranslation("bank.col.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(BankProblem::reason).setKey("reason").setHeader(getTranslation("bank.col.reason"));
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.setItems(bank.problems());
        problems.setAllRowsVisible(true);
        problems.setVisible(!bank.problems().isEmpty());
        add(new H2(getTranslation("bank.problems.title")));
        if (bank.problems().isEmpty()) {
            add(new Paragraph(getTranslation("bank.problems.none")));
        }
        add(problems);

        templates.addColumn(Template::id).setKey("id").setHeader(getTranslation("bank.col.id")).setAutoWidth(true)
                .setSortable(true);
        templates.addColumn(Template::family).setKey("family").setHeader(getTranslation("bank.col.family"))
                .setAutoWidth(true).setSortable(true);
        templates.addColumn(Template::difficulty).setKey("difficulty")
                .setHeader(getTranslation("bank.col.difficulty")).setAutoWidth(true).setSortable(true);
        templates.addColumn(Template::file).setKey("file").setHeader(getTranslation("bank.col.file"));
        templates.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        templates.setItems(bank.templates());
        templates.setHeight("20rem");
        templates.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(t -> show(t, 1)));

        newVariant.setText(getTranslation("bank.preview.new"));
        newVariant.setIcon(VaadinIcon.REFRESH.create());
        newVariant.setEnabled(false);
        newVariant.addClickListener(click -> show(shown, ThreadLocalRandom.current().nextLong(1, 1_000_000_000)));
        preview.addClassName("stride-preview");
        add(new H2(getTranslation("bank.templates.title")), templates, newVariant, preview);
    }

    void show(Template template, long seed) {
        shown = template;
        newVariant.setEnabled(true);
        Exercise exercise = bank.generate(template.id(), seed);
        preview.removeAll();
        preview.add(new H2(getTranslation("bank.preview.title", template.id(), seed)));
        preview.add(new ExercisePrompt(exercise));
        ExerciseFigure.question(exercise).ifPresent(preview::add);
        for (ExercisePart part : exercise.parts()) {
            Div answer = new Div(getTranslation("bank.preview.answer", part.label().in(getLocale()),
                    KeyText.of(exercise, part.id(), getLocale()), ToleranceText.of(this, part.tolerance())));
            answer.addClassName("stride-key");
            answer.getElement().setAttribute("data-part", part.id());
            preview.add(answer);
        }
        preview.add(new Paragraph(getTranslation("bank.preview.solution")));
        preview.add(new ExerciseSolution(exercise));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.bank");
    }
}
