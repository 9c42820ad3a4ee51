package app.stride.group.ui;

import app.stride.base.UserInputException;
import app.stride.group.GroupCard;
import app.stride.group.GroupService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;

/**
 * One group for its teachers: its code and link, its teachers with a field to add a co-teacher,
 * and its members, each of whom a teacher can take out of it.
 */
class GroupCardView extends Div {

    final Grid<GroupCard.Person> members = new Grid<>();
    final TextField coTeacher = new TextField();
    final Button addTeacher = new Button();
    private final GroupCard group;
    private final GroupService service;
    private final Runnable changed;
    private final Paragraph message;

    GroupCardView(GroupCard group, GroupService service, Runnable changed, Paragraph message) {
        this.group = group;
        this.service = service;
        this.changed = changed;
        this.message = message;
        addClassName("stride-group-card");
        getElement().setAttribute("data-group-id", String.valueOf(group.id()));
        Span code = new Span(group.joinCode());
        code.addClassName("stride-code");
        code.getElement().setAttribute("aria-label", getTranslation("group.code") + " " + group.joinCode());
        Div heading = new Div(new H3(group.name()), code);
        heading.addClassName("stride-quiz-heading");
        Anchor link = new Anchor(GroupsView.link(group.joinCode()), getTranslation("group.link"));
        Paragraph teachers = new Paragraph(getTranslation("group.teachers",
                group.teachers().stream().map(GroupCard.Person::displayName).collect(Collectors.joining(", "))));
        teachers.addClassName("stride-group-teachers");

        coTeacher.setLabel(getTranslation("group.field.coteacher"));
        coTeacher.setHelperText(getTranslation("group.field.coteacher.help"));
        coTeacher.setMaxLength(64);
        coTeacher.setManualValidation(true);
        addTeacher.setText(getTranslation("group.coteacher.add"));
        addTeacher.addClickListener(click -> addTeacher());
        coTeacher.addKeyDownListener(Key.ENTER, e -> addTeacher());
        Div teacherRow = new Div(coTeacher, addTeacher);
        teacherRow.addClassName("stride-toolbar");

        members.addColumn(GroupCard.Person::displayName).setHeader(getTranslation("group.col.name"))
                .setAutoWidth(true).setFlexGrow(1);
        members.addColumn(GroupCard.Person::username).setHeader(getTranslation("group.col.username")).setAutoWidth(true);
        members.addComponentColumn(p -> {
            Anchor progress = new Anchor("progress?student=" + p.username(), getTranslation("group.progress"));
            Button remove = new Button(getTranslation("group.remove"), click -> remove(p));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("group.remove.label", p.displayName()));
            Div actions = new Div(progress, remove);
            actions.addClassName("stride-toolbar");
            return actions;
        }).setHeader(getTranslation("group.col.actions")).setAutoWidth(true).setKey("actions");
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.setItems(group.members());
        // a class of 300 scrolls inside its card instead of stretching the page
        if (group.members().size() <= 15) {
            members.setAllRowsVisible(true);
        } else {
            members.setHeight("28rem");
        }
        Details memberList = new Details(getTranslation("group.members", group.members().size()), members);
        memberList.setOpened(!group.members().isEmpty() && group.members().size() <= 15);
        add(heading, link, teachers, teacherRow, memberList);
    }

    void addTeacher() {
        coTeacher.setInvalid(false);
        try {
            service.addTeacher(group.id(), coTeacher.getValue());
            message.setText(getTranslation("group.coteacher.added", coTeacher.getValue().strip(), group.name()));
            changed.run();
        } catch (UserInputException e) {
            coTeacher.setErrorMessage(getTranslation(e.messageKey()));
            coTeacher.setInvalid(true);
        }
    }

    void remove(GroupCard.Person person) {
        service.removeMember(group.id(), person.id());
        message.setText(getTranslation("group.removed", person.displayName(), group.name()));
        changed.run();
    }
}
