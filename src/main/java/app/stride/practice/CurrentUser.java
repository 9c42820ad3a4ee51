package app.stride.practice;

import app.stride.account.AccountService;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user's account id, for the services that record and read practice. */
@Component
class CurrentUser {

    private final AccountService accounts;

    CurrentUser(AccountService accounts) {
        this.accounts = accounts;
    }

    long id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            throw new AuthenticationCredentialsNotFoundException("not signed in");
        }
        return accounts.idOf(auth.getName())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no account " + auth.getName()));
    }
}
