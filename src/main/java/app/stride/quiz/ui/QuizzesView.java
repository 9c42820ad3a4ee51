package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.Quiz;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import app.stride.shell.Titles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import app.stride.exercise.Template;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A teacher's quizzes: build one, publish it with a join code, duplicate, archive, open the results. */
@Route("quizzes")
@RolesAllowed({"TEACHER", "ADMIN"})
@Menu(order = 40, title = "nav.quizzes", icon = "vaadin:clipboard-check")
class QuizzesView extends Main implements HasDynamicTitle {

    /** One card per quiz: it wraps at phone width where a table of five columns would not. */
    final Div list = new Div();
    final TextField title = new TextField();
    final Select<String> family = new Select<>();
    /** Empty: any template of the family; else exactly this one (its difficulty is its own). */
    final ComboBox<Template> template = new ComboBox<>();
    final Select<Integer> difficulty = new Select<>();
    final IntegerField count = new IntegerField();
    final Button addItem = new Button();
    final Div itemList = new Div();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    /** Topic lines added so far; the line still in the fields counts too when creating. */
    private final List<QuizSettings.Item> items = new ArrayList<>();
    final IntegerField minutes = new IntegerField();
    final IntegerField attempts = new IntegerField();
    final Checkbox shuffle = new Checkbox();
    final Checkbox sameVariants = new Checkbox();
    final Select<FeedbackPolicy> feedback = new Select<>();
    final Button create = new Button();
    final Paragraph message = new Paragraph();
    final H2 formTitle = new H2();
    private final QuizService quizzes;
    private final QuizTakingService taking;
    private final QuestionBank bank;
    Dialog previewDialog;
    /** The quiz being edited, or null while the form creates a new one. */
    private Long editing;

