package app.stride.account;

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
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            throw new AuthenticationCredentialsNotFoundException("not signed in");
        }
        if (auth.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.id();
        }
        return accounts.idOf(auth.getName())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no account " + auth.getName()));
    }
}
