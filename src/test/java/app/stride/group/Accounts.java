package app.stride.group;

import app.stride.account.AccountService;
import app.stride.account.Role;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Accounts for the group tests, made the first time they are asked for, and a way to act as one. */
public final class Accounts {

    private Accounts() {
    }

    public static void as(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** A student's account (not signed in). */
    public static String student(AccountService accounts, String name) {
        if (!accounts.exists(name)) {
            accounts.register(name, name + " Student", "unused-secret-pw");
        }
        return name;
    }

    /** A teacher's account, made a teacher by the admin (not signed in). */
    public static String teacher(AccountService accounts, String name) {
        if (!accounts.exists(name)) {
            long id = accounts.register(name, name + " Teacher", "unused-secret-pw").id();
            as("admin", "ADMIN");
            accounts.changeRole(id, Role.TEACHER);
            SecurityContextHolder.clearContext();
        }
        return name;
    }
}
