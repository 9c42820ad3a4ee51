package app.stride.quiz;

import app.stride.account.AccountService;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a service test in as someone, the way the quiz services read who asks. */
final class SignedIn {

    private SignedIn() {
    }

    static void as(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** A student's account, made the first time it is asked for, and signed in. */
    static String student(AccountService accounts, String name) {
        if (!accounts.exists(name)) {
            accounts.register(name, name, "unused-secret-pw");
        }
        as(name, "STUDENT");
        return name;
    }
}
