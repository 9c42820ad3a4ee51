package app.stride.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.base.UserInputException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What escapes a listener: a refused input reads as its message, anything else gets an incident code. */
class FriendlyErrorHandlerTest extends KaribuTest {

    @Autowired
    FriendlyErrorHandler handler;

    @Test
    void aRefusedInputThatNoViewCaughtIsItsMessageNotAnIncident() {
        login("student", "STUDENT");
        handler.error(new ErrorEvent(new IllegalStateException("wrapped",
                new UserInputException("code", "quiz.error.code"))));
        MockVaadin.clientRoundtrip();
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .containsExactly(t("quiz.error.code"));
        NotificationsKt.clearNotifications();

        handler.error(new ErrorEvent(new IllegalStateException("a bug")));
        MockVaadin.clientRoundtrip();
        assertThat(NotificationsKt.getNotifications()).hasSize(1).allSatisfy(n -> assertThat(
                n.getElement().getProperty("text")).contains("incident"));
    }
}
