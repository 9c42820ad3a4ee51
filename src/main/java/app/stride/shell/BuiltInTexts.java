package app.stride.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Arrays;
import java.util.List;

/**
 * The texts Vaadin's own components show or read out ("Today", month names, "Show password",
 * "More options"…), in the page's language through each component's i18n API: left alone they
 * stay English on a Dutch page. Every component of such a kind passes through here once, where
 * it is made; the texts are in the translation files under {@code vaadin.}.
 */
public final class BuiltInTexts {

    /** ISO 8601 and the Dutch calendar: a week starts on Monday (0 would be Sunday). */
    static final int MONDAY = 1;

    private BuiltInTexts() {
    }

    public static <T extends DateTimePicker> T of(T picker) {
        picker.setDatePickerI18n(datePicker(picker));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(picker.getTranslation("vaadin.datetime.date"))
                .setTimeLabel(picker.getTranslation("vaadin.datetime.time")));
        return picker;
    }

    public static DatePicker of(DatePicker picker) {
        picker.setI18n(datePicker(picker));
        return picker;
    }

    static DatePicker.DatePickerI18n datePicker(Component in) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(in, "vaadin.date.months"))
                .setWeekdays(list(in, "vaadin.date.weekdays"))
                .setWeekdaysShort(list(in, "vaadin.date.weekdays.short"))
                .setFirstDayOfWeek(MONDAY)
                .setToday(in.getTranslation("vaadin.date.today"))
                .setCancel(in.getTranslation("vaadin.date.cancel"));
    }

    /** The eye button's accessible name; Flow's own PasswordFieldI18n has only error messages. */
    public static PasswordField of(PasswordField field) {
        field.getElement().executeJs("this.i18n = Object.assign({}, this.i18n, {reveal: $0})",
                field.getTranslation("vaadin.password.reveal"));
        return field;
    }

    /** The form draws its own password field, whose eye button LoginI18n does not name. */
    public static LoginForm of(LoginForm form) {
        form.getElement().executeJs("""
                const reveal = $0;
                this.querySelectorAll('vaadin-password-field')
                    .forEach(f => f.i18n = Object.assign({}, f.i18n, {reveal}));""",
                form.getTranslation("vaadin.password.reveal"));
        return form;
    }

    public static MenuBar of(MenuBar menu) {
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(menu.getTranslation("vaadin.menubar.more")));
        return menu;
    }

    public static <T extends AppLayout> T of(T layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("vaadin.applayout.drawer")));
        return layout;
    }

    public static SideNav of(SideNav nav) {
        nav.setI18n(new SideNav.SideNavI18n().setToggle(nav.getTranslation("vaadin.sidenav.toggle")));
        return nav;
    }

    public static <V> MultiSelectComboBox<V> of(MultiSelectComboBox<V> box) {
        box.setI18n(new com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n()
                .setCleared(box.getTranslation("vaadin.multiselect.cleared"))
                .setFocused(box.getTranslation("vaadin.multiselect.focused"))
                .setSelected(box.getTranslation("vaadin.multiselect.selected"))
                .setDeselected(box.getTranslation("vaadin.multiselect.deselected")));
        return box;
    }

    private static List<String> list(Component in, String key) {
        return Arrays.stream(in.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
