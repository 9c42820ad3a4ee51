package app.stride.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in account as Spring Security keeps it, with its id and role: services learn who is
 * asking without looking the name up on every call (an autosave would otherwise cost a query
 * more), and {@link StandingFilter} compares the role with the database's.
 */
public class AccountPrincipal extends User {

    private final long id;
    private final Role role;
    /** The fingerprint of the password signed in with ({@link Standing#credentials}), kept after it is erased. */
    private final int credentials;

    AccountPrincipal(long id, String username, String passwordHash, Role role, boolean enabled) {
        this(id, username, passwordHash, role, enabled, Standing.fingerprint(passwordHash));
    }

    private AccountPrincipal(long id, String username, String passwordHash, Role role, boolean enabled,
                             int credentials) {
        // the password is erased after sign-in; User refuses null, so an erased one stays ""
        super(username, passwordHash == null ? "" : passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority(role.authority())));
        this.id = id;
        this.role = role;
        this.credentials = credentials;
    }

    int credentials() {
        return credentials;
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    /** The same signed-in account with the role an admin gave it since. */
    AccountPrincipal withRole(Role newRole) {
        return new AccountPrincipal(id, getUsername(), getPassword(), newRole, isEnabled(), credentials);
    }
}
