package app.stride.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Vaadin's own component texts follow the page's language, and a Dutch calendar starts on Monday. */
class BuiltInTextsTest extends KaribuTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void theShellsMenuDrawerAndNavigationSpeakDutch() {
        login("student", "STUDENT");
        UI.getCurrent().setLocale(DUTCH);
        UI.getCurrent().navigate("");
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.userMenu.getI18n().getMoreOptions()).isEqualTo("Meer opties");
        assertThat(layout.getI18n().getDrawer()).isEqualTo("Menu");
        assertThat(layout.navigation.getI18n().getToggle()).startsWith("Onderliggende");
    }

    @Test
    void aDutchDatePickerHasDutchNamesAndStartsOnMonday() {
        UI.getCurrent().setLocale(DUTCH);
        DatePicker.DatePickerI18n i18n = BuiltInTexts.of(new DateTimePicker()).getDatePickerI18n();
        assertThat(i18n.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("januari", "februari", "maart").endsWith("december");
        // the list always starts on Sunday, whichever day the calendar shows first
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("zondag", "maandag");
        assertThat(i18n.getWeekdaysShort()).hasSize(7).startsWith("zo", "ma");
        assertThat(i18n.getToday()).isEqualTo("Vandaag");
        assertThat(i18n.getCancel()).isEqualTo("Annuleren");
    }

    @Test
    void anEnglishDatePickerStartsOnMondayToo() {
        DatePicker.DatePickerI18n i18n = BuiltInTexts.of(new DatePicker()).getI18n();
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("January").endsWith("December");
        assertThat(i18n.getWeekdaysShort()).hasSize(7).startsWith("Sun", "Mon");
        assertThat(i18n.getToday()).isEqualTo("Today");
    }
}
