package app.stride.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's account id, for the services that keep what a user does: read from the
 * principal the sign-in put into the session; looked up by name only for an authentication made
 * some other way (a test's, say).
 */
@Component
public class CurrentUser {

    private final AccountService accounts;

    public CurrentUser(AccountService accounts) {
        this.accounts = accounts;
    }

    public long id() {
        Authentication auth = signedIn();
        if (auth.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.id();
        }
        return accounts.idOf(auth.getName())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no account " + auth.getName()));
    }

    /**
     * The signed-in user's role as the security context holds it for this request (the highest,
     * should it hold several): what a service checks, rather than a caller's word for it.
     */
    public Role role() {
        Authentication auth = signedIn();
        for (Role role : new Role[] {Role.ADMIN, Role.TEACHER, Role.STUDENT}) {
            if (auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()))) {
                return role;
            }
        }
        throw new AuthenticationCredentialsNotFoundException("no role");
    }

    private static Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null || auth instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("not signed in");
        }
        return auth;
    }
}
