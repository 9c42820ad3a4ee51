package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import elemental.json.Json;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values the quiz form cannot take, sent as the browser sends them (or as someone sending their
 * own messages would): each is a message on its field when saving, and no quiz is saved, in
 * part or at all.
 */
class QuizFormRefusalsTest extends QuizViewTest {

    private QuizzesView view;
    private int before;

    @BeforeEach
    void aFilledInForm() {
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quizzes");
        view = _get(QuizzesView.class);
        view.form.title.setValue("Refusals");
        view.form.family.setValue("iou");
        view.form.count.setValue(2);
        before = quizzes.mine().size();
    }

    /** The value as the browser reports it: synchronised from the client, listeners and all. */
    private static void fromBrowser(Component field, Serializable value) {
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", value)
                    .run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new AssertionError("the field does not take its value from the browser", e);
        }
    }

    private void savedNothingAndSaid(HasValidation field, String messageKey) {
        ButtonKt._click(view.save);
        assertThat(field.isInvalid()).as("the message is on the field").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(t(messageKey));
        assertThat(view.message.getText()).isEqualTo(t(messageKey));
        assertThat(quizzes.mine()).as("nothing saved").hasSize(before);
    }

    @Test
    void theTeacherIsToldThatWithSameNumbersEachAttemptGetsNewOnes() {
        assertThat(view.form.sameVariants.getHelperText())
                .isEqualTo("The same for everyone at each attempt; a next attempt gets new numbers.");
    }

    @Test
    void aClosingTimeTheServerCannotReadIsRefusedOnItsFieldNotSavedWithout() {
        fromBrowser(view.form.closes, "2030-13-45T25:61");
        savedNothingAndSaid(view.form.closes, "quiz.error.date.unreadable");

        // also when a good closing time was there before: it is not kept behind the teacher's back
        view.form.closes.setValue(LocalDateTime.of(2031, 5, 1, 10, 0));
        fromBrowser(view.form.closes, "yesterday");
        savedNothingAndSaid(view.form.closes, "quiz.error.date.unreadable");

        fromBrowser(view.form.opens, "2030-02-30T09:00");
        fromBrowser(view.form.closes, "");
        savedNothingAndSaid(view.form.opens, "quiz.error.date.unreadable");

        fromBrowser(view.form.opens, "2030-02-20T09:00");
        ButtonKt._click(view.save);
        assertThat(view.form.opens.isInvalid()).isFalse();
        assertThat(quizzes.mine()).hasSize(before + 1);
    }

    @Test
    void aDateTypedThatThePickerCannotReadIsRefusedToo() {
        // what the date picker reports when the teacher types something it cannot read
        DatePicker date = (DatePicker) view.form.closes.getChildren().filter(DatePicker.class::isInstance).findFirst()
                .orElseThrow();
        date.getElement().setProperty("_inputElementValue", "31 februari");
        date.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(date.getElement(), "unparsable-change", Json.createObject()));
        assertThat(view.form.closes.getValue()).isNull();
        savedNothingAndSaid(view.form.closes, "quiz.error.date.unreadable");
    }

    @Test
    void numbersOutOfRangeOrUnreadableAreRefusedOnTheirField() {
        fromBrowser(view.form.minutes, "99999999999");
        savedNothingAndSaid(view.form.minutes, "quiz.error.timelimit");
        fromBrowser(view.form.minutes, "-3");
        savedNothingAndSaid(view.form.minutes, "quiz.error.timelimit");
        view.form.minutes.setValue(20);

        fromBrowser(view.form.attempts, "abc");
        savedNothingAndSaid(view.form.attempts, "quiz.error.attempts");
        fromBrowser(view.form.attempts, "21");
        savedNothingAndSaid(view.form.attempts, "quiz.error.attempts");
        view.form.attempts.setValue(1);

        fromBrowser(view.form.count, "999");
        savedNothingAndSaid(view.form.count, "quiz.error.item.count");
        view.form.addItem();
        assertThat(view.form.count.isInvalid()).as("not added either").isTrue();
        fromBrowser(view.form.count, "0");
        savedNothingAndSaid(view.form.count, "quiz.error.item.count");
        // the form's limit is the service's: one more than it allows is refused on the field
        fromBrowser(view.form.count, String.valueOf(app.stride.quiz.QuizService.MAX_PER_LINE + 1));
        savedNothingAndSaid(view.form.count, "quiz.error.item.count");
    }

    @Test
    void moreThanAHundredQuestionsAreRefusedWhenSaving() {
        for (int line = 0; line < 3; line++) {
            view.form.family.setValue("conv-params");
            view.form.count.setValue(34);
            view.form.addItem();
        }
        savedNothingAndSaid(view.form.family, "quiz.error.item.total");
    }

    @Test
    void aValueOnlyACraftedMessageSendsToThePickersInsideIsANoticeNotAnIncident() {
        DatePicker date = (DatePicker) view.form.closes.getChildren().filter(DatePicker.class::isInstance).findFirst()
                .orElseThrow();
        RuntimeException thrown = null;
        try {
            fromBrowser(date, "not-a-date");
        } catch (RuntimeException e) {
            thrown = e;
        }
        assertThat(thrown).as("Vaadin's date picker fails while taking it").isNotNull();
        // in the app, what fails while a message is taken goes to the session's error handler
        com.vaadin.flow.server.VaadinSession.getCurrent().getErrorHandler()
                .error(new com.vaadin.flow.server.ErrorEvent(thrown));
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text")).containsExactly(t("error.value.unreadable"));
        assertThat(view.form.closes.getValue()).isNull();
        ButtonKt._click(view.save);
        assertThat(quizzes.mine()).as("the picker's own value is empty: saved without a closing time")
                .hasSize(before + 1);
    }
}
