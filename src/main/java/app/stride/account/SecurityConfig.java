package app.stride.account;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
@EnableWebSecurity
// @Secured on services; views keep jakarta's @RolesAllowed for Vaadin's navigation checks only, so
// method security never proxies a view
@EnableMethodSecurity(securedEnabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * The tightest policy Vaadin Flow 24 runs under, in development and production mode (each
     * exception below, taken out, made the browser tests report violations): its bootstrap page
     * starts the client with inline scripts ('unsafe-inline'), the client turns the JavaScript the
     * server sends ({@code executeJs}, event data) into functions ('unsafe-eval'), components and
     * Lumo add inline styles, and Lumo's icon font is a data: URL. Everything else comes from this
     * origin only; no plug-ins, no framing, forms post here only. The browser tests fail on any
     * violation (BrowserTestBase).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self'",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Stride uses none of these; a script injected into a page gets none of them either. Only
     * features Chromium knows: an unknown one ("bluetooth") is a console error on every page.
     */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()",
            "hid=()", "midi=()", "accelerometer=()", "gyroscope=()", "magnetometer=()",
            "display-capture=()", "browsing-topics=()");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetails, PasswordEncoder encoder,
                                                 LoginThrottle throttle, DeviceCookies devices) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(encoder);
        // "disabled" only to someone who knows the password: asked before it, it would tell anyone
        // which accounts exist and are disabled
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account disabled");
            }
        });
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, devices));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            RequestUtil vaadinRequests, Standings standings, LoginPage loginPage)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // The JSON API is public, read-only and called by scripts: no session, no CSRF token.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/api/**", "/webjars/**", "/images/**").permitAll()
                // the load balancer's probes, and nothing else of Actuator (only health is exposed)
                .requestMatchers(HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll());
        // Vaadin's own CSRF set-up also exempts the login form, so another site could sign a browser
        // in to an account of its choosing. The form sends the token from the page's _csrf meta tag;
        // here it is checked. Vaadin's internal requests carry Vaadin's own token, checked by Vaadin.
        http.csrf(csrf -> csrf
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers("/api/**"));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(expiredLoginPageHandler()));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // a share link carries a model in its query: it must not leak to another site
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        // right after the session's security context is loaded, before anything reads its roles
        http.addFilterAfter(new StandingFilter(standings), SecurityContextHolderFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(loginPage.view())
                .enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * A login form whose token no longer matches (its session expired while the page stood open,
     * or the POST came from another site) opens a fresh login page that says so, not a bare 403.
     */
    private static AccessDeniedHandler expiredLoginPageHandler() {
        RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof CsrfException && loginPost.matches(request)) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            } else {
                otherwise.handle(request, response, denied);
            }
        };
    }
}
