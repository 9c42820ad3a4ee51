package app.stride.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist — and, on purpose, also one this user may not open: Vaadin
 * reports a refused view as "not found" so that it does not reveal which views exist.
 */
@AnonymousAllowed
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.notfound.title", "error.notfound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
