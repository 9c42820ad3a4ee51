package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.shell.BuiltInTexts;
import app.stride.exercise.Template;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.QuizService;
import app.stride.group.GroupCard;
import app.stride.quiz.QuizSettings;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a teacher fills in for a quiz: a title, topic lines (a family or one template, a count,
 * a difficulty), the window, time limit, attempts and feedback. The service judges it; its
 * verdict comes back on the field it names.
 */
class QuizForm extends Div {

    final TextField title = new TextField();
    final Select<String> family = new Select<>();
    /** Empty: any template of the family; else exactly this one (its difficulty is its own). */
    final ComboBox<Template> template = new ComboBox<>();
    final Select<Integer> difficulty = new Select<>();
    final IntegerField count = new IntegerField();
    final Button addItem = new Button();
    /** Several topics at once, a line of one question each: a mock exam's fourteen in one step. */
    final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    final Button addTopics = new Button();
    final Button allTopics = new Button();
    final Div itemList = new Div();
    final DateTimeField opens = new DateTimeField();
    final DateTimeField closes = new DateTimeField();
    final IntegerField minutes = new IntegerField();
    final IntegerField attempts = new IntegerField();
    final Checkbox shuffle = new Checkbox();
    final Checkbox sameVariants = new Checkbox();
    final Select<FeedbackPolicy> feedback = new Select<>();
    /** The group the quiz is limited to; empty: anyone with the code. Shown once the teacher has a group. */
    final Select<GroupCard.Option> group = new Select<>();
    /** Topic lines added so far; the line still in the fields counts too when saving. */
    private final List<QuizSettings.Item> items = new ArrayList<>();
    private final QuestionBank bank;
    /** The service's limit, checked here too so that the field says so before anything is sent. */
    private static final int MAX_PER_LINE = QuizService.MAX_PER_LINE;

