package app.stride.account;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every signed-in request to the account as the database has it now, not as it was at
 * sign-in: a role an admin changed replaces the session's authorities before anything checks
 * them (routes, {@code @Secured} services), and a disabled or deleted account's session ends.
 * Open Vaadin pages of the session reload, so a view the new role may not see is checked again.
 */
final class StandingFilter extends OncePerRequestFilter {

    private final Standings standings;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    StandingFilter(Standings standings) {
        this.standings = standings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal signedIn) {
            Optional<Standing> now = standings.of(signedIn.id());
            // a password reset by the admin ends the sessions signed in with the old one
            if (now.isEmpty() || !now.get().enabled() || now.get().credentials() != signedIn.credentials()) {
                endSession(request, strategy);
            } else if (now.get().role() != signedIn.role()) {
                changeRole(request, response, strategy, auth, signedIn.withRole(now.get().role()));
            }
        }
        chain.doFilter(request, response);
    }

    /** The request goes on as anonymous: a page asks to sign in, a Vaadin call finds its session gone. */
    private static void endSession(HttpServletRequest request, SecurityContextHolderStrategy strategy) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        strategy.clearContext();
    }

    private void changeRole(HttpServletRequest request, HttpServletResponse response,
                            SecurityContextHolderStrategy strategy, Authentication old, AccountPrincipal updated) {
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        auth.setDetails(old.getDetails());
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(auth);
        strategy.setContext(context);
        repository.saveContext(context, request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            reloadOpenPages(session);
        }
    }

    /**
     * Queued on each page (UI) of this HTTP session: just before its next response (this request's,
     * if it is one of its), after whatever the request asked for (a navigation, say), the page loads
     * anew where it now is, which checks its view and builds its menu for the new role. (A reload
     * would run before the browser's address follows a navigation, and land on the old view.)
     */
    private static void reloadOpenPages(HttpSession session) {
        for (VaadinSession vaadin : VaadinSession.getAllSessions(session)) {
            vaadin.access(() -> vaadin.getUIs().forEach(ui -> ui.beforeClientResponse(ui, context -> {
                String where = ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
                ui.getPage().setLocation(where.isEmpty() ? "./" : where);
            })));
        }
    }
}
