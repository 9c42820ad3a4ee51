package app.stride.account;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a just-registered student in, as the login form would, from inside a Vaadin request. */
@Component
public class SignIn {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignIn(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    public void signIn(String username, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        // the client's address, as the login form's attempts carry it, for the throttle
        attempt.setDetails(new WebAuthenticationDetails(VaadinServletRequest.getCurrent().getHttpServletRequest()));
        Authentication auth = authenticationManager.authenticate(attempt);
        // a fresh session id, as after a form login, so a planted session cannot be taken over
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(auth);
        strategy.setContext(context);
        repository.saveContext(context, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