    QuizForm(QuestionBank bank) {
        this.bank = bank;
        title.setLabel(getTranslation("quiz.field.title"));
        title.setMaxLength(120);
        // the service judges these fields; their own checks would clear its message on the next blur
        for (HasValidation field : judged()) {
            field.setManualValidation(true);
        }
        family.setLabel(getTranslation("practice.family"));
        List<String> families = bank.templates().stream().map(Template::family).distinct().toList();
        family.setItems(families);
        family.setItemLabelGenerator(f -> TopicNames.family(this, f));
        family.addValueChangeListener(e -> chooseFamily(e.getValue()));
        template.setLabel(getTranslation("quiz.field.template"));
        template.setPlaceholder(getTranslation("quiz.field.template.any"));
        template.setItemLabelGenerator(t -> getTranslation("quiz.field.template.item", TopicNames.template(this, t),
                getTranslation("practice.difficulty." + t.difficulty())));
        template.setClearButtonVisible(true);
        template.setEnabled(false);
        template.addValueChangeListener(e -> difficulty.setEnabled(e.getValue() == null));
        difficulty.setLabel(getTranslation("practice.difficulty"));
        difficulty.setItems(0, 1, 2, 3);
        difficulty.setValue(0);
        difficulty.setItemLabelGenerator(d -> getTranslation(d == 0 ? "practice.difficulty.any" : "practice.difficulty." + d));
        count.setLabel(getTranslation("quiz.field.count"));
        count.setMin(1);
        count.setValue(3);
        addItem.setText(getTranslation("quiz.item.add"));
        addItem.addClickListener(click -> addItem());
        topics.setLabel(getTranslation("quiz.topics.label"));
        BuiltInTexts.of(topics);
        topics.setHelperText(getTranslation("quiz.topics.help"));
        topics.setItems(families);
        topics.setItemLabelGenerator(f -> TopicNames.family(this, f));
        topics.setManualValidation(true);
        topics.getElement().setAttribute("data-field", "topics");
        addTopics.setText(getTranslation("quiz.topics.add"));
        addTopics.addClickListener(click -> addTopics(topics.getValue()));
        allTopics.setText(getTranslation("quiz.topics.all"));
        allTopics.addClickListener(click -> addTopics(families));
        itemList.getElement().setAttribute("aria-live", "polite");
        itemList.addClassName("stride-items");
        opens.setLabel(getTranslation("quiz.field.opens"));
        opens.setHelperText(getTranslation("quiz.field.window.help"));
        closes.setLabel(getTranslation("quiz.field.closes"));
        minutes.setLabel(getTranslation("quiz.field.minutes"));
        minutes.setMin(1);
        minutes.setValue(20);
        attempts.setLabel(getTranslation("quiz.field.attempts"));
        attempts.setMin(1);
        attempts.setValue(1);
        shuffle.setLabel(getTranslation("quiz.field.shuffle"));
        sameVariants.setLabel(getTranslation("quiz.field.same"));
        sameVariants.setHelperText(getTranslation("quiz.field.same.help"));
        feedback.setLabel(getTranslation("quiz.field.feedback"));
        feedback.setItems(FeedbackPolicy.values());
        feedback.setItemLabelGenerator(p -> getTranslation("quiz.feedback." + p.name().toLowerCase()));
        feedback.setValue(FeedbackPolicy.AFTER_SUBMIT);
        group.setLabel(getTranslation("quiz.field.group"));
        group.setHelperText(getTranslation("quiz.field.group.help"));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("quiz.field.group.anyone"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("quiz.field.group.anyone") : g.name());
        group.setVisible(false);
        group.getElement().setAttribute("data-field", "group");
        title.getElement().setAttribute("data-field", "title");
        family.getElement().setAttribute("data-field", "family");
        template.getElement().setAttribute("data-field", "template");
        feedback.getElement().setAttribute("data-field", "feedback");
        count.getElement().setAttribute("data-field", "count");

        Div line = new Div(family, template, difficulty, count, addItem);
        line.addClassName("stride-toolbar");
        Div many = new Div(topics, addTopics, allTopics);
        many.addClassName("stride-toolbar");
        Div when = new Div(opens, closes, minutes, attempts);
        when.addClassName("stride-toolbar");
        Div how = new Div(feedback, group, shuffle, sameVariants);
        how.addClassName("stride-toolbar");
        add(title, new H3(getTranslation("quiz.section.questions")), line, many, itemList,
                new H3(getTranslation("quiz.section.settings")), when, how);
    }

    private List<HasValidation> judged() {
        return List.of(title, family, count, minutes, attempts, opens, closes, feedback, group);
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
        int n = count.getValue() == null ? 0 : count.getValue();
        Template chosen = template.getValue();
        if (chosen != null) {
            return new QuizSettings.Item(family.getValue(), chosen.id(), null, n);
        }
        Integer d = difficulty.getValue();
        return new QuizSettings.Item(family.getValue(), null, d == null || d == 0 ? null : d, n);
    }

    /** "3 × Conv parameters (basic)" or "2 × Conv parameters: Trainable parameters". */
    String describe(QuizSettings.Item item) {
        String what = item.templateId() != null ? TopicNames.template(this, bank, item.templateId())
                : TopicNames.family(this, item.family());
        return item.count() + " × " + what + (item.difficulty() == null ? ""
                : " (" + getTranslation("practice.difficulty." + item.difficulty()) + ")");
    }

    void addItem() {
        clearErrors();
        QuizSettings.Item item = currentLine();
        if (item == null) {
            showError(new QuizInputException("items", "quiz.error.items"));
            return;
        }
        if (item.count() < 1 || item.count() > MAX_PER_LINE) {
            showError(new QuizInputException("count", "quiz.error.item.count"));
            return;
        }
        items.add(item);
        family.clear();
        showItems();
    }

