package app.stride.account;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check: while the account must wait from this address the password is not
 * even checked (so a guess then tells nothing); otherwise the attempt counts as a failure unless
 * it succeeds.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        // WebAuthenticationDetails holds request.getRemoteAddr(); see ClientAddress for why that one
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Duration wait = throttle.begin(username, address);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null) {
            throttle.succeeded(username, address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
