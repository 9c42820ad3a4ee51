package app.stride.quiz.ui;

import app.stride.shell.BuiltInTexts;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * A date and time a teacher gives, that tells "nothing given" from "given, but not readable":
 * a value the browser sends that is no date and time (anyone can send one) is not taken, and a
 * date typed that the picker cannot read, or a date without its time, counts as unreadable too.
 * The form refuses to save while a field is unreadable, instead of saving without it.
 */
class DateTimeField extends DateTimePicker {

    DateTimeField() {
        BuiltInTexts.of(this);
        // Teachers type the date and time. A list that opens on the click into the field stays open
        // after Tab (Chromium makes its scroller a tab stop) and swallows the next click, on Create
        // too; the calendar and the times still open from their buttons and with the down arrow.
        setAutoOpen(false);
    }

    /** Keeps the last value when the browser's cannot be read, instead of failing while reading it. */
    @Override
    protected boolean hasValidValue() {
        return readable(getElement().getProperty("value", ""));
    }

    /** Whether the field holds something that is not a whole, readable date and time. */
    boolean unreadable() {
        return !readable(getElement().getProperty("value", ""))
                || getDefaultValidator().apply(getValue(), null).isError();
    }

    private static boolean readable(String value) {
        if (value.isEmpty()) {
            return true;
        }
        try {
            LocalDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
