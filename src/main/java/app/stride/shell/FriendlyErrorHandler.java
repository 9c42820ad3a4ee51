package app.stride.shell;

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
 * short translated notice with that code and keeps what they typed.
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
}
