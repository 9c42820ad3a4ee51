package app.stride.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Thrown instead of checking the password while the account must wait from this address. */
public class LoginThrottledException extends AuthenticationException {

    private final long secondsLeft;

    public LoginThrottledException(Duration wait) {
        super("too many failed logins; try again in " + wait.toSeconds() + " s");
        // rounded up, so "wait 0 seconds" is never shown while the wait lasts
        this.secondsLeft = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    public long secondsLeft() {
        return secondsLeft;
    }
}
