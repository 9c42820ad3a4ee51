package app.stride.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected while opening a view: the details go to the log under a short incident
 * code, the browser gets the code and an apology, never a stack trace.
 */
@AnonymousAllowed
class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Incident {} while opening '{}'", incident, event.getLocation().getPath(),
                parameter.getCaughtException());
        show("error.internal.title", "error.internal.text", incident);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