    QuizzesView(QuizService quizzes, QuizTakingService taking, QuestionBank bank) {
        this.quizzes = quizzes;
        this.taking = taking;
        this.bank = bank;
        addClassName("stride-page");
        title.setLabel(getTranslation("quiz.field.title"));
        // the service judges these fields; their own checks would clear its message on the next blur
        title.setManualValidation(true);
        family.setManualValidation(true);
        minutes.setManualValidation(true);
        attempts.setManualValidation(true);
        closes.setManualValidation(true);
        feedback.setManualValidation(true);
        title.setMaxLength(120);
        family.setLabel(getTranslation("practice.family"));
        family.setItems(bank.templates().stream().map(t -> t.family()).distinct().toList());
        family.setItemLabelGenerator(f -> getTranslation("family." + f));
        family.addValueChangeListener(e -> chooseFamily(e.getValue()));
        template.setLabel(getTranslation("quiz.field.template"));
        template.setPlaceholder(getTranslation("quiz.field.template.any"));
        template.setItemLabelGenerator(t -> getTranslation("quiz.field.template.item", t.id(),
                getTranslation("practice.difficulty." + t.difficulty())));
        template.setClearButtonVisible(true);
        template.setEnabled(false);
        template.addValueChangeListener(e -> difficulty.setEnabled(e.getValue() == null));
        difficulty.setLabel(getTranslation("practice.difficulty"));
        difficulty.setItems(0, 1, 2, 3);
        difficulty.setValue(0);
        difficulty.setItemLabelGenerator(d -> getTranslation(d == 0 ? "practice.difficulty.any" : "practice.difficulty." + d));
        addItem.setText(getTranslation("quiz.item.add"));
        addItem.addClickListener(click -> addItem());
        itemList.getElement().setAttribute("aria-live", "polite");
        itemList.addClassName("stride-items");
        opens.setLabel(getTranslation("quiz.field.opens"));
        closes.setLabel(getTranslation("quiz.field.closes"));
        opens.setHelperText(getTranslation("quiz.field.window.help"));
        count.setLabel(getTranslation("quiz.field.count"));
        count.setMin(1);
        count.setValue(3);
        minutes.setLabel(getTranslation("quiz.field.minutes"));
        minutes.setMin(1);
        minutes.setValue(20);
        attempts.setLabel(getTranslation("quiz.field.attempts"));
        attempts.setMin(1);
        attempts.setValue(1);
        shuffle.setLabel(getTranslation("quiz.field.shuffle"));
        sameVariants.setLabel(getTranslation("quiz.field.same"));
        feedback.setLabel(getTranslation("quiz.field.feedback"));
        feedback.setItems(FeedbackPolicy.values());
        feedback.setItemLabelGenerator(p -> getTranslation("quiz.feedback." + p.name().toLowerCase()));
        feedback.setValue(FeedbackPolicy.AFTER_SUBMIT);
        create.setText(getTranslation("quiz.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        message.getElement().setAttribute("aria-live", "polite");
        title.getElement().setAttribute("data-field", "title");
        family.getElement().setAttribute("data-field", "family");
        template.getElement().setAttribute("data-field", "template");
        feedback.getElement().setAttribute("data-field", "feedback");
        count.getElement().setAttribute("data-field", "count");
        Div line = new Div(family, template, difficulty, count, addItem);
        line.addClassName("stride-toolbar");
        Div when = new Div(opens, closes, minutes, attempts);
        when.addClassName("stride-toolbar");
        Div how = new Div(feedback, shuffle, sameVariants);
        how.addClassName("stride-toolbar");

        list.addClassName("stride-quiz-list");
        formTitle.setText(getTranslation("quiz.new"));
        add(new H1(getTranslation("nav.quizzes")), list, formTitle, title,
                new H3(getTranslation("quiz.section.questions")), line, itemList,
                new H3(getTranslation("quiz.section.settings")), when, how, create, message);
        refresh();
    }

    private Div actions(Quiz quiz) {
        Div actions = new Div();
        actions.addClassName("stride-toolbar");
        if (quiz.getJoinCode() == null) {
            Button publish = new Button(getTranslation("quiz.publish"), click -> {
                try {
                    quizzes.publish(quiz.getId());
                    refresh();
                } catch (QuizInputException e) {
                    Notification note = Notification.show(quiz.getTitle() + ": " + getTranslation(e.messageKey()),
                            6000, Notification.Position.MIDDLE);
                    note.addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            publish.getElement().setAttribute("data-quiz", quiz.getTitle());
            actions.add(publish);
        } else {
            actions.add(new Anchor("join?code=" + quiz.getJoinCode(), getTranslation("quiz.link")),
                    new Anchor("quiz-results?id=" + quiz.getId(), getTranslation("quiz.results")));
        }
        quizzes.editableSettings(quiz.getId()).ifPresent(settings -> {
            Button edit = new Button(getTranslation("quiz.edit"), click -> edit(quiz.getId(), settings));
            edit.getElement().setAttribute("data-edit", quiz.getTitle());
            actions.add(edit);
        });
        Button preview = new Button(getTranslation("quiz.preview"), click -> preview(quiz));
        preview.getElement().setAttribute("data-preview", quiz.getTitle());
        actions.add(preview);
        actions.add(new Button(getTranslation("quiz.duplicate"), click -> {
            quizzes.duplicate(quiz.getId());
            refresh();
        }), new Button(getTranslation("quiz.archive"), click -> {
            quizzes.archive(quiz.getId());
            refresh();
        }));
        return actions;
    }

    private void chooseFamily(String familyId) {
        template.clear();
        template.setItems(familyId == null ? List.of() : bank.family(familyId));
        template.setEnabled(familyId != null);
    }

    /** The line in the fields, or null when no topic is chosen. */
    private QuizSettings.Item currentLine() {
        if (family.getValue() == null) {
            return null;
        }
        Integer n = count.getValue();
        Integer d = difficulty.getValue();
        Template chosen = template.getValue();
        if (chosen != null) {
            return new QuizSettings.Item(family.getValue(), chosen.id(), null, n == null ? 0 : n);
        }
        return new QuizSettings.Item(family.getValue(), null, d == null || d == 0 ? null : d, n == null ? 0 : n);
    }

    /** "3 × Conv-layer parameters (basic)" or "2 × conv-params-rgb". */
    private String describe(QuizSettings.Item item) {
        String what = item.templateId() != null ? item.templateId() : getTranslation("family." + item.family());
        return item.count() + " × " + what + (item.difficulty() == null ? ""
                : " (" + getTranslation("practice.difficulty." + item.difficulty()) + ")");
    }

    void addItem() {
        QuizSettings.Item item = currentLine();
        if (item == null) {
            message.setText(getTranslation("quiz.error.items"));
            return;
        }
        items.add(item);
        family.clear();
        showItems();
    }

    /** The lines so far, each with a button that takes it out again. */
    private void showItems() {
        itemList.removeAll();
        if (items.isEmpty()) {
            return;
        }
        itemList.add(new Span(getTranslation("quiz.item.list")));
        for (QuizSettings.Item item : List.copyOf(items)) {
            String text = describe(item);
            Button remove = new Button(getTranslation("quiz.item.remove"), click -> {
                items.remove(item);
                showItems();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("quiz.item.remove.label", text));
            Span line = new Span(new Span(text), remove);
            line.addClassName("stride-item");
            itemList.add(line);
        }
    }

    /** What a student would see: every question with its numbers and answer boxes' labels. */
    void preview(Quiz quiz) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("quiz.preview.title", quiz.getTitle()));
        int n = 1;
        for (Exercise exercise : taking.preview(quiz.getId())) {
            Div card = new Div(new H3(getTranslation("quiz.question", n++)));
            card.addClassName("stride-exercise");
            Pre prompt = new Pre(exercise.prompt(getLocale()));
            prompt.addClassName("stride-prompt");
            card.add(prompt);
            for (PartSpec part : exercise.template().parts()) {
                card.add(new Div(exercise.label(part, getLocale())));
            }
            dialog.add(card);
        }
        dialog.getFooter().add(new Button(getTranslation("quiz.preview.close"), click -> dialog.close()));
        add(dialog);
        dialog.open();
        previewDialog = dialog;
    }

    /** Puts a quiz that has not opened yet into the form; the primary button then saves it. */
    void edit(long quizId, QuizSettings settings) {
        editing = quizId;
        title.setValue(settings.title());
        items.clear();
        items.addAll(settings.items());
        family.clear();
        minutes.setValue(settings.timeLimitMinutes());
        attempts.setValue(settings.attemptsAllowed());
        shuffle.setValue(settings.shuffle());
        sameVariants.setValue(settings.sameVariants());
        feedback.setValue(settings.feedbackPolicy());
        ZoneId zone = ZoneId.systemDefault();
        opens.setValue(settings.opensAt() == null ? null : LocalDateTime.ofInstant(settings.opensAt(), zone));
        closes.setValue(settings.closesAt() == null ? null : LocalDateTime.ofInstant(settings.closesAt(), zone));
        create.setText(getTranslation("quiz.save"));
        formTitle.setText(getTranslation("quiz.editing", settings.title()));
        showItems();
        title.focus();
    }

    void create() {
        clearErrors();
        try {
            List<QuizSettings.Item> all = new ArrayList<>(items);
            if (currentLine() != null) {
                all.add(currentLine());
            }
            // the teacher types local times; the server's zone is the school's
            ZoneId zone = ZoneId.systemDefault();
            Instant open = opens.getValue() == null ? null : opens.getValue().atZone(zone).toInstant();
            Instant close = closes.getValue() == null ? null : closes.getValue().atZone(zone).toInstant();
            QuizSettings settings = new QuizSettings(title.getValue(), all, shuffle.getValue(),
                    minutes.getValue() == null ? 0 : minutes.getValue(), open, close,
                    attempts.getValue() == null ? 0 : attempts.getValue(), sameVariants.getValue(), feedback.getValue());
            if (editing == null) {
                quizzes.create(settings);
                message.setText(getTranslation("quiz.created", title.getValue()));
            } else {
                quizzes.update(editing, settings);
                message.setText(getTranslation("quiz.updated", title.getValue()));
                editing = null;
                create.setText(getTranslation("quiz.create"));
                formTitle.setText(getTranslation("quiz.new"));
            }
            // the settings stay for the next quiz, which is usually like this one; title and questions do not
            title.clear();
            items.clear();
            family.clear();
            showItems();
            refresh();
        } catch (QuizInputException e) {
            showError(e);
        }
    }

    /** The service names the field it refuses: the message goes on that field, and above the list too. */
    private void showError(QuizInputException e) {
        String text = getTranslation(e.messageKey());
        message.setText(text);
        HasValidation field = switch (e.field()) {
            case "title" -> title;
            case "items" -> family;
            case "timeLimit" -> minutes;
            case "attempts" -> attempts;
            case "closesAt" -> closes;
            case "feedback" -> feedback;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(title, family, minutes, attempts, closes, feedback)) {
            field.setInvalid(false);
        }
    }

    private void refresh() {
        list.removeAll();
        List<Quiz> mine = quizzes.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("quiz.none")));
        }
        for (Quiz quiz : mine) {
            list.add(card(quiz));
        }
    }

    private Div card(Quiz quiz) {
        Span status = new Span(getTranslation("quiz.status." + quiz.getStatus().name().toLowerCase()));
        status.addClassName("stride-status");
        Div heading = new Div(new H3(quiz.getTitle()), status);
        heading.addClassName("stride-quiz-heading");
        if (quiz.getJoinCode() != null) {
            Span code = new Span(quiz.getJoinCode());
            code.addClassName("stride-code");
            code.getElement().setAttribute("aria-label", getTranslation("quiz.col.code") + " " + quiz.getJoinCode());
            heading.add(code);
        }
        Paragraph what = new Paragraph(quiz.getItems().stream().map(i -> describe(i.toSettings()))
                .collect(Collectors.joining(", ")));
        Div card = new Div(heading, what, actions(quiz));
        card.addClassName("stride-quiz-card");
        card.getElement().setAttribute("data-quiz-id", String.valueOf(quiz.getId()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.quizzes");
    }
}
