package app.stride.account;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in account as Spring Security keeps it, with its id: services learn who is asking
 * without looking the name up on every call (an autosave would otherwise cost a query more).
 */
public class AccountPrincipal extends User {

    private final long id;

    AccountPrincipal(long id, String username, String passwordHash, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, authorities);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
