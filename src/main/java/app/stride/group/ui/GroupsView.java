package app.stride.group.ui;

import app.stride.base.UserInputException;
import app.stride.group.GroupCard;
import app.stride.group.GroupCodes;
import app.stride.group.GroupService;
import app.stride.shell.Titles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Groups: a student joins one with its code (or the link with the code in it) and sees their
 * groups; a teacher makes groups and looks after them ({@link GroupCardView}); the admin sees all.
 */
@Route("groups")
@PermitAll
@Menu(order = 8, title = "nav.groups", icon = "vaadin:group")
public class GroupsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button join = new Button();
    final Div memberships = new Div();
    final TextField name = new TextField();
    final Button create = new Button();
    final Paragraph message = new Paragraph();
    final Div groups = new Div();
    private final Div studentPart = new Div();
    private final Div teacherPart = new Div();
    private final GroupService service;
    private final AuthenticationContext authentication;

    GroupsView(GroupService service, AuthenticationContext authentication) {
        this.service = service;
        this.authentication = authentication;
        addClassNames("stride-page", "stride-groups");
        code.setLabel(getTranslation("group.join.code"));
        code.setMaxLength(16);
        code.getElement().setAttribute("autocomplete", "off");
        join.setText(getTranslation("group.join.button"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> join(code.getValue()));
        code.addKeyDownListener(Key.ENTER, e -> join(code.getValue()));
        Div joinRow = new Div(code, join);
        joinRow.addClassName("stride-toolbar");
        memberships.addClassName("stride-group-memberships");
        studentPart.add(new Paragraph(getTranslation("group.join.intro")), joinRow,
                new H2(getTranslation("group.mine")), memberships);

        name.setLabel(getTranslation("group.field.name"));
        name.setMaxLength(GroupService.MAX_NAME);
        name.setManualValidation(true);
        create.setText(getTranslation("group.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        name.addKeyDownListener(Key.ENTER, e -> create());
        Div createRow = new Div(name, create);
        createRow.addClassName("stride-toolbar");
        groups.addClassName("stride-group-list");
        teacherPart.add(new Paragraph(getTranslation("group.teacher.intro")), createRow, groups);

        message.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("nav.groups")), message, studentPart, teacherPart);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean teacher = authentication.hasAnyRole("TEACHER", "ADMIN");
        studentPart.setVisible(!teacher);
        teacherPart.setVisible(teacher);
        message.setText("");
        if (teacher) {
            refresh();
            return;
        }
        showMemberships();
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
        if (!given.isEmpty()) {
            // the teacher's link: the student meant to join by opening it
            code.setValue(given.get(0));
            join(given.get(0));
        }
    }

    void join(String typed) {
        code.setInvalid(false);
        try {
            String joined = service.join(typed);
            message.setText(getTranslation("group.joined", joined));
            code.clear();
            showMemberships();
        } catch (UserInputException e) {
            code.setErrorMessage(getTranslation(e.messageKey()));
            code.setInvalid(true);
        }
    }

    void create() {
        name.setInvalid(false);
        try {
            String newCode = service.create(name.getValue());
            message.setText(getTranslation("group.created", name.getValue().strip(), newCode));
            name.clear();
            refresh();
        } catch (UserInputException e) {
            name.setErrorMessage(getTranslation(e.messageKey()));
            name.setInvalid(true);
        }
    }

    private void showMemberships() {
        memberships.removeAll();
        List<GroupCard.Membership> mine = service.memberships();
        if (mine.isEmpty()) {
            memberships.add(new Paragraph(getTranslation("group.mine.none")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (GroupCard.Membership m : mine) {
            Paragraph line = new Paragraph(getTranslation("group.mine.line", m.name(),
                    m.joinedAt().atZone(ZoneId.systemDefault()).format(when)));
            line.addClassName("stride-group-membership");
            memberships.add(line);
        }
    }

    void refresh() {
        groups.removeAll();
        List<GroupCard> mine = service.mine();
        if (mine.isEmpty()) {
            groups.add(new Paragraph(getTranslation("group.none")));
        }
        mine.forEach(g -> groups.add(new GroupCardView(g, service, this::refresh, message)));
    }

    /** The link a teacher hands out: a student who opens it joins at once. */
    static String link(String joinCode) {
        return "groups?code=" + GroupCodes.normalized(joinCode);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.groups");
    }
}