    /**
     * A line of one question from any template for each topic chosen, in the bank's order; a
     * topic the quiz already has such a line for is not added twice.
     */
    void addTopics(java.util.Collection<String> chosen) {
        clearErrors();
        if (chosen.isEmpty()) {
            topics.setErrorMessage(getTranslation("quiz.topics.none"));
            topics.setInvalid(true);
            return;
        }
        bank.templates().stream().map(Template::family).distinct().filter(chosen::contains)
                .map(f -> new QuizSettings.Item(f, null, null, 1))
                .filter(item -> !items.contains(item))
                .forEach(items::add);
        topics.clear();
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

    /**
     * What the fields say now, the line still in the fields included. A field whose value could
     * not be read is refused here, on that field: the service would otherwise be given an empty
     * value and save the quiz without it.
     */
    QuizSettings read() {
        if (opens.unreadable()) {
            throw new QuizInputException("opensAt", "quiz.error.date.unreadable");
        }
        if (closes.unreadable()) {
            throw new QuizInputException("closesAt", "quiz.error.date.unreadable");
        }
        List<QuizSettings.Item> all = new ArrayList<>(items);
        QuizSettings.Item pending = currentLine();
        if (pending != null && (pending.count() < 1 || pending.count() > MAX_PER_LINE)) {
            throw new QuizInputException("count", "quiz.error.item.count");
        }
        if (pending != null) {
            all.add(pending);
        }
        // the teacher types local times; the server's zone is the school's
        ZoneId zone = ZoneId.systemDefault();
        Instant open = opens.getValue() == null ? null : opens.getValue().atZone(zone).toInstant();
        Instant close = closes.getValue() == null ? null : closes.getValue().atZone(zone).toInstant();
        return new QuizSettings(title.getValue(), all, shuffle.getValue(),
                minutes.getValue() == null ? 0 : minutes.getValue(), open, close,
                attempts.getValue() == null ? 0 : attempts.getValue(), sameVariants.getValue(), feedback.getValue(),
                group.getValue() == null ? null : group.getValue().id());
    }

    /** A saved quiz back in the fields, to change it. */
    void load(QuizSettings settings) {
        clearErrors();
        title.setValue(settings.title());
        items.clear();
        items.addAll(settings.items());
        family.clear();
        minutes.setValue(settings.timeLimitMinutes());
        attempts.setValue(settings.attemptsAllowed());
        shuffle.setValue(settings.shuffle());
        sameVariants.setValue(settings.sameVariants());
        feedback.setValue(settings.feedbackPolicy());
        group.setValue(group.getListDataView().getItems().filter(g -> g.id() == (settings.groupId() == null ? -1
                : settings.groupId())).findFirst().orElse(null));
        ZoneId zone = ZoneId.systemDefault();
        opens.setValue(settings.opensAt() == null ? null : LocalDateTime.ofInstant(settings.opensAt(), zone));
        closes.setValue(settings.closesAt() == null ? null : LocalDateTime.ofInstant(settings.closesAt(), zone));
        showItems();
        title.focus();
    }

    /** After saving: the settings stay for the next quiz, which is usually like this one; title and questions go. */
    void clearQuestions() {
        title.clear();
        items.clear();
        family.clear();
        showItems();
    }

    /** The service names the field it refuses: the message goes on that field. */
    void showError(QuizInputException e) {
        HasValidation field = switch (e.field()) {
            case "title" -> title;
            case "items" -> family;
            case "count" -> count;
            case "opensAt" -> opens;
            case "timeLimit" -> minutes;
            case "attempts" -> attempts;
            case "closesAt" -> closes;
            case "feedback" -> feedback;
            case "group" -> group;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
        }
    }

    /** The groups the teacher may limit a quiz to; without any, the choice is not shown. */
    void groups(List<GroupCard.Option> choices) {
        group.setItems(choices);
        group.setVisible(!choices.isEmpty());
    }

    void clearErrors() {
        judged().forEach(field -> field.setInvalid(false));
        topics.setInvalid(false);
    }
}
