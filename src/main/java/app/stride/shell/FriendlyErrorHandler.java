package app.stride.shell;

import app.stride.base.UserInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An exception in a click or value listener: logged with an incident code; the user sees a
 * short translated notice with that code and keeps what they typed. A refused input that no
 * view caught is shown as its message, without an incident.
 */
@Component
class FriendlyErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UserInputException refused = userInput(event.getThrowable());
        if (refused != null) {
            // a view that forgot to catch a refusal: the user's mistake is still no incident
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notification.show(ui.getTranslation(refused.messageKey()), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING));
            }
            return;
        }
        if (unreadableFieldValue(event.getThrowable())) {
            // a component's own browser side sends only what it can read: a crafted message did this
            LOG.warn("A field was sent a value it cannot read: {}", event.getThrowable().toString());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notification.show(ui.getTranslation("error.value.unreadable"), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING));
            }
            return;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Incident {}", incident, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notice = Notification.show(ui.getTranslation("error.internal.notice", incident),
                        8000, Notification.Position.MIDDLE);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    /** A date or number the browser sent that the field could not parse while taking it. */
    private static boolean unreadableFieldValue(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.time.format.DateTimeParseException || cause instanceof NumberFormatException) {
                return java.util.Arrays.stream(cause.getStackTrace()).anyMatch(frame -> frame.getClassName()
                        .equals("com.vaadin.flow.component.AbstractSinglePropertyField"));
            }
        }
        return false;
    }

    private static UserInputException userInput(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserInputException refused) {
                return refused;
            }
        }
        return null;
    }
}
