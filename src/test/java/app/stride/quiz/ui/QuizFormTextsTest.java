package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A teacher on a Dutch page picks a quiz's dates in a Dutch calendar that starts on Monday. */
class QuizFormTextsTest extends KaribuTest {

    @Test
    void theOpensAndClosesPickersSpeakDutch() {
        login("teacher", "TEACHER");
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("quizzes");
        QuizForm form = _get(QuizzesView.class).form;
        for (DateTimeField field : new DateTimeField[] {form.opens, form.closes}) {
            assertThat(field.getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
            assertThat(field.getDatePickerI18n().getMonthNames()).contains("maart", "oktober");
            assertThat(field.getI18n().getTimeLabel()).isEqualTo("Tijd");
        }
        assertThat(form.topics.getI18n().getSelected()).isEqualTo("toegevoegd aan de selectie");
    }
}
