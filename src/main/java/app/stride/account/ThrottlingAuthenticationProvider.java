package app.stride.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Wraps the password check: while the account must wait from this address (or, with a device
 * cookie for the account, from this device) the password is not even checked (so a guess then
 * tells nothing); otherwise the attempt counts as a failure unless it succeeds. A success leaves
 * the browser with its device cookie.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, DeviceCookies devices) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        // WebAuthenticationDetails holds request.getRemoteAddr(); see ClientAddress for why that one
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        // the login form's request and the one SignIn runs in alike: Spring's RequestContextFilter
        // comes before the security filters
        ServletRequestAttributes http = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a : null;
        String device = http == null ? null : devices.deviceOf(http.getRequest(), username).orElse(null);
        Duration wait = throttle.begin(username, address, device);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null) {
            throttle.succeeded(username, address, device);
            HttpServletResponse response = http == null ? null : http.getResponse();
            if (response != null && !response.isCommitted()) {
                HttpServletRequest request = http.getRequest();
                devices.issue(request, response, username, device);
            }
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
