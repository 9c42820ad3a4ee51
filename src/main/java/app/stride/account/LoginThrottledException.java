package app.stride.account;

import org.springframework.security.core.AuthenticationException;

/** Thrown instead of checking the password while an account or address is locked. */
public class LoginThrottledException extends AuthenticationException {

    private final long secondsLeft;

    public LoginThrottledException(long secondsLeft) {
        super("too many failed logins; try again in " + secondsLeft + " s");
        this.secondsLeft = secondsLeft;
    }

    public long secondsLeft() {
        return secondsLeft;
    }
}
